import type {LanguageTag, Text} from './types.js';
import {writtenLanguage} from './language.js';
import {remembered} from './remembered.js';

/** A text chosen for a reader: the string and the language it is written in. */
export interface PickedText {
  value: string;
  lang: LanguageTag;
  /** True when `lang` is not the language asked for: the original stands in for a translation. */
  fallback: boolean;
}

/**
 * French puts a space inside « » and before : ; ! ?, and a line must never break there (a line
 * that starts with "», déclare…"). Texts typed for the web mostly hold ordinary spaces (the
 * protocol story as published does): those become non-breaking. Nothing else changes, no space
 * is added or taken away, so quotes stay verbatim, word for word. Remembered: a page of cards
 * shows the same few texts on every card, which then share one string rather than a copy each.
 */
const keepFrenchSpaces = remembered((value: string) => value.replace(/« +| +(?=[»:;!?])/g, (spaced) => spaced.replaceAll(' ', '\u00a0')));

/** A text as it is shown in `lang`: French keeps its punctuation on its word (see above). */
export const asShown = (value: string, lang: LanguageTag) => (writtenLanguage(lang) === 'fr' ? keepFrenchSpaces(value) : value);

/**
 * Chooses the version of `text` to show in `locale`: the exact tag, then the same written
 * language (`fr-CA` → `fr`, `zh-CN` → `zh-Hans`), then the original in `originalLang`.
 */
export function pickText(text: Text, locale: LanguageTag, originalLang: LanguageTag): PickedText {
  const wanted = locale.toLowerCase();
  const language = writtenLanguage(locale);
  const tags = Object.keys(text);
  // A bare tag (`fr`) is the best stand-in for a regional one (`fr-CA`), so it comes before others.
  const lang =
    tags.find((tag) => tag.toLowerCase() === wanted) ??
    tags.find((tag) => tag === language) ??
    tags.find((tag) => writtenLanguage(tag) === language);
  const chosen = lang ?? originalLang;
  return {value: asShown(text[chosen], chosen), lang: chosen, fallback: !lang};
}

/**
 * Whether any of `texts`, as shown in `locale`, is a translation of the story's original: what
 * decides the "translated from …" credit. Any of them, not the first alone: a partly translated
 * story may leave a title in the original above translated text. A regional version of the
 * original's language (`en-GB` in an `en` story, "colour" for "color") is not a translation.
 */
export const anyTranslated = (texts: (Text | undefined)[], locale: LanguageTag, originalLang: LanguageTag) =>
  texts.some((text) => text && writtenLanguage(pickText(text, locale, originalLang).lang) !== writtenLanguage(originalLang));
