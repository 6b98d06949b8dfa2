/**
 * Defines the elements the first time a page uses them. The drop-in core holds what every
 * element needs (Lit, the story reader, states, languages) and no element: `<news-article>` as
 * a card is one chunk, and `<news-pull-quote>`, `<news-timeline>`, `<news-org-badge>` and the
 * full article are another, each loaded once an element that needs it is in the document. A page
 * of cards loads no timeline code, and a page with a timeline no card code.
 */
import {fetchStory} from './load/fetch-story.js';

interface Group {
  /** The elements that need this group's chunk. */
  selector: string;
  load: () => Promise<unknown>;
  loading?: Promise<void>;
}

const groups: Group[] = [
  {selector: 'news-article', load: () => import('./news-article.js')},
  {
    // A full article draws pull-quotes and the timeline: fetch them beside the card's chunk
    // rather than once the card has asked for them.
    selector: 'news-pull-quote, news-timeline, news-org-badge, news-article[layout="full"]',
    load: () => Promise.all([import('./news-pull-quote.js'), import('./news-timeline.js'), import('./news-org-badge.js')]),
  },
];

function loadGroup(group: Group): Promise<void> {
  group.loading ??= group.load().then(
    () => undefined,
    (error) => {
      group.loading = undefined; // offline, blocked: a later use may load it
      console.warn('passerelle: an elements chunk could not be loaded.', error);
    }
  );
  return group.loading;
}

/**
 * Loads and defines every element now. The autoloader watches the document only: a page that
 * puts the elements inside its own shadow roots calls this first.
 */
export function defineAll(): Promise<void> {
  return Promise.all(groups.map(loadGroup)).then(() => undefined);
}

const uses = (root: Element | Document, selector: string) =>
  ('matches' in root && root.matches(selector)) || root.querySelector(selector) !== null;

/**
 * Requests the stories the document's elements name by `src` now, while their chunks load,
 * rather than once an element has been defined: a page waits for both at once, not one after
 * the other. The elements then find each request under way (one per URL, see fetchStory).
 */
function prefetchStories() {
  for (const element of document.querySelectorAll('[src]:is(news-article, news-pull-quote, news-timeline, news-org-badge)')) {
    // An inline document wins over `src`: then there is nothing to fetch.
    if (element.querySelector(':scope > script[type="application/json"]')) continue;
    // A failure is the element's to report, once it asks for the same request.
    fetchStory(element.getAttribute('src')!).catch(() => {});
  }
}

/** Loads each group the document uses now, and the others the first time one is added. */
export function autoload() {
  prefetchStories();
  let waiting = groups.filter((group) => !(uses(document, group.selector) && loadGroup(group)));
  if (waiting.length === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        waiting = waiting.filter((group) => !(uses(node, group.selector) && loadGroup(group)));
      }
    }
    if (waiting.length === 0) observer.disconnect();
  });
  observer.observe(document, {childList: true, subtree: true});
}
