/**
 * An element's locale, as the contract orders it: its `locale` attribute, else the `lang` of the
 * element or its closest ancestor that has one (across shadow roots, so a nested element follows
 * its host), else `<html lang>`, else the story's `lang`; undefined when none of them says.
 */
export function resolveLocale(element: Element, localeAttribute: string | null | undefined, storyLang?: string): string | undefined {
  if (localeAttribute) return localeAttribute;
  for (let node: Element | null = element; node; ) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return storyLang;
}
