import {StoryError} from './story-error.js';
import {canonicalTag} from './language.js';
import {safeUrl} from './safe-url.js';
import {
  STORY_FORMAT,
  type LanguageTag,
  type Organization,
  type PartialDate,
  type Person,
  type Quote,
  type Step,
  type StepStatus,
  type Story,
  type Text,
  type Timeline,
} from './types.js';

export interface ParseStoryOptions {
  /** Resolve relative URLs against this one (the document's own URL when it was fetched). */
  baseUrl?: string;
  /** Receives the dropped malformed optional values, once per parse; defaults to one console warning. */
  warn?: (messages: string[]) => void;
}

type Json = Record<string, unknown>;

/** The contract's size cap for a document: 1 MiB. */
export const MAX_DOCUMENT_BYTES = 1_048_576;

const ID = /^[a-z0-9-]+$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const COUNTRY = /^[A-Z]{2}$/;
const STATUSES: readonly StepStatus[] = ['done', 'current', 'planned'];

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value as a message names it, cut short when long: a message names the value, it does not
 * repeat a megabyte of it. Never throws: String() does on an object without a prototype.
 */
function quoted(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 50).replace(/[\uD800-\uDBFF]$/, '')}…` : value}"`;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * What is wrong with a value that is not what was `expected`: "missing" when it is absent, else
 * the value named, as quoted() does. A number is named without quotes, where the examples of what
 * was expected are strings: "expected a date such as "2012"…, not 2012".
 */
const unlike = (expected: string, value: unknown) =>
  value === undefined ? `missing (expected ${expected})` : `expected ${expected}, not ${quoted(value)}`;

/** True when `value` is a `PartialDate` naming a real day, month or year. */
export function isPartialDate(value: unknown): value is PartialDate {
  const match = typeof value === 'string' && PARTIAL_DATE.exec(value);
  if (!match) return false;
  // A month or day left out cannot be wrong: it is read as the first.
  const [year, month, day] = match.slice(1).map((part = '1') => Number(part));
  // Asked of Date: a month or day out of range (13, 0, 31 April, 29 February of 2011) rolls over
  // into another month, so the month alone tells (a day of two digits, 00–99, can never roll
  // over into the same month). Set by setUTCFullYear, which takes the years 0000–0099 as written
  // (not as 1900–1999, as Date.UTC does), in the same Gregorian calendar as the dates are shown in.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // There is no year 0 in the calendar dates are shown in (Intl would write 1 BC as "1").
  return year > 0 && date.getUTCMonth() === month - 1;
}

// How a document is read. Plain functions and a small `Reading` passed along, rather than a
// class: the minifier shortens function and variable names, but never method or property names.

/** What reading one document carries along. */
interface Reading {
  /** The story's language: the one a `Text` written as a string is in. */
  lang: LanguageTag;
  /** What relative URLs are resolved against, if anything. */
  base: string | undefined;
  /** `path: problem` for each malformed optional value left out, in the order they were met. */
  dropped: string[];
  /** The ids that name another object, with their paths: checked once every id is known. */
  references: [id: string, path: string, what: Referent][];
}

/** What a reference may name: a speaker is a person or an organization. */
type Referent = 'organization' | 'person or organization';

/**
 * Reads the value found at `path`: a required value that is missing or wrong throws (see
 * `fail`); an optional one gives undefined when it is absent or malformed (see `drop`).
 */
type Reader<T> = (value: unknown, path: string, r: Reading) => T;

/** A required value is missing or wrong: the document cannot be rendered. */
function fail(path: string, problem: string): never {
  throw new StoryError('invalid-story', `${path}: ${problem}`);
}

/** An optional value is malformed: it is left out, and named in the parse's one warning. */
function drop(r: Reading, path: string, problem: string): undefined {
  r.dropped.push(`${path}: ${problem}`);
  return undefined;
}

/** Makes a reader optional: an absent value (undefined) is no problem, and stays absent. */
const optional =
  <T>(read: Reader<T>): Reader<T | undefined> =>
  (value, path, r) =>
    value === undefined ? undefined : read(value, path, r);

