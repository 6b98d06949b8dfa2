/**
 * One table of `passerelle.story/1` documents, shared by the tests of `parseStory()`
 * (test/parse-story.test.ts) and of the JSON Schema for authors (test/story-schema.test.ts), so
 * that the reader and the schema are held to the same cases of story-format.md.
 *
 * - `validDocuments`: read without error or warning; `normalised`, when given, is the exact result.
 * - `dropDocuments`: read, but malformed optional values are dropped; `dropped` lists the paths the
 *   one warning must name. The schema refuses them (it is stricter for authors than the reader),
 *   except those marked `schemaCannotDetect`.
 * - `invalidDocuments`: refused with a `StoryError` whose message starts with `path`.
 *   `schemaCannotDetect` (with the reason) marks the rules a JSON Schema cannot express by nature:
 *   the schema must accept those documents.
 *
 * Every document is built afresh by its `document()` function, so a test may change what it gets.
 */
import type {StoryErrorCode} from '../src/story/story-error.js';
import type {Story} from '../src/story/types.js';
import {minimalDocument, protocolDocument} from './helpers.js';

type Json = Record<string, unknown>;

export interface ValidCase {
  name: string;
  document: () => unknown;
  /** The exact normalised story, where the case is about normalisation. */
  normalised?: Story;
}

export interface DropCase {
  name: string;
  document: () => unknown;
  /** The paths of the dropped values, as the warning names them (`path: problem`). */
  dropped: string[];
  /** Paths that must be absent from the result; `dropped` when not given. */
  absent?: string[];
  normalised?: Story;
  /** Why a JSON Schema cannot see these malformed values; the schema must then accept the document. */
  schemaCannotDetect?: string;
}

export interface InvalidCase {
  name: string;
  document: () => unknown;
  code: StoryErrorCode;
  /** The field path the error message starts with (`path: problem`). */
  path: string;
  /** Why a JSON Schema cannot see this error; the schema must then accept the document. */
  schemaCannotDetect?: string;
}

const FORMAT = 'passerelle.story/1' as const;

/** A small valid English story, with `extra` fields set (or removed when `undefined`). */
function story(extra: Json = {}): Json {
  const doc: Json = {format: FORMAT, id: 'case', lang: 'en', headline: 'Headline', ...extra};
  for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
  return doc;
}

/** The normalised form of `story()`: what parseStory returns for it before any extra. */
const base = {
  format: FORMAT,
  id: 'case',
  lang: 'en',
  headline: {en: 'Headline'},
  body: [],
  organizations: [],
  people: [],
  quotes: [],
} satisfies Story;

const org = (id: string, extra: Json = {}): Json => ({id, name: `Organisation ${id}`, ...extra});
const person = (id: string, extra: Json = {}): Json => ({id, name: `Person ${id}`, ...extra});
const quote = (id: string, speaker: string, extra: Json = {}): Json => ({id, text: `Words ${id}`, speaker, ...extra});
const step = (id: string, extra: Json = {}): Json => ({id, title: `Step ${id}`, status: 'done', ...extra});

// Reasons a JSON Schema (draft-07) cannot see an error: it validates each value on its own.
const DUPLICATES = 'uniqueness of ids inside objects of an array is not expressible in JSON Schema';
const REFERENCES = 'a reference to an id defined elsewhere in the document is not expressible in JSON Schema';
const SAME_LANGUAGE = 'two keys that name one language only once canonicalised (FR and fr, iw and he) are not expressible in JSON Schema';
const ORIGINAL_KEY = 'the required key of a Text object is the value of another field (`lang`)';
const BEYOND_FIRST_PLANE =
  'a pattern for characters beyond the first plane reads differently with and without the u flag, and validators differ in which they use';

