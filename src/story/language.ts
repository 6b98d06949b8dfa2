/** Language tags: validating them and telling when two name the same written language. */
import {remembered} from './remembered.js';

/** The canonical form of a BCP 47 tag (`zh-hans` → `zh-Hans`), or undefined when it is not one. */
export function canonicalTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

// Chinese is one language in two scripts; a reader of one cannot be handed the other, so the
// script (explicit or implied by the region) is part of what "the same language" means for it.
const TRADITIONAL_REGIONS: (string | undefined)[] = ['TW', 'HK', 'MO'];

/**
 * The written language a tag stands for, as a key to compare tags by: the primary language
 * subtag (`fr-CA` → `fr`), except Chinese, which keeps its script (`zh-CN` → `zh-Hans`,
 * `zh-TW` → `zh-Hant`). Remembered: every text an element draws asks, and constructing an
 * `Intl.Locale` was the costliest call in drawing a page of cards.
 */
export const writtenLanguage = remembered((tag: string): string => {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return tag.toLowerCase();
  }
  if (locale.language !== 'zh') return locale.language;
  const script = locale.script ?? (TRADITIONAL_REGIONS.includes(locale.region) ? 'Hant' : 'Hans');
  return `zh-${script}`;
});