/** For a value checked before its object's fields are read: kept as it is, as the type it was checked to be. */
const checked = <T>(value: unknown) => value as T;

const requiredObject = (value: unknown, path: string): Json => (isObject(value) ? value : fail(path, 'expected an object'));

const requiredId: Reader<string> = (value, path) =>
  typeof value === 'string' && value !== '' ? value : fail(path, 'expected a non-empty string id');

/** An id naming an object defined elsewhere in the document. */
const reference =
  (what: Referent): Reader<string> =>
  (value, path, r) => {
    const id = requiredId(value, path, r);
    r.references.push([id, path, what]);
    return id;
  };

/** What is wrong with a language tag that is not one: the story's (refused) or a quote's (dropped). */
const notATag = (value: unknown) => unlike('a BCP 47 language tag', value);

const language = (value: unknown, path: string): LanguageTag => canonicalTag(value) ?? fail(path, notATag(value));

/**
 * Whether a text has something to show: white space does not, nor do the characters Unicode
 * says draw nothing by default (Default_Ignorable_Code_Point: zero-width spaces and joiners, a
 * soft hyphen, direction marks, variation selectors, Hangul fillers, tag characters), of which a
 * headline made an empty heading. The JSON Schema's pattern is the same class, spelled out for
 * the first plane (see the schema's Text), so that a validator without the u flag reads it too.
 */
export const hasSomethingToShow = (value: string) => /[^\s\p{DI}]/u.test(value);

/** A `Text`: a string in `lang`, or translations that include `lang`; undefined when neither. */
function text(value: unknown, path: string, r: Reading, lang: LanguageTag): Text | undefined {
  if (typeof value === 'string') return hasSomethingToShow(value) ? {[lang]: value} : undefined;
  if (!isObject(value)) return undefined;
  const text: Text = {};
  for (const [key, translation] of Object.entries(value)) {
    const tag = canonicalTag(key);
    // A key for a language already read (FR after fr, he after iw) is dropped, not let replace
    // the first: a quote's words are kept verbatim, as first written.
    if (tag && text[tag] === undefined && typeof translation === 'string' && hasSomethingToShow(translation)) {
      text[tag] = translation;
    } else {
      drop(r, `${path}.${key}`, 'expected a non-empty string under a language tag of its own');
    }
  }
  return text[lang] === undefined ? undefined : text;
}

/** What a `Text` that is not one should have been: an empty string is not one either. */
const notAText = (lang: LanguageTag) => `expected a non-empty string, or an object with one as "${lang}"`;

/** A required `Text`, in the story's language unless told otherwise (a quote's own `lang`). */
function requiredText(value: unknown, path: string, r: Reading, lang = r.lang): Text {
  return text(value, path, r, lang) ?? fail(path, notAText(lang));
}

const optionalText = optional((value, path, r) => text(value, path, r, r.lang) ?? drop(r, path, notAText(r.lang)));

const optionalDate = optional((value, path, r) =>
  isPartialDate(value) ? value : drop(r, path, unlike('a date such as "2012", "2012-11" or "2012-11-20"', value))
);

const optionalUrl = optional(
  (value, path, r) => safeUrl(value, r.base) ?? drop(r, path, unlike('an http(s) or relative URL', value))
);

/** The items of an array, each read by `read` at `path[i]`. */
function requiredArray<T>(value: unknown, path: string, r: Reading, read: Reader<T>): T[] {
  if (!Array.isArray(value)) fail(path, 'expected an array');
  // Spreading turns the holes of a sparse array (`[,]`) into undefined, which the readers then
  // refuse by index; map() on the array itself would skip them and leave holes in the story.
  return [...value].map((item, i) => read(item, `${path}[${i}]`, r));
}

/**
 * An optional array reads as an empty one when absent, or when it is not an array (null too):
 * that is a malformed optional value, dropped. What an array holds is read as `read` says.
 */
const arrayOf =
  <T>(read: Reader<T>): Reader<T[]> =>
  (value, path, r) => {
    if (Array.isArray(value)) return requiredArray(value, path, r, read);
    if (value !== undefined) drop(r, path, 'expected an array');
    return [];
  };

