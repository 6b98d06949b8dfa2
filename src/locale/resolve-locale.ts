/**
 * An element's locale, as the contract orders it: its `locale` attribute, else the `lang` of the
 * element or its closest ancestor that has one (across shadow roots, so a nested element follows
 * its host), else `<html lang>`, else the story's `lang`; undefined when none of them says.
 * A tag written the POSIX way, as some sites print their locale (`fr_CA`), is read as the BCP 47
 * one it stands for (`fr-CA`): `Intl` refuses it, and the element would speak English.
 */
export function resolveLocale(element: Element, localeAttribute: string | null | undefined, storyLang?: string): string | undefined {
  let tag = localeAttribute;
  for (let node: Element | null = element; !tag && node; ) {
    tag = node.getAttribute('lang');
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return tag?.replace(/_/g, '-') || storyLang;
}