export const validDocuments: ValidCase[] = [
  {name: 'the protocol story (src/content/alliance-numerique-ccia.json)', document: protocolDocument},
  {
    name: 'minimal: format, id, lang and headline',
    document: () => minimalDocument(),
    normalised: {...base, id: 'minimal', headline: {en: 'A headline'}},
  },
  {
    name: 'full: every field, with plain strings for Text',
    document: () => ({
      format: FORMAT,
      id: 'full-story-2012',
      lang: 'en',
      headline: 'Two associations sign a protocol',
      summary: 'A first step towards an agreement.',
      published: '2012-11-20',
      dateline: 'Beijing',
      source: {name: 'Passerelle', url: 'https://news.example/2012/protocol'},
      body: ['First paragraph.', 'Second paragraph.'],
      organizations: [
        {
          id: 'alliance',
          name: 'Alliance numérique',
          shortName: 'AN',
          kind: 'Industry group',
          region: 'Quebec',
          country: 'CA',
          members: {count: 200, unit: 'member companies'},
          description: 'A Quebec industry group.',
          url: 'https://alliance.example/',
          logo: 'http://alliance.example/logo.svg',
        },
        {id: 'ccia', name: 'Chinese Cultural Industry Association', shortName: 'CCIA', country: 'CN', members: {count: 0}},
      ],
      people: [
        {id: 'serge-landry', name: 'Serge Landry', role: 'Director', organization: 'alliance'},
        {id: 'spokesperson', name: 'A spokesperson'},
      ],
      quotes: [
        {id: 'market', text: 'China is the largest market.', speaker: 'serge-landry', context: 'in a press release'},
        {id: 'cooperation', text: '促进合作', lang: 'zh-Hans', speaker: 'ccia'},
      ],
      timeline: {
        title: 'Steps',
        steps: [
          {
            id: 'first',
            title: 'First step',
            description: 'The first step.',
            date: '2012',
            status: 'done',
            place: 'Beijing',
            organizations: ['alliance', 'ccia'],
          },
          {id: 'protocol', title: 'Protocol initialled', date: '2012-11', status: 'current'},
          {id: 'agreement', title: 'An agreement', status: 'planned', organizations: []},
        ],
      },
    }),
    normalised: {
      format: FORMAT,
      id: 'full-story-2012',
      lang: 'en',
      headline: {en: 'Two associations sign a protocol'},
      summary: {en: 'A first step towards an agreement.'},
      published: '2012-11-20',
      dateline: {en: 'Beijing'},
      source: {name: {en: 'Passerelle'}, url: 'https://news.example/2012/protocol'},
      body: [{en: 'First paragraph.'}, {en: 'Second paragraph.'}],
      organizations: [
        {
          id: 'alliance',
          name: {en: 'Alliance numérique'},
          shortName: {en: 'AN'},
          kind: {en: 'Industry group'},
          region: {en: 'Quebec'},
          country: 'CA',
          members: {count: 200, unit: {en: 'member companies'}},
          description: {en: 'A Quebec industry group.'},
          url: 'https://alliance.example/',
          logo: 'http://alliance.example/logo.svg',
        },
        {id: 'ccia', name: {en: 'Chinese Cultural Industry Association'}, shortName: {en: 'CCIA'}, country: 'CN', members: {count: 0}},
      ],
      people: [
        {id: 'serge-landry', name: {en: 'Serge Landry'}, role: {en: 'Director'}, organization: 'alliance'},
        {id: 'spokesperson', name: {en: 'A spokesperson'}},
      ],
      quotes: [
        {id: 'market', text: {en: 'China is the largest market.'}, lang: 'en', speaker: 'serge-landry', context: {en: 'in a press release'}},
        {id: 'cooperation', text: {'zh-Hans': '促进合作'}, lang: 'zh-Hans', speaker: 'ccia'},
      ],
      timeline: {
        title: {en: 'Steps'},
        steps: [
          {
            id: 'first',
            title: {en: 'First step'},
            description: {en: 'The first step.'},
            date: '2012',
            status: 'done',
            place: {en: 'Beijing'},
            organizations: ['alliance', 'ccia'],
          },
          {id: 'protocol', title: {en: 'Protocol initialled'}, date: '2012-11', status: 'current', organizations: []},
          {id: 'agreement', title: {en: 'An agreement'}, status: 'planned', organizations: []},
        ],
      },
    },
  },
  {
    name: 'translated and partially translated Text, tags in any case',
    document: () => ({
      format: FORMAT,
      id: 'translated',
      lang: 'fr',
      headline: {fr: 'Un protocole est signé', en: 'A protocol is signed', 'zh-hans': '签署议定书'},
      summary: {FR: 'Le résumé, sans traduction'},
      body: [{fr: 'Premier paragraphe.', en: 'First paragraph.'}, 'Deuxième paragraphe, en français seulement.'],
      organizations: [{id: 'ccia', name: {fr: 'Association chinoise', 'zh-Hans': '中国协会'}, country: 'CN'}],
      quotes: [
        {id: 'fr-words', text: {fr: 'Des mots', en: 'Words'}, speaker: 'ccia'},
        {id: 'zh-words', text: {'zh-Hans': '原话', fr: 'Les mots'}, lang: 'ZH-hans', speaker: 'ccia'},
      ],
    }),
    normalised: {
      format: FORMAT,
      id: 'translated',
      lang: 'fr',
      headline: {fr: 'Un protocole est signé', en: 'A protocol is signed', 'zh-Hans': '签署议定书'},
      summary: {fr: 'Le résumé, sans traduction'},
      body: [{fr: 'Premier paragraphe.', en: 'First paragraph.'}, {fr: 'Deuxième paragraphe, en français seulement.'}],
      organizations: [{id: 'ccia', name: {fr: 'Association chinoise', 'zh-Hans': '中国协会'}, country: 'CN'}],
      people: [],
      quotes: [
        {id: 'fr-words', text: {fr: 'Des mots', en: 'Words'}, lang: 'fr', speaker: 'ccia'},
        {id: 'zh-words', text: {'zh-Hans': '原话', fr: 'Les mots'}, lang: 'zh-Hans', speaker: 'ccia'},
      ],
    },
  },
  {
    name: 'a story language with a region, written in lowercase',
    document: () => story({lang: 'fr-ca', headline: {'fr-CA': 'Un titre', en: 'A title'}}),
    normalised: {...base, lang: 'fr-CA', headline: {'fr-CA': 'Un titre', en: 'A title'}},
  },
  {
    name: 'a quote in its own language, written as a plain string',
    document: () => story({organizations: [org('ccia')], quotes: [quote('q', 'ccia', {text: '原话', lang: 'zh-Hans'})]}),
    normalised: {
      ...base,
      organizations: [{id: 'ccia', name: {en: 'Organisation ccia'}}],
      quotes: [{id: 'q', text: {'zh-Hans': '原话'}, lang: 'zh-Hans', speaker: 'ccia'}],
    },
  },
  {
    name: 'relative URLs',
    document: () =>
      story({
        source: {name: 'Source', url: '/news/2012/protocol.html'},
        organizations: [
          org('a', {url: '../organisations/a.html', logo: 'logos/a.svg'}),
          org('b', {url: '//cdn.example/b/', logo: '?logo=b#top'}),
        ],
      }),
    normalised: {
      ...base,
      source: {name: {en: 'Source'}, url: '/news/2012/protocol.html'},
      organizations: [
        {id: 'a', name: {en: 'Organisation a'}, url: '../organisations/a.html', logo: 'logos/a.svg'},
        {id: 'b', name: {en: 'Organisation b'}, url: '//cdn.example/b/', logo: '?logo=b#top'},
      ],
    },
  },
  {
    name: 'unknown fields at every level',
    document: () => ({
      $schema: '../dist/story.schema.json',
      format: FORMAT,
      id: 'case',
      lang: 'en',
      headline: 'Headline',
      tags: ['digital', 'quebec'],
      byline: {name: 'Someone'},
      source: {name: 'Source', licence: 'CC-BY'},
      organizations: [{id: 'a', name: 'A', founded: 2001, members: {count: 3, since: '2001'}}],
      people: [{id: 'p', name: 'P', email: 'p@example.org'}],
      quotes: [{id: 'q', text: 'Words', speaker: 'p', audio: 'q.mp3'}],
      timeline: {steps: [{id: 's', title: 'Step', status: 'done', importance: 3}], layout: 'vertical'},
    }),
    normalised: {
      ...base,
      source: {name: {en: 'Source'}},
      organizations: [{id: 'a', name: {en: 'A'}, members: {count: 3}}],
      people: [{id: 'p', name: {en: 'P'}}],
      quotes: [{id: 'q', text: {en: 'Words'}, lang: 'en', speaker: 'p'}],
      timeline: {steps: [{id: 's', title: {en: 'Step'}, status: 'done', organizations: []}]},
    },
  },
  {
    name: 'one id in each of the three sets (they are separate)',
    document: () =>
      story({
        organizations: [org('same')],
        quotes: [quote('same', 'same')],
        timeline: {steps: [step('same', {organizations: ['same']})]},
      }),
  },
  {
    name: 'an organisation as speaker, a person without organisation, a timeline without steps',
    document: () =>
      story({
        organizations: [org('o')],
        people: [person('p')],
        quotes: [quote('q1', 'o'), quote('q2', 'p')],
        timeline: {steps: []},
      }),
  },
  {
    name: 'leap days and partial dates',
    document: () =>
      story({
        published: '2024-02-29',
        timeline: {
          steps: [
            step('a', {date: '2000-02-29'}),
            step('b', {date: '1600'}),
            step('c', {date: '2012-12'}),
            step('d', {date: '2012-12-31'}),
            step('e', {date: '2012-04-30'}),
          ],
        },
      }),
  },
];

