/**
 * What the hostile-document tests share: fast-check arbitraries for valid `passerelle.story/1`
 * documents and for every way of breaking one, the payloads of injection attempts, and the
 * checks that hold for every element whatever it was given (no markup from text, no junk on
 * screen, no forbidden URL in an attribute, safe links).
 */
import fc from 'fast-check';
import {STORY_ERROR_CODES, StoryError} from '../src/story/story-error.js';
import {hasSomethingToShow} from '../src/story/parse-story.js';
import {FORBIDDEN_URLS} from './story-documents.js';

type Json = Record<string, unknown>;

/** What must never be on screen unless the document itself wrote it. */
export const JUNK = ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'];
const hasJunk = (s: string) => JUNK.some((j) => s.includes(j));

// ---------------------------------------------------------------------------------------------
// Strings

/** Characters that break naive text handling: bidi controls, combining marks, emoji sequences, lone surrogates, NUL, markup. */
export const ODD_PIECES = [
  '\u200F', // RIGHT-TO-LEFT MARK
  '\u200E', // LEFT-TO-RIGHT MARK
  '\u202E', // RIGHT-TO-LEFT OVERRIDE
  '\u2066', // LEFT-TO-RIGHT ISOLATE
  '\u2069', // POP DIRECTIONAL ISOLATE
  '\u0301', // COMBINING ACUTE ACCENT, alone
  'e\u0301\u0327\u0338', // a stack of combining marks
  'Z\u0351\u0352\u0353\u0354\u0355\u0356',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇨🇦',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\u0000', // NUL
  '\u0007',
  '\uFEFF',
  '\u200B',
  '\u00A0',
  '\u3000',
  '\u2028',
  '\n',
  '\t',
  '"',
  "'",
  '`',
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;b&gt;',
  '<b>',
  '</p>',
  '<!--',
  '${x}',
  '{{x}}',
  '%s',
  '\\',
  'مرحبا بالعالم',
  'שלום',
  '中文',
  '한국어',
  'Ǆ',
  'ﷺ',
  '\uFFFD',
  '\uFFFF',
];

/** Markup a template that parsed text would turn into elements (and, for some, run). */
export const MARKUP_PIECES = [
  '<b>',
  '<i>x</i>',
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '<style>*{display:none}</style>',
  '"><b x="',
];

const unit = fc.oneof(
  {weight: 1, arbitrary: fc.constantFrom(...MARKUP_PIECES)},
  {weight: 3, arbitrary: fc.string({unit: 'grapheme-ascii', minLength: 1, maxLength: 1})},
  {weight: 3, arbitrary: fc.constantFrom(...ODD_PIECES)},
  {weight: 2, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 1})}
);

/** Any string of odd characters (possibly blank), without the junk words. */
export const oddString = fc.string({unit, maxLength: 16}).filter((s) => !hasJunk(s));

/** A string the parser keeps as text: more than white space and characters that draw nothing. */
export const oddText = oddString.filter(hasSomethingToShow);

// ---------------------------------------------------------------------------------------------
// Valid documents

const LANGS = ['fr', 'en', 'zh-Hans', 'ar', 'he', 'ja', 'de-CH', 'en-GB', 'zh-TW', 'sr-Latn', 'FR', 'zh-hans'];
const TRANSLATION_TAGS = ['fr', 'en', 'zh-Hans', 'ar', 'ja', 'fr-CA', 'zh-CN'];

/** A `Text` whose original is in `lang` (as written in the document). */
const textIn = (lang: string) =>
  fc.oneof(
    oddText,
    fc
      .record({original: oddText, translations: fc.dictionary(fc.constantFrom(...TRANSLATION_TAGS), oddText, {maxKeys: 3})})
      // Each language once: a translation under the original's tag written otherwise (fr when
      // lang is FR) would be a second key for it, which the parser drops.
      .map(({original, translations}) => ({
        ...Object.fromEntries(Object.entries(translations).filter(([tag]) => tag.toLowerCase() !== lang.toLowerCase())),
        [lang]: original,
      }))
  );

const daysIn = (year: number, month: number) =>
  month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** A real PartialDate at any precision, 0001–9999 (there is no year 0). */
