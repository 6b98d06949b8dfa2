/**
 * One observer for the whole page tells every element when a `lang` attribute changes, so an
 * element follows the language of the page or section around it without a watcher of its own.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function observeLang(listener: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
