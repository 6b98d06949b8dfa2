/**
 * The documents the stories show: the shipped protocol story, and small illustrative documents
 * for the states it does not cover. The organisations and people in these are invented.
 */
import type {StoryDocument} from '../src/index.js';
import protocolJson from '../src/content/alliance-numerique-ccia.json';
// Always a file (a small SVG would otherwise be inlined as a data: URL, which story documents refuse).
import logoUrl from './assets/example-logo.svg?no-inline';

/** The protocol story, as shipped: French original, English and Chinese translations. */
export const protocol = protocolJson as StoryDocument;

/** The protocol story as a file beside the catalogue (`staticDirs` in .storybook/main.ts). */
export const protocolUrl = './content/alliance-numerique-ccia.json';

/** A path nothing serves: the server answers 404. */
export const missingUrl = './content/no-such-story.json';

/** A port browsers refuse to connect to, so the request fails at once, offline. */
export const refusedUrl = 'http://127.0.0.1:1/story.json';

/** A document in French only: every reader gets the original, marked with its language. */
export const untranslated: StoryDocument = {
  format: 'passerelle.story/1',
  id: 'exemple-francais-seulement',
  lang: 'fr',
  headline: 'Exemple : une coopérative de studios ouvre un bureau à Lyon',
  summary: 'Un document d’exemple écrit en français seulement, sans traduction.',
  published: '2024-03',
  dateline: 'Montréal',
  source: {name: 'Exemple Presse'},
  body: [
    'La Coopérative Exemple, qui réunit 12 studios, annonce l’ouverture d’un bureau à Lyon.',
    '« Nous voulons être plus près de nos partenaires européens », dit sa présidente.',
  ],
  organizations: [
    {
      id: 'cooperative-exemple',
      name: 'Coopérative Exemple',
      kind: 'Coopérative de studios',
      region: 'Québec',
      members: {count: 12, unit: 'studios membres'},
      description: 'Une coopérative inventée pour cet exemple.',
    },
  ],
  people: [{id: 'presidente', name: 'Claire Exemple', role: 'présidente', organization: 'cooperative-exemple'}],
  quotes: [{id: 'partenaires', text: 'Nous voulons être plus près de nos partenaires européens', speaker: 'presidente'}],
  timeline: {
    title: 'Les étapes',
    steps: [
      {id: 'annonce', title: 'Annonce du bureau', status: 'done', date: '2024-03'},
      {id: 'ouverture', title: 'Ouverture à Lyon', status: 'planned', place: 'Lyon'},
    ],
  },
};

/** Only what the format requires, at every level: no summary, date, source, body, roles, context… */
export const minimal: StoryDocument = {
  format: 'passerelle.story/1',
  id: 'minimal',
  lang: 'en',
  headline: 'A story with only the required fields',
  organizations: [{id: 'example-org', name: 'Example Organisation'}],
  people: [{id: 'someone', name: 'Sam Example'}],
  quotes: [{id: 'words', text: 'Only the words and who said them.', speaker: 'someone'}],
  timeline: {steps: [{id: 'only-step', title: 'One step, no date', status: 'current'}]},
};

/** A story with nothing but its headline: no organisations, quotes or timeline to show. */
export const headlineOnly: StoryDocument = {
  format: 'passerelle.story/1',
  id: 'headline-only',
  lang: 'en',
  headline: 'A story with a headline and nothing else',
};