export const partialDate = fc
  .record({year: fc.integer({min: 1, max: 9999}), month: fc.option(fc.integer({min: 1, max: 12})), day: fc.integer({min: 1, max: 31})})
  .map(({year, month, day}) => {
    const y = String(year).padStart(4, '0');
    if (month === null) return y;
    const m = `${y}-${String(month).padStart(2, '0')}`;
    return day % 3 === 0 ? m : `${m}-${String(Math.min(day, daysIn(year, month))).padStart(2, '0')}`;
  });

/** URLs a document may use: http(s), scheme-relative and relative, some with characters that need care. */
export const allowedUrl = fc.oneof(
  fc.constantFrom(
    'https://example.org/a',
    'http://example.org/?q=<x>&"y"=\'z\'',
    '/test/fixtures/logo.svg',
    'relative.html',
    '../up/there.html',
    '//example.org/x.png',
    '#fragment',
    '?q=1',
    'https://例え.jp/パス',
    'HTTPS://EXAMPLE.ORG/',
    '  https://example.org/padded  ',
    'javascript&colon;alert(1)', // an entity is not decoded in a URL: a harmless relative path
    'https://example.org/" onerror="window.__pwned=1'
  ),
  fc.webUrl({withQueryParameters: true, withFragments: true})
);

/** Logos: same-origin or external images (relative page paths would only 404 in the test server). */
const logoUrl = fc.oneof(
  fc.constantFrom('/test/fixtures/logo.svg', 'https://example.org/logo.png', '//example.org/logo.svg', '  /test/fixtures/logo.svg\t'),
  fc.webUrl()
);

const STATUSES = ['done', 'current', 'planned'] as const;

/** A valid document: every reference resolves, ids are unique in their set, every Text holds its original. */
export const validDocument: fc.Arbitrary<Json> = fc
  .record({
    lang: fc.constantFrom(...LANGS),
    // Organisations and people share one set of ids; ids other than the story's are any non-empty string.
    sharedIds: fc.uniqueArray(oddString.filter((s) => s !== ''), {maxLength: 6}),
    orgShare: fc.integer({min: 0, max: 6}),
    quoteIds: fc.uniqueArray(oddString.filter((s) => s !== ''), {maxLength: 4}),
    stepIds: fc.uniqueArray(oddString.filter((s) => s !== ''), {maxLength: 5}),
  })
  .chain(({lang, sharedIds, orgShare, quoteIds, stepIds}) => {
    const orgIds = sharedIds.slice(0, Math.min(orgShare, sharedIds.length));
    const personIds = sharedIds.slice(orgIds.length);
    const text = textIn(lang);
    const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, {nil: undefined});
    const organization = (id: string) =>
      fc.record(
        {
          id: fc.constant(id),
          name: text,
          shortName: opt(text),
          kind: opt(text),
          region: opt(text),
          country: opt(fc.constantFrom('CA', 'CN', 'FR', 'IL')),
          members: opt(fc.record({count: fc.nat({max: 10_000_000}), unit: opt(text)})),
          description: opt(text),
          url: opt(allowedUrl),
          logo: opt(logoUrl),
        }
      );
    const person = (id: string) =>
      fc.record(
        {id: fc.constant(id), name: text, role: opt(text), organization: orgIds.length ? opt(fc.constantFrom(...orgIds)) : fc.constant(undefined)}
      );
    const quote = (id: string) =>
      fc.option(fc.constantFrom(...LANGS), {nil: undefined}).chain((quoteLang) =>
        fc.record(
          {
            id: fc.constant(id),
            text: textIn(quoteLang ?? lang),
            lang: fc.constant(quoteLang),
            speaker: fc.constantFrom(...sharedIds),
            context: opt(text),
          }
        )
      );
    const step = (id: string) =>
      fc.record(
        {
          id: fc.constant(id),
          title: text,
          description: opt(text),
          date: opt(partialDate),
          status: fc.constantFrom(...STATUSES),
          place: opt(text),
          organizations: orgIds.length ? opt(fc.subarray(orgIds)) : fc.constant(undefined),
        }
      );
    return fc.record(
      {
        format: fc.constant('passerelle.story/1'),
        id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
        lang: fc.constant(lang),
        headline: text,
        summary: opt(text),
        published: opt(partialDate),
        dateline: opt(text),
        source: opt(fc.record({name: text, url: opt(allowedUrl)})),
        body: opt(fc.array(text, {maxLength: 4})),
        organizations: fc.tuple(...orgIds.map(organization)),
        people: fc.tuple(...personIds.map(person)),
        quotes: sharedIds.length ? fc.tuple(...quoteIds.map(quote)) : fc.constant([]),
        timeline: opt(fc.record({title: opt(text), steps: fc.tuple(...stepIds.map(step))})),
      }
    );
  })
  .map(stripUndefined);

