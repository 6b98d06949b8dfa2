/**
 * A tag as BCP 47 writes it, when written the POSIX way with underscores (`fr_CA` → `fr-CA`), as
 * some sites and content systems print their locale: `Intl` refuses those.
 */
export const withHyphens = (tag: string) => tag.replace(/_/g, '-');

/**
 * An element's locale, as the contract orders it: its `locale` attribute, else the `lang` of the
 * element or its closest ancestor that has one (across shadow roots, so a nested element follows
 * its host), else `<html lang>`, else the story's `lang`; undefined when none of them says.
 * A tag written the POSIX way is read as the BCP 47 one it stands for (see withHyphens): else
 * the element would speak English. An empty `lang` on the way (`lang=""`, "unknown" in HTML)
 * leaves it to the story's.
 */
export function resolveLocale(element: Element, localeAttribute: string | null | undefined, storyLang?: string): string | undefined {
  let tag = localeAttribute || null;
  // An empty lang says the language is unknown (HTML), and ends the walk: the story's decides.
  for (let node: Element | null = element; tag == null && node; ) {
    tag = node.getAttribute('lang');
    // A document's root has no host (undefined), which ends the walk as null would.
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host;
  }
  return tag ? withHyphens(tag) : storyLang;
}
