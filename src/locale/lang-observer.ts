/**
 * Tells elements when a `lang` attribute that may decide their locale changes: one observer per
 * tree (the document, and each shadow root an element sits in), shared by every element in it,
 * so an element follows the page or section around it without a watcher of its own.
 */
/**
 * A tree's observer and the listeners it tells: a pair rather than an object, whose field names
 * the minifier would keep.
 */
type Watch = [observer: MutationObserver, listeners: Set<() => void>];

const watches = new Map<Node, Watch>();

function watch(root: Node, listener: () => void): () => void {
  let entry = watches.get(root);
  if (!entry) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(root instanceof Document ? root.documentElement : root, {attributes: true, attributeFilter: ['lang'], subtree: true});
    watches.set(root, (entry = [observer, listeners]));
  }
  const [observer, listeners] = entry;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer.disconnect();
      watches.delete(root);
    }
  };
}

/** Calls `listener` when a `lang` changes in any tree that holds `element` or one of its hosts. */
export function observeLang(element: Element, listener: () => void): () => void {
  const stops: (() => void)[] = [];
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    // A shadow root's own lang changes include its host's: the host is in the outer tree.
    stops.push(watch(root, listener));
    // A document's root has no host, which ends the walk. (Not `instanceof ShadowRoot`: a shadow
    // root made by an iframe's code is of that window's classes, and the walk stopped there,
    // leaving unwatched the page whose lang resolveLocale reads.)
    if (!(root as ShadowRoot).host) break;
  }
  return () => stops.forEach((stop) => stop());
}