/** Removes keys whose value is undefined, as JSON would (fc.option gives undefined for "absent"). */
function stripUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, stripUndefined(v)])
    ) as T;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Breaking them

/** URLs with a forbidden scheme, also disguised. */
export const FORBIDDEN_URL_VARIANTS = [
  ...FORBIDDEN_URLS,
  'JAVASCRIPT:window.__pwned=1',
  ' \u0001\u001f javascript:window.__pwned=1',
  'java\r\nscript:window.__pwned=1',
  'jav\tascript:window.__pwned=1',
  'javascript\t:window.__pwned=1',
  'javascript:window.__pwned=1//https://example.org/',
  'vBsCrIpT:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  ' data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>',
  'blob:https://example.org/uuid',
  'ftp://example.org/x',
  'ws://example.org/',
  'intent://example.org#Intent;end',
  'x-javascript:alert(1)',
];

/** Malformed PartialDates, and values that are not dates at all. */
export const MALFORMED_DATES: unknown[] = [
  '2024-02-30',
  '2023-02-29',
  '1900-02-29',
  '2012-13',
  '2012-00',
  '2012-11-00',
  '2012-11-31',
  '12-11-20',
  '2012-1-5',
  ' 2012',
  '2012 ',
  '2012-11-20T00:00:00Z',
  '２０１２',
  '٢٠١٢',
  '+002012',
  '-0001',
  '99999',
  '',
  2012,
  20121120,
  null,
  {year: 2012},
  ['2012'],
];

let hugeString: string | undefined;
/** 300,000 characters: a document that is large but under the 1 MiB cap. */
export const huge = () => (hugeString ??= 'W'.repeat(100_000) + '\u202E'.repeat(100_000) + 'é'.repeat(100_000));

/** An array nested `depth` levels deep. */
export const deepArray = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
/** An object nested `depth` levels deep, a translation inside a translation. */
export const deepObject = (depth: number): unknown => {
  let value: unknown = {en: 'bottom'};
  for (let i = 0; i < depth; i++) value = {en: value};
  return value;
};

/** Whether any string (or key) in `value` holds a junk word, which would then be on screen rightly. */
function holdsJunk(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return hasJunk(value);
  if (value instanceof String) return hasJunk(value.valueOf());
  if (depth > 10 || value === null || typeof value !== 'object') return false;
  if (value instanceof Map) return [...value].some(([k, v]) => holdsJunk(k, depth + 1) || holdsJunk(v, depth + 1));
  if (value instanceof Set) return [...value].some((v) => holdsJunk(v, depth + 1));
  return Object.entries(value).some(([k, v]) => hasJunk(k) || holdsJunk(v, depth + 1));
}

/** Values of every type, for fields that want another one (no junk words in them, see JUNK). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, '', ' ', '\u0000', '\t\n', [], {}, [null], {en: null})},
  {weight: 2, arbitrary: oddString},
  {weight: 2, arbitrary: fc.constantFrom(...FORBIDDEN_URL_VARIANTS)},
  {weight: 2, arbitrary: fc.constantFrom(...MALFORMED_DATES)},
  {weight: 1, arbitrary: fc.constantFrom('done', 'current', 'planned', 'Done', 'passerelle.story/1', 'passerelle.story/2', 'fr', 'en', 'xx-INVALID-!!')},
  {weight: 1, arbitrary: fc.integer()},
  {weight: 1, arbitrary: fc.double()},
  {
    weight: 3,
    arbitrary: fc.anything({
      maxDepth: 3,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withObjectString: true,
      withUnicodeString: true,
    }),
  },
  {weight: 1, arbitrary: fc.constantFrom('huge', 'deep-array', 'deep-object').map((k) => (k === 'huge' ? huge() : k === 'deep-array' ? deepArray(3000) : deepObject(200)))}
).filter((value) => !holdsJunk(value));

/** Every path in a JSON-like tree down to 8 levels, as key arrays; the root is []. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (prefix.length >= 8 || out.length > 2000) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

/** Field names the format knows, to add where they do not belong or are missing. */
const FIELD_NAMES = [
  'format', 'id', 'lang', 'headline', 'summary', 'published', 'dateline', 'source', 'body', 'organizations', 'people', 'quotes',
  'timeline', 'name', 'url', 'shortName', 'kind', 'region', 'country', 'members', 'count', 'unit', 'description', 'logo', 'role',
  'organization', 'text', 'speaker', 'context', 'title', 'steps', 'date', 'status', 'place', 'fr', 'en', 'zh-Hans', '__proto__',
  'constructor', 'toString',
];

