/**
 * The one place tags are registered. A page that loads two copies of the library (say the
 * drop-in script and an npm bundle), or that has an element of its own by the same name, keeps
 * the first definition: the second warns instead of throwing out of the page's script, and the
 * elements already on the page keep working.
 */
export function define(tag: string, element: CustomElementConstructor) {
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(`passerelle: <${tag}> is already defined on this page (by another copy of the library, or another script); keeping that one.`);
    return;
  }
  customElements.define(tag, element);
}
