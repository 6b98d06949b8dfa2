/** Dates for readers, through `Intl`, and how a language spaces its words. (Counts: format-count.ts.) */
import type {PartialDate} from '../story/types.js';

export interface FormattedDate {
  /** The `datetime` attribute of a `<time>`: the date as stated, at its precision. */
  datetime: string;
  text: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a `PartialDate` at its own precision (`2012` → "2012", `2012-11` → "novembre 2012").
 * The date is built and formatted in UTC, so no reader's time zone can move it to another day.
 */
export function formatPartialDate(date: PartialDate, locale: string): FormattedDate {
  const [year, month, day] = date.split('-').map(Number);
  // One formatter per locale and precision: a year (2012), a month (2012-11) or a day (2012-11-20),
  // which the date's length tells apart.
  const key = `${locale}|${date.length}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: month ? 'long' : undefined,
      day: day ? 'numeric' : undefined,
    });
    formatters.set(key, formatter);
  }
  // Midnight UTC of that day, set by setUTCFullYear: Date.UTC maps years 0–99 to 1900–1999,
  // where "0042" must stay 42.
  const utc = new Date(0);
  utc.setUTCFullYear(year, (month || 1) - 1, day || 1);
  const text = formatter.format(utc);
  // French writes the first of a month as an ordinal, "1er mars 2012", which Intl does not.
  return {datetime: date, text: day === 1 && /^fr\b/i.test(locale) ? text.replace(/^1(?!\d)/, '1er') : text};
}

/**
 * Whether a language is written without spaces between words (Chinese, Japanese): a count joins
 * its counter word directly (200家会员企业), and brackets are full-width with no space before
 * them (中国文化产业协会（CCIA）).
 */
export const writtenWithoutSpaces = (lang: string) => /^(zh|ja)\b/i.test(lang);