export type Mutation =
  | {kind: 'replace'; at: number; value: unknown}
  | {kind: 'delete'; at: number}
  | {kind: 'add'; at: number; key: string; value: unknown}
  | {kind: 'duplicate'; at: number}
  | {kind: 'dangle'; at: number; id: string};

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {weight: 4, arbitrary: fc.record({kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue})},
  {weight: 2, arbitrary: fc.record({kind: fc.constant('delete' as const), at: fc.nat()})},
  {weight: 2, arbitrary: fc.record({kind: fc.constant('add' as const), at: fc.nat(), key: fc.constantFrom(...FIELD_NAMES), value: hostileValue})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('duplicate' as const), at: fc.nat()})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('dangle' as const), at: fc.nat(), id: oddString})}
);

/** Applies mutations to a copy of `document` (a valid, JSON-like document). */
export function mutate(document: Json, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(document);
  for (const m of mutations) {
    try {
      root = applyMutation(root, m);
    } catch {
      // A mutation that cannot apply (a boxed string's index, a BigInt array's slot): skip it.
    }
  }
  return root;
}

function applyMutation(root: unknown, m: Mutation): unknown {
  const at = (path: (string | number)[]) => path.reduce<any>((v, k) => v[k], root);
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length];
  const parent = path.length ? at(path.slice(0, -1)) : undefined;
  const key = path[path.length - 1];
  // The generated value is copied, so that a later mutation never changes what fast-check holds.
  const fresh = (value: unknown) => {
    try {
      return structuredClone(value);
    } catch {
      return value;
    }
  };
  switch (m.kind) {
    case 'replace':
      if (parent === undefined) return fresh(m.value);
      parent[key] = fresh(m.value);
      return root;
    case 'delete':
      if (parent === undefined) return undefined;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return root;
    case 'add': {
      const target = at(path);
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        // defineProperty, so that `__proto__` is an own key, as JSON.parse makes it.
        Object.defineProperty(target, m.key, {value: fresh(m.value), enumerable: true, writable: true, configurable: true});
      }
      return root;
    }
    case 'duplicate': {
      // Repeat an item of an array: a duplicate organisation, person, quote or step id.
      const arrays = paths.map(at).filter((v): v is unknown[] => Array.isArray(v) && v.length > 0);
      if (arrays.length) {
        const array = arrays[m.at % arrays.length];
        array.push(structuredClone(array[m.at % array.length]));
      }
      return root;
    }
    case 'dangle': {
      // Point a reference (a speaker, a person's or a step's organisation) at an id nobody has.
      const refs = paths.filter(
        (p) =>
          (p.includes('quotes') || p.includes('people') || p.includes('steps')) &&
          (['speaker', 'organization'].includes(String(p[p.length - 1])) || p[p.length - 2] === 'organizations')
      );
      if (refs.length) {
        const ref = refs[m.at % refs.length];
        at(ref.slice(0, -1))[ref[ref.length - 1]] = `missing-${m.id}`;
      }
      return root;
    }
  }
}

/** A document broken in one to three ways. */
export const brokenDocument: fc.Arbitrary<unknown> = fc
  .tuple(validDocument, fc.array(mutation, {minLength: 1, maxLength: 3}))
  .map(([document, mutations]) => mutate(document, mutations));

/** What can be put in the `story` property: valid documents, broken ones, and anything at all. */
export const anyStory: fc.Arbitrary<unknown> = fc.oneof({weight: 2, arbitrary: validDocument}, {weight: 3, arbitrary: brokenDocument}, {weight: 1, arbitrary: hostileValue});

// ---------------------------------------------------------------------------------------------
// The contract of parseStory

/** `path: problem`, where path is `story`, a field, or a field path such as `quotes[1].speaker`. */
export const ERROR_MESSAGE = /^[a-z][A-Za-z]*(?:\[\d+\]|\.[a-z][A-Za-z]*)*: ./s;