/** URLs whose scheme is forbidden, as written or as an attacker would obfuscate them. */
export const FORBIDDEN_URLS = [
  'javascript:alert(1)',
  // A host after the scheme: a check that looks for one must not let this through.
  'javascript://%0Awindow.__pwned=1',
  '  JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:image/svg+xml,<svg onload="alert(1)"/>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:someone@example.org',
];

/**
 * http(s) URLs that name their scheme but not their host after "//", as typed in a hurry: a URL
 * parser reads them against a base of the same scheme as a path (https:example.org on
 * https://site.example/news/ is https://site.example/news/example.org), a link into the site around.
 */
export const SCHEME_WITHOUT_HOST_URLS = ['http:example.cn/htca', 'https:example.org', 'https:/example.org', 'HTTPS:\\\\example.org', 'https:///example.org'];

export const dropDocuments: DropCase[] = [
  {
    name: 'a date that does not exist (2024-02-30)',
    document: () => story({published: '2024-02-30'}),
    dropped: ['published'],
    normalised: base,
  },
  {
    name: 'step dates: month 13, day 0, not a leap year, unpadded, a number',
    document: () =>
      story({
        timeline: {
          steps: [
            step('a', {date: '2012-13'}),
            step('b', {date: '2012-11-00'}),
            step('c', {date: '2023-02-29'}),
            step('d', {date: '2012-1-5'}),
            step('e', {date: 2012}),
            step('f', {date: '20 novembre 2012'}),
          ],
        },
      }),
    dropped: [0, 1, 2, 3, 4, 5].map((i) => `timeline.steps[${i}].date`),
  },
  ...FORBIDDEN_URLS.map(
    (url): DropCase => ({
      name: `organisation url ${JSON.stringify(url)}`,
      document: () => story({organizations: [org('a', {url})]}),
      dropped: ['organizations[0].url'],
    })
  ),
  {
    name: 'forbidden schemes in source.url and a logo; the rest of the source is kept',
    document: () =>
      story({source: {name: 'Source', url: 'javascript:alert(1)'}, organizations: [org('a', {logo: 'data:image/png;base64,AAAA'})]}),
    dropped: ['source.url', 'organizations[0].logo'],
    normalised: {...base, source: {name: {en: 'Source'}}, organizations: [{id: 'a', name: {en: 'Organisation a'}}]},
  },
  {
    name: 'URLs naming their scheme without "//" before the host (http:example.cn), in an organisation, a logo and the source',
    document: () =>
      story({
        source: {name: 'Source', url: 'https:/example.cn/news'},
        organizations: [org('a', {url: 'http:example.cn/htca', logo: 'https:example.org/logo.svg'})],
      }),
    dropped: ['source.url', 'organizations[0].url', 'organizations[0].logo'],
    normalised: {...base, source: {name: {en: 'Source'}}, organizations: [{id: 'a', name: {en: 'Organisation a'}}]},
  },
  {
    name: 'an empty URL',
    document: () => story({organizations: [org('a', {url: ''})]}),
    dropped: ['organizations[0].url'],
  },
  {
    name: 'member counts: negative, fractional, a string, missing',
    document: () =>
      story({
        organizations: [
          org('a', {members: {count: -1}}),
          org('b', {members: {count: 2.5}}),
          org('c', {members: {count: '200'}}),
          org('d', {members: {unit: 'members'}}),
        ],
      }),
    dropped: [0, 1, 2, 3].map((i) => `organizations[${i}].members`),
  },
  {
    name: 'a member unit that is not Text; the count is kept',
    document: () => story({organizations: [org('a', {members: {count: 12, unit: 12}})]}),
    dropped: ['organizations[0].members.unit'],
    normalised: {...base, organizations: [{id: 'a', name: {en: 'Organisation a'}, members: {count: 12}}]},
  },
  {
    name: 'countries: lowercase, alpha-3, a number, an array',
    document: () =>
      story({
        organizations: [
          org('a', {country: 'ca'}),
          org('b', {country: 'CAN'}),
          org('c', {country: 12}),
          org('d', {country: ['CA']}),
        ],
      }),
    dropped: [0, 1, 2, 3].map((i) => `organizations[${i}].country`),
  },
  {
    name: 'optional Text: blank, a number, an array, an empty object, null',
    document: () =>
      story({
        dateline: '   ',
        organizations: [org('a', {kind: 42, region: [], description: {}})],
        people: [person('p', {role: '\u200b\u200d'})],
        quotes: [quote('q', 'p', {context: null})],
        timeline: {title: false, steps: [step('s', {description: 1, place: '\n'})]},
      }),
    dropped: [
      'dateline',
      'organizations[0].kind',
      'organizations[0].region',
      'organizations[0].description',
      'people[0].role',
      'quotes[0].context',
      'timeline.title',
      'timeline.steps[0].description',
      'timeline.steps[0].place',
    ],
  },
  {
    name: 'optional Text objects without the original language',
    document: () =>
      story({
        summary: {fr: 'Un résumé'},
        body: ['One.', {fr: 'Deux.'}],
        organizations: [org('a', {members: {count: 3, unit: {fr: 'membres'}}})],
        timeline: {title: {'en-GB': 'Steps'}, steps: []},
      }),
    dropped: ['summary', 'body[1]', 'organizations[0].members.unit', 'timeline.title'],
    absent: ['summary', 'organizations[0].members.unit', 'timeline.title'],
    normalised: {
      ...base,
      body: [{en: 'One.'}],
      organizations: [{id: 'a', name: {en: 'Organisation a'}, members: {count: 3}}],
      timeline: {steps: []},
    },
    schemaCannotDetect: ORIGINAL_KEY,
  },
  {
    name: 'translations under keys that are not language tags, or blank',
    document: () => story({headline: {en: 'Headline', en_GB: 'Headline', fr: ' ', 'zh-Hans': 7}}),
    dropped: ['headline.en_GB', 'headline.fr', 'headline.zh-Hans'],
    normalised: base,
  },
  // A quote's words are verbatim (story-format.md, Quote): a second key for one language must not
  // replace the first.
  {
    name: 'two keys of a quote text for one language (fr, FR): the first is kept',
    document: () =>
      story({lang: 'fr', organizations: [org('o')], quotes: [quote('q', 'o', {text: {fr: 'Les mots exacts', FR: 'Autre chose'}})]}),
    dropped: ['quotes[0].text.FR'],
    normalised: {
      ...base,
      lang: 'fr',
      headline: {fr: 'Headline'},
      organizations: [{id: 'o', name: {fr: 'Organisation o'}}],
      quotes: [{id: 'q', text: {fr: 'Les mots exacts'}, lang: 'fr', speaker: 'o'}],
    },
    schemaCannotDetect: SAME_LANGUAGE,
  },
  {
    name: 'a deprecated tag and its replacement for one language (iw, he): the first is kept',
    document: () => story({lang: 'he', headline: {iw: 'הכותרת', he: 'כותרת אחרת'}}),
    dropped: ['headline.he'],
    absent: [],
    normalised: {...base, lang: 'he', headline: {he: 'הכותרת'}},
    schemaCannotDetect: SAME_LANGUAGE,
  },
  {
    name: 'blank or mistyped paragraphs; the others are kept in order',
    document: () => story({body: ['One.', '', 42, ['Three.'], 'Four.']}),
    dropped: ['body[1]', 'body[2]', 'body[3]'],
    absent: [],
    normalised: {...base, body: [{en: 'One.'}, {en: 'Four.'}]},
  },
  {
    name: 'a source that is a string',
    document: () => story({source: 'Le Devoir'}),
    dropped: ['source'],
    normalised: base,
  },
  {
    name: 'a source without a name',
    document: () => story({source: {url: 'https://news.example/'}}),
    dropped: ['source.name'],
    absent: ['source'],
    normalised: base,
  },
  {
    name: 'a source whose name lacks the original language',
    document: () => story({source: {name: {fr: 'Le Devoir'}, url: 'https://news.example/'}}),
    dropped: ['source.name'],
    absent: ['source'],
    normalised: base,
    schemaCannotDetect: ORIGINAL_KEY,
  },
  // story-format.md, "What is wrong": "A malformed optional value (…) is dropped with one console
  // warning; the rest renders." An optional field of the wrong type, null included, is one: these
  // cases were once listed as invalid-story, against that line. What such a field holds is still
  // checked when its type is right: a timeline without steps, a quote without speaker stay invalid.
  {
    name: 'organizations is not an array',
    document: () => story({organizations: {a: org('a')}}),
    dropped: ['organizations'],
    absent: [],
    normalised: base,
  },
  {name: 'people is not an array', document: () => story({people: 'Serge Landry'}), dropped: ['people'], absent: [], normalised: base},
  {name: 'quotes is not an array', document: () => story({quotes: {}}), dropped: ['quotes'], absent: [], normalised: base},
  {name: 'a body that is a string', document: () => story({body: 'One paragraph.'}), dropped: ['body'], absent: [], normalised: base},
  {name: 'a timeline that is an array', document: () => story({timeline: [step('s')]}), dropped: ['timeline'], normalised: base},
  {
    name: 'null for body, organizations, people, quotes and timeline; the rest is kept',
    document: () => story({summary: 'Kept.', body: null, organizations: null, people: null, quotes: null, timeline: null}),
    dropped: ['body', 'organizations', 'people', 'quotes', 'timeline'],
    absent: ['timeline'],
    normalised: {...base, summary: {en: 'Kept.'}},
  },
  {
    name: 'people: null beside organisations that speak',
    document: () => story({organizations: [org('o')], people: null, quotes: [quote('q', 'o')]}),
    dropped: ['people'],
    absent: [],
    normalised: {
      ...base,
      organizations: [{id: 'o', name: {en: 'Organisation o'}}],
      quotes: [{id: 'q', text: {en: 'Words q'}, lang: 'en', speaker: 'o'}],
    },
  },
  {
    name: 'a quote lang that is null or not a BCP 47 tag: the words are read in the story language',
    document: () => story({organizations: [org('o')], quotes: [quote('q', 'o', {lang: null}), quote('r', 'o', {lang: 'chinese!'})]}),
    dropped: ['quotes[0].lang', 'quotes[1].lang'],
    absent: [],
    normalised: {
      ...base,
      organizations: [{id: 'o', name: {en: 'Organisation o'}}],
      quotes: [
        {id: 'q', text: {en: 'Words q'}, lang: 'en', speaker: 'o'},
        {id: 'r', text: {en: 'Words r'}, lang: 'en', speaker: 'o'},
      ],
    },
  },
  {
    name: 'a person whose organisation is null or not a string',
    document: () => story({organizations: [org('o')], people: [person('p', {organization: null}), person('q', {organization: ['o']})]}),
    dropped: ['people[0].organization', 'people[1].organization'],
  },
  {
    name: 'step organisations that are a string or null',
    document: () => story({organizations: [org('o')], timeline: {steps: [step('s', {organizations: 'o'}), step('t', {organizations: null})]}}),
    dropped: ['timeline.steps[0].organizations', 'timeline.steps[1].organizations'],
    absent: [],
    normalised: {
      ...base,
      organizations: [{id: 'o', name: {en: 'Organisation o'}}],
      timeline: {
        steps: [
          {id: 's', title: {en: 'Step s'}, status: 'done', organizations: []},
          {id: 't', title: {en: 'Step t'}, status: 'done', organizations: []},
        ],
      },
    },
  },
  {
    name: 'several malformed values at once',
    document: () =>
      story({
        published: '2012-02-30',
        organizations: [org('a', {url: 'javascript:void(0)', country: 'Canada', members: {count: -200}})],
        timeline: {steps: [step('s', {date: '2012-00'})]},
      }),
    dropped: [
      'published',
      'organizations[0].url',
      'organizations[0].country',
      'organizations[0].members',
      'timeline.steps[0].date',
    ],
  },
];

