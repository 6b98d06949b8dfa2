import {writtenLanguage} from '../story/language.js';

/** The languages the interface speaks: buttons, labels, status words, error messages. */
export type InterfaceLocale = 'en' | 'fr' | 'zh-Hans';

const INTERFACE_LOCALES: Record<string, InterfaceLocale> = {en: 'en', fr: 'fr', 'zh-Hans': 'zh-Hans'};

/** `fr-CA` → `fr`, `zh`/`zh-CN`/`zh-SG` → `zh-Hans`; anything else the interface does not speak → `en`. */
export function interfaceLocale(tag: string): InterfaceLocale {
  return INTERFACE_LOCALES[writtenLanguage(tag)] ?? 'en';
}

/**
 * The locale that `Intl` formats dates and numbers in: the element's own tag when the interface
 * speaks its language (so `fr-CA` keeps Canadian conventions), else English like the words around.
 */
export function formattingLocale(tag: string): string {
  return interfaceLocale(tag) === 'en' && writtenLanguage(tag) !== 'en' ? 'en' : tag;
}