/** How to read each field of an object, in the order they are checked and then kept. */
type Fields<T> = {[K in keyof T]-?: Reader<T[K]>};

/**
 * Reads an object with these fields (the story itself at path ''), keeping those that have a
 * value: a normalised story holds only what was given, never an undefined value.
 */
const objectOf =
  <T>(fields: Fields<T>): Reader<T> =>
  (value, path, r) => {
    const object = requiredObject(value, path);
    const result = {} as T;
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const field = fields[key](object[key], path ? `${path}.${key}` : key, r);
      if (field !== undefined) result[key] = field;
    }
    return result;
  };

const readMembers = objectOf<NonNullable<Organization['members']>>({
  // `+ 0` reads -0 (JSON.parse('-0')) as 0, which Intl would otherwise show as "-0".
  count: (count) => (count as number) + 0,
  unit: optionalText,
});

const readOrganization = objectOf<Organization>({
  id: requiredId,
  name: requiredText,
  shortName: optionalText,
  kind: optionalText,
  region: optionalText,
  description: optionalText,
  url: optionalUrl,
  logo: optionalUrl,
  country: optional((value, path, r) =>
    typeof value === 'string' && COUNTRY.test(value) ? value : drop(r, path, unlike('an ISO 3166-1 alpha-2 code', value))
  ),
  members: optional((m, path, r) =>
    isObject(m) && Number.isInteger(m.count) && (m.count as number) >= 0
      ? readMembers(m, path, r)
      : drop(r, path, 'expected { count: integer ≥ 0, unit? }')
  ),
});

const readPerson = objectOf<Person>({
  id: requiredId,
  name: requiredText,
  role: optionalText,
  // Not a string (null too): a malformed optional value, dropped. A string must name an organization.
  organization: optional((value, path, r) =>
    typeof value === 'string' ? reference('organization')(value, path, r) : drop(r, path, 'expected a non-empty string id')
  ),
});

function readQuote(value: unknown, path: string, r: Reading): Quote {
  const q = requiredObject(value, path);
  // Its language comes first: the quote's words are read in it, or in the story's when it is
  // absent or malformed (then dropped, as an optional value is).
  let lang = canonicalTag(q.lang);
  if (!lang) {
    if (q.lang !== undefined) drop(r, `${path}.lang`, notATag(q.lang));
    lang = r.lang;
  }
  return objectOf<Quote>({
    id: requiredId,
    text: (value, path) => requiredText(value, path, r, lang),
    lang: () => lang,
    speaker: reference('person or organization'),
    context: optionalText,
  })(q, path, r);
}

const readStepFields = objectOf<Step>({
  id: requiredId,
  title: requiredText,
  description: optionalText,
  date: optionalDate,
  status: checked,
  place: optionalText,
  organizations: arrayOf(reference('organization')),
});

function readStep(value: unknown, path: string, r: Reading): Step {
  const s = requiredObject(value, path);
  if (!STATUSES.includes(s.status as StepStatus)) {
    fail(`${path}.status`, unlike('"done", "current" or "planned"', s.status));
  }
  return readStepFields(s, path, r);
}

const readTimeline = objectOf<Timeline>({
  title: optionalText,
  steps: (value, path, r) => requiredArray(value, path, r, readStep),
});

const readSource: Reader<Story['source']> = (value, path, r) => {
  if (!isObject(value)) return drop(r, path, 'expected { name, url? }');
  // A source needs its name: without one, the whole source is dropped, with the warning.
  if (value.name === undefined) return drop(r, `${path}.name`, 'missing; a source needs a name');
  const name = optionalText(value.name, `${path}.name`, r);
  return name && objectOf({name: () => name, url: optionalUrl})(value, path, r);
};

/** Refuses a second use of one id among `items` and the ids `seen` before them; returns them all. */
function checkUnique(items: {id: string}[], path: string, seen = new Set<string>()): Set<string> {
  items.forEach(({id}, i) => {
    if (seen.has(id)) fail(`${path}[${i}].id`, `duplicate id ${quoted(id)}`);
    seen.add(id);
  });
  return seen;
}