export const invalidDocuments: InvalidCase[] = [
  {name: 'not an object: null', document: () => null, code: 'invalid-story', path: 'story'},
  {name: 'not an object: an array', document: () => [story()], code: 'invalid-story', path: 'story'},
  {name: 'not an object: a string', document: () => JSON.stringify(story()), code: 'invalid-story', path: 'story'},
  {name: 'another format', document: () => story({format: 'passerelle.story/2'}), code: 'invalid-story', path: 'format'},
  {name: 'no format', document: () => story({format: undefined}), code: 'invalid-story', path: 'format'},
  {name: 'no id', document: () => story({id: undefined}), code: 'invalid-story', path: 'id'},
  {name: 'an id with capitals and spaces', document: () => story({id: 'Alliance Numérique'}), code: 'invalid-story', path: 'id'},
  {name: 'an id with an underscore', document: () => story({id: 'a_b'}), code: 'invalid-story', path: 'id'},
  {name: 'an empty id', document: () => story({id: ''}), code: 'invalid-story', path: 'id'},
  {name: 'a numeric id', document: () => story({id: 2012}), code: 'invalid-story', path: 'id'},
  {name: 'no lang', document: () => story({lang: undefined}), code: 'invalid-story', path: 'lang'},
  {name: 'a lang that is not a BCP 47 tag', document: () => story({lang: 'fr_CA'}), code: 'invalid-story', path: 'lang'},
  {name: 'no headline', document: () => story({headline: undefined}), code: 'invalid-story', path: 'headline'},
  {name: 'a blank headline', document: () => story({headline: '  '}), code: 'invalid-story', path: 'headline'},
  // Characters that draw nothing: an invisible, empty heading was drawn, where a blank one is refused.
  {name: 'a headline of zero-width spaces', document: () => story({headline: '\u200b\u200b'}), code: 'invalid-story', path: 'headline'},
  {
    name: 'a headline of an Arabic letter mark, a Hangul filler, a variation selector and a combining grapheme joiner',
    document: () => story({headline: '\u061c\u3164\ufe0f\u034f'}),
    code: 'invalid-story',
    path: 'headline',
  },
  {
    name: 'a headline of tag characters (plane 14), which draw nothing',
    document: () => story({headline: '\u{e0020}\u{e007f}'}),
    code: 'invalid-story',
    path: 'headline',
    schemaCannotDetect: BEYOND_FIRST_PLANE,
  },
  {
    name: 'a headline object whose original is a soft hyphen, a direction mark and a word joiner',
    document: () => story({headline: {en: '\u00ad\u202e \u2060', fr: 'Titre'}}),
    code: 'invalid-story',
    path: 'headline',
  },
  {name: 'a numeric headline', document: () => story({headline: 42}), code: 'invalid-story', path: 'headline'},
  {name: 'a headline that is an array', document: () => story({headline: ['Headline']}), code: 'invalid-story', path: 'headline'},
  {name: 'an empty headline object', document: () => story({headline: {}}), code: 'invalid-story', path: 'headline'},
  {
    name: 'a headline object without the original language',
    document: () => story({lang: 'fr', headline: {en: 'Headline', 'zh-Hans': '标题'}}),
    code: 'invalid-story',
    path: 'headline',
    schemaCannotDetect: ORIGINAL_KEY,
  },
  {
    name: 'a headline object whose original is blank',
    document: () => story({headline: {en: ' ', fr: 'Titre'}}),
    code: 'invalid-story',
    path: 'headline',
  },
  {
    name: 'a headline object with the original language of another region',
    document: () => story({lang: 'fr', headline: {'fr-CA': 'Titre'}}),
    code: 'invalid-story',
    path: 'headline',
    schemaCannotDetect: ORIGINAL_KEY,
  },
  {
    name: 'a quote text object without the quote language',
    document: () =>
      story({lang: 'fr', organizations: [org('o')], quotes: [quote('q', 'o', {lang: 'zh-Hans', text: {fr: 'Les mots'}})]}),
    code: 'invalid-story',
    path: 'quotes[0].text',
    schemaCannotDetect: ORIGINAL_KEY,
  },
  {
    name: 'a quote text object without the story language, when the quote has none',
    document: () => story({lang: 'fr', organizations: [org('o')], quotes: [quote('q', 'o', {text: {en: 'Words'}})]}),
    code: 'invalid-story',
    path: 'quotes[0].text',
    schemaCannotDetect: ORIGINAL_KEY,
  },
  {name: 'an organisation that is a string', document: () => story({organizations: ['ccia']}), code: 'invalid-story', path: 'organizations[0]'},
  {
    name: 'an organisation without id',
    document: () => story({organizations: [org('a'), {name: 'B'}]}),
    code: 'invalid-story',
    path: 'organizations[1].id',
  },
  {
    name: 'an organisation with an empty id',
    document: () => story({organizations: [org('')]}),
    code: 'invalid-story',
    path: 'organizations[0].id',
  },
  {
    name: 'an organisation with a numeric id',
    document: () => story({organizations: [org('a', {id: 7})]}),
    code: 'invalid-story',
    path: 'organizations[0].id',
  },
  {
    name: 'an organisation without name',
    document: () => story({organizations: [{id: 'a'}]}),
    code: 'invalid-story',
    path: 'organizations[0].name',
  },
  {name: 'a person without name', document: () => story({people: [{id: 'p'}]}), code: 'invalid-story', path: 'people[0].name'},
  {
    name: 'a quote without text',
    document: () => story({organizations: [org('o')], quotes: [{id: 'q', speaker: 'o'}]}),
    code: 'invalid-story',
    path: 'quotes[0].text',
  },
  {
    name: 'a quote without speaker',
    document: () => story({quotes: [{id: 'q', text: 'Words'}]}),
    code: 'invalid-story',
    path: 'quotes[0].speaker',
  },
  {name: 'a timeline without steps', document: () => story({timeline: {title: 'Steps'}}), code: 'invalid-story', path: 'timeline.steps'},
  {
    name: 'a step without title',
    document: () => story({timeline: {steps: [{id: 's', status: 'done'}]}}),
    code: 'invalid-story',
    path: 'timeline.steps[0].title',
  },
  {
    name: 'a step without status',
    document: () => story({timeline: {steps: [{id: 's', title: 'Step'}]}}),
    code: 'invalid-story',
    path: 'timeline.steps[0].status',
  },
  {
    name: 'a step with an unknown status',
    document: () => story({timeline: {steps: [step('s', {status: 'cancelled'})]}}),
    code: 'invalid-story',
    path: 'timeline.steps[0].status',
  },
  {
    name: 'a step status in capitals',
    document: () => story({timeline: {steps: [step('s', {status: 'Done'})]}}),
    code: 'invalid-story',
    path: 'timeline.steps[0].status',
  },
  {
    name: 'a step without id',
    document: () => story({timeline: {steps: [{title: 'Step', status: 'planned'}]}}),
    code: 'invalid-story',
    path: 'timeline.steps[0].id',
  },
  {
    name: 'a step organisation that is not a string',
    document: () => story({organizations: [org('o')], timeline: {steps: [step('s', {organizations: [{id: 'o'}]})]}}),
    code: 'invalid-story',
    path: 'timeline.steps[0].organizations[0]',
  },
  {
    name: 'two organisations with one id',
    document: () => story({organizations: [org('a'), org('a')]}),
    code: 'invalid-story',
    path: 'organizations[1].id',
    schemaCannotDetect: DUPLICATES,
  },
  {
    name: 'two people with one id',
    document: () => story({people: [person('p'), person('q'), person('p')]}),
    code: 'invalid-story',
    path: 'people[2].id',
    schemaCannotDetect: DUPLICATES,
  },
  {
    name: 'a person with the id of an organisation (one set)',
    document: () => story({organizations: [org('ccia')], people: [person('ccia')]}),
    code: 'invalid-story',
    path: 'people[0].id',
    schemaCannotDetect: DUPLICATES,
  },
  {
    name: 'two quotes with one id',
    document: () => story({organizations: [org('o')], quotes: [quote('q', 'o'), quote('q', 'o')]}),
    code: 'invalid-story',
    path: 'quotes[1].id',
    schemaCannotDetect: DUPLICATES,
  },
  {
    name: 'two steps with one id',
    document: () => story({timeline: {steps: [step('s'), step('t'), step('s')]}}),
    code: 'invalid-story',
    path: 'timeline.steps[2].id',
    schemaCannotDetect: DUPLICATES,
  },
  {
    name: 'a quote speaker that is not defined',
    document: () => story({organizations: [org('o')], people: [person('p')], quotes: [quote('q1', 'p'), quote('q2', 'x')]}),
    code: 'invalid-story',
    path: 'quotes[1].speaker',
    schemaCannotDetect: REFERENCES,
  },
  {
    name: 'a person organisation that is not defined',
    document: () => story({organizations: [org('o')], people: [person('p', {organization: 'other'})]}),
    code: 'invalid-story',
    path: 'people[0].organization',
    schemaCannotDetect: REFERENCES,
  },
  {
    name: 'a person organisation that names a person',
    document: () => story({people: [person('boss'), person('p', {organization: 'boss'})]}),
    code: 'invalid-story',
    path: 'people[1].organization',
    schemaCannotDetect: REFERENCES,
  },
  {
    name: 'a step organisation that is not defined',
    document: () => story({organizations: [org('o')], timeline: {steps: [step('s', {organizations: ['o', 'x']})]}}),
    code: 'invalid-story',
    path: 'timeline.steps[0].organizations[1]',
    schemaCannotDetect: REFERENCES,
  },
  {
    name: 'a step organisation that names a person',
    document: () => story({people: [person('p')], timeline: {steps: [step('s'), step('t', {organizations: ['p']})]}}),
    code: 'invalid-story',
    path: 'timeline.steps[1].organizations[0]',
    schemaCannotDetect: REFERENCES,
  },
];
