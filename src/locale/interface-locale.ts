import {writtenLanguage} from '../story/language.js';

/** The languages the interface speaks: buttons, labels, status words, error messages. */
export type InterfaceLocale = 'en' | 'fr' | 'zh-Hans';

// A list, not an object looked up by the page's tag: `lang="constructor"` would find Object's.
const INTERFACE_LOCALES: readonly string[] = ['en', 'fr', 'zh-Hans'];

/** `fr-CA` → `fr`, `zh`/`zh-CN`/`zh-SG` → `zh-Hans`; anything else the interface does not speak → `en`. */
export function interfaceLocale(tag: string): InterfaceLocale {
  const language = writtenLanguage(tag);
  return INTERFACE_LOCALES.includes(language) ? (language as InterfaceLocale) : 'en';
}

/**
 * The locale that `Intl` formats dates and numbers in: the element's own tag when the interface
 * speaks its language (so `fr-CA` keeps Canadian conventions), else English like the words around.
 */
export function formattingLocale(tag: string): string {
  return interfaceLocale(tag) === 'en' && writtenLanguage(tag) !== 'en' ? 'en' : tag;
}
