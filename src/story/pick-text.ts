import type {LanguageTag, Text} from './types.js';
import {writtenLanguage} from './language.js';

/** A text chosen for a reader: the string and the language it is written in. */
export interface PickedText {
  value: string;
  lang: LanguageTag;
  /** True when `lang` is not the language asked for: the original stands in for a translation. */
  fallback: boolean;
}

/**
 * Chooses the version of `text` to show in `locale`: the exact tag, then the same written
 * language (`fr-CA` → `fr`, `zh-CN` → `zh-Hans`), then the original in `originalLang`.
 */
export function pickText(text: Text, locale: LanguageTag, originalLang: LanguageTag): PickedText {
  const wanted = locale.toLowerCase();
  const tags = Object.keys(text);
  const exact = tags.find((tag) => tag.toLowerCase() === wanted);
  if (exact) return {value: text[exact], lang: exact, fallback: false};
  const language = writtenLanguage(locale);
  // A bare tag (`fr`) is the best stand-in for a regional one (`fr-CA`), so try it first.
  const sameLanguage =
    tags.find((tag) => tag === language) ?? tags.find((tag) => writtenLanguage(tag) === language);
  if (sameLanguage) return {value: text[sameLanguage], lang: sameLanguage, fallback: false};
  return {value: text[originalLang], lang: originalLang, fallback: true};
}
