/**
 * Defines the other elements the first time a page uses one. The drop-in core holds
 * `<news-article>` alone; `<news-pull-quote>`, `<news-timeline>` and `<news-org-badge>` come
 * together from one chunk (with the full article), loaded once one of them appears in the
 * document, so a page of cards loads none of them.
 */
import {fetchStory, releaseUnclaimed} from './load/fetch-story.js';
import {inlineStoryOf} from './element/inline-story.js';

const LAZY_TAGS = 'news-pull-quote, news-timeline, news-org-badge';

let loading: Promise<void> | undefined;
let loaded = false;

/**
 * Loads and defines every element now. The autoloader watches the document only: a page that
 * puts the elements inside its own shadow roots calls this first.
 */
export function defineAll(): Promise<void> {
  loading ??= import('./other-elements.js').then(
    () => void (loaded = true),
    (error) => {
      loading = undefined; // offline, blocked: a later use may load it
      console.warn('passerelle: the elements chunk could not be loaded.', error);
    }
  );
  return loading;
}

// (A document has no `matches`: `?.` tells it from an element.)
const uses = (root: Element | Document) => (root as Element).matches?.(LAZY_TAGS) || root.querySelector(LAZY_TAGS) !== null;

const WITH_SRC = `:is(${LAZY_TAGS})[src]`;

/**
 * Requests the stories that the other elements in `root` name by `src` now, while their chunk
 * loads, rather than once it has run: the page waits for both at once, not one after the other.
 * The elements then find each request under way (one per URL, see fetchStory). A page script that
 * gives such an element its story as a property afterwards has made one request for nothing.
 */
function prefetchStories(root: Element | Document) {
  const elements = [...root.querySelectorAll(WITH_SRC)];
  if ((root as Element).matches?.(WITH_SRC)) elements.push(root as Element);
  for (const element of elements) {
    const src = element.getAttribute('src');
    // As the element reads its inputs: an empty src is none, and an inline document wins over it.
    if (!src || inlineStoryOf(element)) continue;
    // A failure is the element's to report, once it asks for the same request.
    fetchStory(src, /* prefetch */ true).catch(() => {});
  }
}

/**
 * Loads the elements if the document has one already, else the first time one is added; and,
 * until they have loaded (the chunk may fail, offline), again each time one is added.
 */
export function autoload() {
  // Defined already (passerelle-all.js holds them): nothing to load or to watch for.
  if (LAZY_TAGS.split(', ').every((tag) => customElements.get(tag))) return;
  const load = (root: Element | Document) => {
    prefetchStories(root);
    void defineAll().then(() => {
      if (loaded) observer.disconnect();
      // The elements the chunk defined have asked for their stories by now: their first updates
      // were queued as it ran, before the import settled.
      releaseUnclaimed();
    });
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      // By node type, not instanceof: a node made by another window's code (a frame's, the
      // parent page's) is of that window's classes.
      for (const node of record.addedNodes) if (node.nodeType === 1 && uses(node as Element)) load(node as Element);
    }
  });
  observer.observe(document, {childList: true, subtree: true});
  if (uses(document)) load(document);
}
