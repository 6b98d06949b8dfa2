/**
 * Counts for readers, through `Intl`: a detailed badge's members. Apart from format.ts, whose
 * dates the card draws: only the elements chunk draws counts, so the drop-in's core does not carry them.
 */
import {writtenWithoutSpaces} from './format.js';

/** A whole number with the locale's grouping: 1 200 in French, 1,200 in English. */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale, {maximumFractionDigits: 0}).format(count);
}

/** A count and its unit as one phrase, spaced as the unit's language writes it. */
export function countWithUnit(count: number, unit: string, unitLang: string, locale: string): string {
  const number = formatCount(count, locale);
  return writtenWithoutSpaces(unitLang) ? `${number}${unit}` : `${number}\u00a0${unit}`;
}