/** Every step status, dates at each precision, a logo and links, translations in all three languages. */
export const milestones: StoryDocument = {
  format: 'passerelle.story/1',
  id: 'milestones',
  lang: 'en',
  headline: {
    en: 'Example: a digital media festival plans its next three editions',
    fr: 'Exemple : un festival des médias numériques prépare ses trois prochaines éditions',
    'zh-Hans': '示例：一个数字媒体节筹备未来三届活动',
  },
  published: '2024-05-14',
  source: {name: 'Example Wire', url: 'https://example.org/wire'},
  organizations: [
    {
      id: 'festival',
      name: {en: 'Example Media Festival', fr: 'Festival Exemple des médias', 'zh-Hans': '示例媒体节'},
      kind: {en: 'Festival', fr: 'Festival', 'zh-Hans': '节庆活动'},
      region: {en: 'Quebec', fr: 'Québec', 'zh-Hans': '魁北克'},
      members: {count: 1},
      url: 'https://example.org/festival',
      logo: logoUrl,
    },
  ],
  timeline: {
    title: {en: 'Editions', fr: 'Les éditions', 'zh-Hans': '历届活动'},
    steps: [
      {
        id: 'first',
        title: {en: 'First edition', fr: 'Première édition', 'zh-Hans': '第一届'},
        date: '2022',
        status: 'done',
        organizations: ['festival'],
      },
      {
        id: 'second',
        title: {en: 'Second edition', fr: 'Deuxième édition', 'zh-Hans': '第二届'},
        date: '2023-06',
        status: 'done',
        place: {en: 'Montreal', fr: 'Montréal', 'zh-Hans': '蒙特利尔'},
      },
      {
        id: 'third',
        title: {en: 'Third edition', fr: 'Troisième édition', 'zh-Hans': '第三届'},
        date: '2024-05-14',
        status: 'current',
        description: {en: 'Under way this week.', fr: 'En cours cette semaine.', 'zh-Hans': '本周正在举行。'},
      },
      {
        id: 'fourth',
        title: {en: 'A fourth edition abroad', fr: 'Une quatrième édition à l’étranger', 'zh-Hans': '第四届或在海外举办'},
        status: 'planned',
      },
    ],
  },
};

const LONG_WORD = 'Internationalisationsbestrebungen-der-digitalen-Kreativwirtschaft-und-ihrer-Verbände';
const sentence = (n: number) =>
  `Paragraph ${n}: a long paragraph to see how the element reads over many lines, with a very long word that must wrap rather than overflow: ${LONG_WORD}.`;

/** Long texts everywhere and many steps: nothing may overflow, be cut or overlap. */
export const long: StoryDocument = {
  format: 'passerelle.story/1',
  id: 'long-content',
  lang: 'en',
  headline:
    'An exceptionally long headline, as some newsrooms write them, that goes on to name every party to an agreement, the place it was signed and the hopes it carries for the industries involved',
  summary: Array.from({length: 3}, (_, i) => sentence(i + 1)).join(' '),
  dateline: 'Saint-Jean-sur-Richelieu, Montréal and Beijing',
  published: '2012-11-20',
  source: {name: 'A news agency with a particularly long name for an example', url: 'https://example.org/'},
  body: Array.from({length: 8}, (_, i) => sentence(i + 1)),
  organizations: [
    {
      id: 'long-name',
      name: 'The International Association of Interactive Digital Media, Video Game and Cultural Industry Companies',
      shortName: 'IAIDMVGCIC',
      kind: 'Industry association',
      region: 'Quebec, Ontario and the Atlantic provinces',
      members: {count: 1234567, unit: 'member companies and individual members'},
      description: Array.from({length: 3}, (_, i) => sentence(i + 1)).join(' '),
    },
  ],
  people: [{id: 'spokesperson', name: 'Alexandra Example-Longname', role: 'Director of international partnerships and public affairs', organization: 'long-name'}],
  quotes: [
    {
      id: 'long-quote',
      text: `${Array.from({length: 3}, (_, i) => sentence(i + 1)).join(' ')} And that is why it matters`,
      speaker: 'spokesperson',
      context: 'in a press release published on the association’s website and sent to its members',
    },
  ],
  timeline: {
    title: 'Twenty-four steps, each with a long title',
    steps: Array.from({length: 24}, (_, i) => ({
      id: `step-${i + 1}`,
      title: `Step ${i + 1}: ${i % 3 === 0 ? LONG_WORD : 'a step with a long title that wraps onto several lines'}`,
      description: sentence(i + 1),
      date: `${2000 + i}`,
      status: i < 20 ? ('done' as const) : i === 20 ? ('current' as const) : ('planned' as const),
      organizations: ['long-name'],
    })),
  },
};

/** Not a story: the required `headline` is missing. */
export const invalidStory = {format: 'passerelle.story/1', id: 'no-headline', lang: 'en'};

/** Not JSON: the document stops half-way. */
export const invalidJson = '{"format": "passerelle.story/1", "id": "cut-short", ';

/**
 * A URL to a document over the 1 MiB limit, made in the page (a `blob:` URL), so no server is
 * needed. Call it from a loader: the URL lives as long as the page.
 */
export function tooLargeUrl(): string {
  const padding = 'x'.repeat(1_100_000);
  return URL.createObjectURL(new Blob([`{"padding": "${padding}"}`], {type: 'application/json'}));
}
