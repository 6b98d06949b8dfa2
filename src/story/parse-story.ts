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

/** True when `value` is a `PartialDate` naming a real day, month or year. */
export function isPartialDate(value: unknown): value is PartialDate {
  const match = typeof value === 'string' && PARTIAL_DATE.exec(value);
  if (!match) return false;
  // A month or day left out cannot be wrong: it is read as the first.
  const [year, month, day] = match.slice(1).map((part = '1') => Number(part));
  // Computed rather than asked of Date, which reads the years 0000–0099 as 1900–1999.
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (isLeapYear ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  // There is no year 0 in the calendar dates are shown in (Intl would write 1 BC as "1").
  return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

/**
 * Reads one document: required values that are missing or wrong throw an `invalid-story`
 * StoryError naming their path; optional ones that are malformed are dropped and reported.
 */
class DocumentReader {
  readonly dropped: string[] = [];
  constructor(
    readonly storyLang: LanguageTag,
    readonly baseUrl: string | undefined
  ) {}

  fail(path: string, problem: string): never {
    throw new StoryError('invalid-story', `${path}: ${problem}`);
  }

  drop(path: string, problem: string): undefined {
    this.dropped.push(`${path}: ${problem}`);
    return undefined;
  }

  requiredId(value: unknown, path: string): string {
    if (typeof value !== 'string' || value === '') this.fail(path, 'expected a non-empty string id');
    return value;
  }

  /** A `Text`: a string in `originalLang`, or translations that include `originalLang`. */
  text(value: unknown, path: string, originalLang = this.storyLang): Text | undefined {
    const isBlank = (s: unknown) => typeof s !== 'string' || s.trim() === '';
    if (typeof value === 'string') return isBlank(value) ? undefined : {[originalLang]: value};
    if (!isObject(value)) return undefined;
    const text: Text = {};
    for (const [key, translation] of Object.entries(value)) {
      const tag = canonicalTag(key);
      if (!tag || isBlank(translation)) {
        this.drop(`${path}.${key}`, 'expected a non-empty string under a language tag');
      } else {
        text[tag] = translation as string;
      }
    }
    return text[originalLang] === undefined ? undefined : text;
  }

  requiredText(value: unknown, path: string, originalLang = this.storyLang): Text {
    return (
      this.text(value, path, originalLang) ??
      this.fail(path, `expected a non-empty string, or an object with a "${originalLang}" string`)
    );
  }

  optionalText(value: unknown, path: string, originalLang = this.storyLang): Text | undefined {
    if (value === undefined) return undefined;
    return (
      this.text(value, path, originalLang) ??
      this.drop(path, `expected a string, or an object with a "${originalLang}" string`)
    );
  }

  optionalDate(value: unknown, path: string): PartialDate | undefined {
    if (value === undefined) return undefined;
    return isPartialDate(value)
      ? value
      : this.drop(path, `${quoted(value)} is not a date such as 2012, 2012-11 or 2012-11-20`);
  }

  optionalUrl(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    return (
      safeUrl(value, this.baseUrl) ??
      this.drop(path, `${quoted(value)} is not an http(s) or relative URL`)
    );
  }

  requiredArray(value: unknown, path: string): unknown[] {
    // Array.from turns the holes of a sparse array (`[,]`) into undefined, which the readers
    // then refuse by index; map() would skip them and leave holes in the story.
    return Array.isArray(value) ? Array.from(value) : this.fail(path, 'expected an array');
  }

  optionalArray(value: unknown, path: string): unknown[] {
    return value === undefined ? [] : this.requiredArray(value, path);
  }

  requiredObject(value: unknown, path: string): Json {
    return isObject(value) ? value : this.fail(path, 'expected an object');
  }
}

/** Refuses a second use of one id within one set of identifiers. */
function checkUnique(ids: {id: string; path: string}[], reader: DocumentReader) {
  const seen = new Set<string>();
  for (const {id, path} of ids) {
    if (seen.has(id)) reader.fail(path, `duplicate id ${quoted(id)}`);
    seen.add(id);
  }
}

function readOrganization(value: unknown, path: string, r: DocumentReader): Organization {
  const o = r.requiredObject(value, path);
  const org: Organization = {id: r.requiredId(o.id, `${path}.id`), name: r.requiredText(o.name, `${path}.name`)};
  org.shortName = r.optionalText(o.shortName, `${path}.shortName`);
  org.kind = r.optionalText(o.kind, `${path}.kind`);
  org.region = r.optionalText(o.region, `${path}.region`);
  org.description = r.optionalText(o.description, `${path}.description`);
  org.url = r.optionalUrl(o.url, `${path}.url`);
  org.logo = r.optionalUrl(o.logo, `${path}.logo`);
  if (o.country !== undefined) {
    org.country =
      typeof o.country === 'string' && COUNTRY.test(o.country)
        ? o.country
        : r.drop(`${path}.country`, `${quoted(o.country)} is not an ISO 3166-1 alpha-2 code`);
  }
  if (o.members !== undefined) {
    const m = o.members;
    if (isObject(m) && Number.isInteger(m.count) && (m.count as number) >= 0) {
      // `+ 0` reads -0 (JSON.parse('-0')) as 0, which Intl would otherwise show as "-0".
      org.members = compact({count: (m.count as number) + 0, unit: r.optionalText(m.unit, `${path}.members.unit`)});
    } else {
      r.drop(`${path}.members`, 'expected { count: integer ≥ 0, unit? }');
    }
  }
  return org;
}

function readPerson(value: unknown, path: string, r: DocumentReader): Person {
  const p = r.requiredObject(value, path);
  return {
    id: r.requiredId(p.id, `${path}.id`),
    name: r.requiredText(p.name, `${path}.name`),
    role: r.optionalText(p.role, `${path}.role`),
    organization: p.organization === undefined ? undefined : r.requiredId(p.organization, `${path}.organization`),
  };
}

function readQuote(value: unknown, path: string, r: DocumentReader): Quote {
  const q = r.requiredObject(value, path);
  let lang = r.storyLang;
  if (q.lang !== undefined) {
    lang = canonicalTag(q.lang) ?? r.fail(`${path}.lang`, `${quoted(q.lang)} is not a BCP 47 language tag`);
  }
  return {
    id: r.requiredId(q.id, `${path}.id`),
    text: r.requiredText(q.text, `${path}.text`, lang),
    lang,
    speaker: r.requiredId(q.speaker, `${path}.speaker`),
    context: r.optionalText(q.context, `${path}.context`),
  };
}

function readStep(value: unknown, path: string, r: DocumentReader): Step {
  const s = r.requiredObject(value, path);
  if (!STATUSES.includes(s.status as StepStatus)) {
    r.fail(`${path}.status`, `expected "done", "current" or "planned", not ${quoted(s.status)}`);
  }
  return {
    id: r.requiredId(s.id, `${path}.id`),
    title: r.requiredText(s.title, `${path}.title`),
    description: r.optionalText(s.description, `${path}.description`),
    date: r.optionalDate(s.date, `${path}.date`),
    status: s.status as StepStatus,
    place: r.optionalText(s.place, `${path}.place`),
    organizations: r
      .optionalArray(s.organizations, `${path}.organizations`)
      .map((id, i) => r.requiredId(id, `${path}.organizations[${i}]`)),
  };
}

function readTimeline(value: unknown, r: DocumentReader): Timeline | undefined {
  if (value === undefined) return undefined;
  const t = r.requiredObject(value, 'timeline');
  return {
    title: r.optionalText(t.title, 'timeline.title'),
    steps: r.requiredArray(t.steps, 'timeline.steps').map((s, i) => readStep(s, `timeline.steps[${i}]`, r)),
  };
}

/** Every id that a quote, person or step names must be defined by the document. */
function checkReferences(story: Story, r: DocumentReader) {
  const orgs = new Set(story.organizations.map((o) => o.id));
  const speakers = new Set([...orgs, ...story.people.map((p) => p.id)]);
  story.people.forEach((p, i) => {
    if (p.organization !== undefined && !orgs.has(p.organization)) {
      r.fail(`people[${i}].organization`, `no organization ${quoted(p.organization)}`);
    }
  });
  story.quotes.forEach((q, i) => {
    if (!speakers.has(q.speaker)) r.fail(`quotes[${i}].speaker`, `no person or organization ${quoted(q.speaker)}`);
  });
  story.timeline?.steps.forEach((s, i) =>
    s.organizations.forEach((id, j) => {
      if (!orgs.has(id)) r.fail(`timeline.steps[${i}].organizations[${j}]`, `no organization ${quoted(id)}`);
    })
  );
}

/** Drops the keys whose value is undefined, so a normalised story holds only what was given. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

/**
 * Validates and normalises a `passerelle.story/1` document (`StoryDocument`, or a `Story` this
 * function returned before). Throws a `StoryError` with code `invalid-story` and a field path
 * when the document cannot be rendered; drops malformed optional values with one warning.
 */
export function parseStory(value: unknown, options: ParseStoryOptions = {}): Story {
  if (!isObject(value)) throw new StoryError('invalid-story', 'story: expected an object');
  if (value.format !== STORY_FORMAT) {
    throw new StoryError('invalid-story', `format: expected "${STORY_FORMAT}", not ${quoted(value.format)}`);
  }
  if (typeof value.id !== 'string' || !ID.test(value.id)) {
    throw new StoryError('invalid-story', `id: expected a string of a-z, 0-9 and "-", not ${quoted(value.id)}`);
  }
  const lang = canonicalTag(value.lang);
  if (!lang) throw new StoryError('invalid-story', `lang: ${quoted(value.lang)} is not a BCP 47 language tag`);

  const r = new DocumentReader(lang, options.baseUrl);
  let source: Story['source'];
  if (value.source !== undefined) {
    const s = value.source;
    if (!isObject(s)) {
      r.drop('source', 'expected { name, url? }');
    } else {
      // A source needs its name: without one, the whole source is dropped, with the warning.
      const name =
        s.name === undefined ? r.drop('source.name', 'missing; a source needs a name') : r.optionalText(s.name, 'source.name');
      source = name && compact({name, url: r.optionalUrl(s.url, 'source.url')});
    }
  }
  const story: Story = compact({
    format: STORY_FORMAT,
    id: value.id,
    lang,
    headline: r.requiredText(value.headline, 'headline'),
    summary: r.optionalText(value.summary, 'summary'),
    published: r.optionalDate(value.published, 'published'),
    dateline: r.optionalText(value.dateline, 'dateline'),
    source,
    body: r
      .optionalArray(value.body, 'body')
      .map((p, i) => r.optionalText(p, `body[${i}]`))
      .filter((p): p is Text => p !== undefined),
    organizations: r.optionalArray(value.organizations, 'organizations').map((o, i) => readOrganization(o, `organizations[${i}]`, r)),
    people: r.optionalArray(value.people, 'people').map((p, i) => readPerson(p, `people[${i}]`, r)),
    quotes: r.optionalArray(value.quotes, 'quotes').map((q, i) => readQuote(q, `quotes[${i}]`, r)),
    timeline: readTimeline(value.timeline, r),
  });
  story.organizations.forEach(compact);
  story.people.forEach(compact);
  story.quotes.forEach(compact);
  story.timeline?.steps.forEach(compact);
  if (story.timeline) compact(story.timeline);

  checkUnique(
    [
      ...story.organizations.map((o, i) => ({id: o.id, path: `organizations[${i}].id`})),
      ...story.people.map((p, i) => ({id: p.id, path: `people[${i}].id`})),
    ],
    r
  );
  checkUnique(story.quotes.map((q, i) => ({id: q.id, path: `quotes[${i}].id`})), r);
  checkUnique((story.timeline?.steps ?? []).map((s, i) => ({id: s.id, path: `timeline.steps[${i}].id`})), r);
  checkReferences(story, r);

  if (r.dropped.length > 0) {
    const warn =
      options.warn ??
      ((messages: string[]) =>
        console.warn(`passerelle: story "${story.id}": ignored ${messages.length} malformed value(s):\n  ${messages.join('\n  ')}`));
    warn(r.dropped);
  }
  return story;
}

/** Parses the text of a document (from `src` or an inline script): `invalid-json` when it is not a JSON object. */
export function parseStoryJson(json: string, options?: ParseStoryOptions): Story {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new StoryError('invalid-json', `not JSON: ${(error as Error).message}`);
  }
  if (!isObject(value)) throw new StoryError('invalid-json', 'expected a JSON object');
  return parseStory(value, options);
}