/** Asserts that `error` is what parseStory may throw: a StoryError with a listed code and a field path. */
export function assertStoryError(error: unknown) {
  if (!(error instanceof StoryError)) throw new Error(`threw something else than a StoryError: ${describe(error)}`);
  if (!STORY_ERROR_CODES.includes(error.code)) throw new Error(`unknown code ${error.code}`);
  if (!ERROR_MESSAGE.test(error.message)) throw new Error(`message does not start with a field path: ${error.message.slice(0, 200)}`);
}

export function describe(value: unknown): string {
  try {
    return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** JSON text of a document, or undefined when it is not JSON-able (BigInt, cycles). */
export function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// What every rendered element must satisfy

/** Every element the templates make. Anything else in a shadow root was made from text. */
export const TEMPLATE_TAGS = new Set([
  'a', 'abbr', 'article', 'bdi', 'blockquote', 'button', 'div', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'img', 'li', 'news-pull-quote', 'ol', 'p', 'section', 'slot', 'span', 'time', 'ul',
]);

/** Every shadow root of `el`, its own and those of the elements inside it (pull-quotes in an article). */
export function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) visit(inner.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return roots;
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:']);

/**
 * The scheme a URL attribute resolves to on this page, or undefined when it does not parse at
 * all (`https:` alone on an http page): such a link goes nowhere and such an image loads nothing.
 */
export function protocolOf(value: string): string | undefined {
  try {
    return new URL(value, document.baseURI).protocol;
  } catch {
    return undefined;
  }
}

export interface RenderReport {
  images: HTMLImageElement[];
  links: HTMLAnchorElement[];
}

/**
 * The safety checks on one rendered element (and the elements it renders inside): only the
 * templates' elements, no event-handler or style attributes, no junk text or attribute, every
 * `href`/`src` an http(s) URL, every link that opens elsewhere with `rel="noopener noreferrer"`.
 * `verbatim`: texts of the document that may hold a junk word, being shown as written.
 */
export function assertSafeRendering(el: Element, {verbatim = []}: {verbatim?: string[]} = {}): RenderReport {
  const images: HTMLImageElement[] = [];
  const links: HTMLAnchorElement[] = [];
  for (const root of shadowRoots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        // Text the document itself wrote may read "null"; it is then shown as written.
        const junk = !verbatim.includes(data) && JUNK.find((j) => data.includes(j));
        if (junk) throw new Error(`<${el.localName}> shows "${junk}" in "${data.slice(0, 120)}"`);
        continue;
      }
      const element = node as Element;
      if (!TEMPLATE_TAGS.has(element.localName)) throw new Error(`<${el.localName}> holds a <${element.localName}> its templates do not make`);
      if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') throw new Error(`<${element.localName}> in namespace ${element.namespaceURI}`);
      for (const {name, value} of element.attributes) {
        if (name.startsWith('on')) throw new Error(`<${element.localName} ${name}="${value.slice(0, 80)}">: an event-handler attribute`);
        if (name === 'style' || name === 'srcset' || name === 'formaction' || name === 'xlink:href') throw new Error(`<${element.localName}> has ${name}`);
        if (name !== 'href' && name !== 'src' && name !== 'quote') {
          const junk = JUNK.find((j) => value.includes(j));
          if (junk) throw new Error(`<${element.localName} ${name}="${value.slice(0, 80)}">: junk`);
        }
        if (name === 'href' || name === 'src' || name === 'cite') {
          const protocol = protocolOf(value);
          if (protocol !== undefined && !ALLOWED_SCHEMES.has(protocol)) {
            throw new Error(`<${element.localName} ${name}="${value.slice(0, 80)}">: ${protocol} URL`);
          }
        }
      }
      if (element.localName === 'img') images.push(element as HTMLImageElement);
      if (element.localName === 'a') {
        const a = element as HTMLAnchorElement;
        links.push(a);
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (a.target === '_blank' && !(rel.includes('noopener') && rel.includes('noreferrer'))) {
          throw new Error(`<a href="${a.getAttribute('href')}" target="_blank"> without rel="noopener noreferrer"`);
        }
      }
    }
  }
  if ((window as unknown as {__pwned?: unknown}).__pwned !== undefined) throw new Error('window.__pwned was set: text ran as code');
  return {images, links};
}