/**
 * Validates and normalises a `passerelle.story/1` document (`StoryDocument`, or a `Story` this
 * function returned before). Throws a `StoryError` with code `invalid-story` and a field path
 * when the document cannot be rendered; drops malformed optional values with one warning.
 */
export function parseStory(value: unknown, options: ParseStoryOptions = {}): Story {
  const document = requiredObject(value, 'story');
  if (document.format !== STORY_FORMAT) fail('format', unlike(`"${STORY_FORMAT}"`, document.format));
  if (typeof document.id !== 'string' || !ID.test(document.id)) {
    fail('id', unlike('a string of a-z, 0-9 and "-"', document.id));
  }
  const lang = language(document.lang, 'lang');
  const r: Reading = {lang, base: options.baseUrl, dropped: [], references: []};
  try {
    return readDocument(document, r);
  } finally {
    // Also when the story is refused: what was dropped may be why (a speaker in a dropped `people`).
    if (r.dropped.length > 0) {
      const warn =
        options.warn ??
        ((messages: string[]) =>
          console.warn(`passerelle: story "${document.id}": ignored ${messages.length} malformed value(s):\n  ${messages.join('\n  ')}`));
      warn(r.dropped);
    }
  }
}

/** The document's fields, once its format, id and language are known to be right. */
function readDocument(document: Record<string, unknown>, r: Reading): Story {
  const {lang} = r;
  // The source is read before the rest, although it is kept after the dateline: its warnings come first.
  const source = optional(readSource)(document.source, 'source', r);
  const story = objectOf<Story>({
    format: checked,
    id: checked,
    lang: () => lang,
    headline: requiredText,
    summary: optionalText,
    published: optionalDate,
    dateline: optionalText,
    source: () => source,
    // A paragraph that is dropped is left out of the body.
    body: (value, path, r) => arrayOf(optionalText)(value, path, r).filter((p): p is Text => p !== undefined),
    organizations: arrayOf(readOrganization),
    people: arrayOf(readPerson),
    quotes: arrayOf(readQuote),
    // Of the wrong type (null too), it is a malformed optional value: dropped. Present, it needs its steps.
    timeline: optional((value, path, r) => (isObject(value) ? readTimeline(value, path, r) : drop(r, path, 'expected an object'))),
  })(document, '', r);

  // Ids: people and organizations can both be speakers, so they share one set of identifiers.
  const organizations = checkUnique(story.organizations, 'organizations');
  const defined: Record<Referent, Set<string>> = {
    organization: organizations,
    'person or organization': checkUnique(story.people, 'people', new Set(organizations)),
  };
  checkUnique(story.quotes, 'quotes');
  checkUnique(story.timeline?.steps ?? [], 'timeline.steps');
  // Every id that a person, quote or step names must be defined by the document; they are
  // checked in the order they were read.
  for (const [id, path, what] of r.references) {
    if (!defined[what].has(id)) fail(path, `no ${what} ${quoted(id)}`);
  }

  return story;
}

/** Parses the text of a document (from `src` or an inline script): `too-large` over 1 MiB, `invalid-json` when it is not a JSON object. */
export function parseStoryJson(json: string, options?: ParseStoryOptions): Story {
  // The contract's cap holds however the text arrived: an inline document too, counted in UTF-8
  // bytes as a fetched one is (fetchStory refuses a large one before reading all of it).
  if (new Blob([json]).size > MAX_DOCUMENT_BYTES) throw new StoryError('too-large', `larger than ${MAX_DOCUMENT_BYTES} bytes`);
  let value: unknown;
  try {
    // A file saved with a byte-order mark (some editors do) reads as one without: a fetched
    // document's TextDecoder drops it, and inline (after a line break) or in a build step it
    // would not be JSON. trim() takes it with the white space around the document.
    value = JSON.parse(json.trim());
  } catch (error) {
    throw new StoryError('invalid-json', `not JSON: ${(error as Error).message}`);
  }
  if (!isObject(value)) throw new StoryError('invalid-json', 'expected a JSON object');
  return parseStory(value, options);
}
