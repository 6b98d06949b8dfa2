/**
 * Defines the elements a page uses the first time it uses them. The drop-in core holds
 * `<news-article>` alone; `<news-pull-quote>`, `<news-timeline>` and `<news-org-badge>` each
 * come from a chunk of their own once one appears in the document, so a page of cards loads
 * none of them.
 */
const loaders = {
  'news-pull-quote': () => import('./news-pull-quote.js'),
  'news-timeline': () => import('./news-timeline.js'),
  'news-org-badge': () => import('./news-org-badge.js'),
};
type LazyTag = keyof typeof loaders;

const waiting = new Set(Object.keys(loaders) as LazyTag[]);

function load(tag: LazyTag): Promise<unknown> {
  waiting.delete(tag);
  return loaders[tag]().catch((error) => console.warn(`passerelle: <${tag}> could not be loaded.`, error));
}

function loadUsedIn(root: Element | Document) {
  for (const tag of waiting) if (('localName' in root && root.localName === tag) || root.querySelector(tag)) void load(tag);
}

/**
 * Loads and defines every element now. The autoloader watches the document only: a page that
 * puts the elements inside its own shadow roots calls this first.
 */
export async function defineAll(): Promise<void> {
  await Promise.all([...waiting].map(load));
}

/** Loads the elements already in `document`, then each one the first time it is added. */
export function autoload() {
  loadUsedIn(document);
  if (waiting.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadUsedIn(node);
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(document, {childList: true, subtree: true});
}
