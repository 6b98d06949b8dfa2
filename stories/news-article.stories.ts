import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent, waitFor} from 'storybook/test';
import type {ArticleLayout} from '../src/index.js';
import {protocol, untranslated} from './examples.js';
import {customProperties, expectReactiveProperties, expectReady, langOf, part, recordEvent, TIMEOUT} from './helpers.js';
import {apiArgTypes, commonArgTypes, stateStories, type CommonArgs} from './state-stories.js';

interface ArticleArgs extends CommonArgs {
  layout?: ArticleLayout;
  'heading-level'?: number;
  href?: string;
  jsonld?: boolean;
}

const article = (args: ArticleArgs, children?: unknown) => html`<news-article
  .story=${args.story}
  style=${ifDefined(customProperties(args))}
  src=${ifDefined(args.src || undefined)}
  locale=${ifDefined(args.locale || undefined)}
  layout=${ifDefined(args.layout)}
  heading-level=${ifDefined(args['heading-level'])}
  href=${ifDefined(args.href || undefined)}
  ?jsonld=${args.jsonld}
  @news-ready=${recordEvent(args.onNewsReady)}
  @news-error=${recordEvent(args.onNewsError)}
  >${children}</news-article
>`;

const TAG = 'news-article';

const meta = {
  title: 'Elements/news-article',
  component: 'news-article',
  // Every story here has a play function; the index cannot see those of the stories made by calls.
  tags: ['play-fn'],
  render: (args) => article(args),
  args: {layout: 'card'},
  argTypes: {
    ...apiArgTypes(TAG),
    ...commonArgTypes,
    layout: {control: 'inline-radio', options: ['card', 'full'], type: {name: 'enum', value: ['card', 'full']}},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    href: {control: 'text', type: 'string'},
    jsonld: {control: 'boolean'},
  },
} satisfies Meta<ArticleArgs>;

export default meta;
type Story = StoryObj<ArticleArgs>;

const states = stateStories({tag: TAG, render: article});

/** The protocol story as a card, in the toolbar's locale. */
export const Default: Story = {
  args: {story: protocol},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expectReactiveProperties(element, ['story', 'src', 'locale', 'layout', 'headingLevel', 'href']);
    await expect(part(element, 'expand')).toHaveAttribute('aria-expanded', 'false');
  },
};

/** The full article: body, pull-quotes where their words are, timeline, detailed organisations, source credit. */
export const Full: Story = {
  args: {story: protocol, layout: 'full'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.shadowRoot!.querySelectorAll('news-pull-quote')).toHaveLength(3);
    await expect(part(element, 'timeline')).toBeTruthy();
    await expect(part(element, 'expand')).toBeNull();
  },
};

/** A card whose headline links to the article on the site, instead of expanding in place. */
export const CardWithLink: Story = {
  args: {story: protocol, href: 'https://example.org/news/alliance-numerique-ccia'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'headline')!.querySelector('a')).toHaveAttribute('href', 'https://example.org/news/alliance-numerique-ccia');
    await expect(part(element, 'expand')).toBeNull();
  },
};

/** A card expanded in place by its "Read more" button; focus stays on the button. */
export const CardExpanded: Story = {
  args: {story: protocol},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await userEvent.click(part(element, 'expand')!);
    // Read more first loads the module that draws the full article (on a page that has not yet shown one).
    await waitFor(() => expect(part(element, 'expand')).toHaveAttribute('aria-expanded', 'true'), TIMEOUT);
    await expect(part(element, 'body')).toBeTruthy();
    await expect(element.shadowRoot!.activeElement).toBe(part(element, 'expand'));
  },
};

/** The headline as an `<h1>`, for a page where the article is the main content. */
export const HeadingLevel1: Story = {
  args: {story: protocol, layout: 'full', 'heading-level': 1},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'headline')!.localName).toBe('h1');
    await expect(part(element, 'timeline-title')!.localName).toBe('h2');
  },
};

/** In French, the original: no "translated from" credit. */
export const French = states.inLocale('fr', {story: protocol}, async (element) => {
  await expect(part(element, 'expand')).toHaveTextContent('Lire la suite');
  await expect(element.shadowRoot!.querySelector('.translated-from')).toBeNull();
});

/** In English: the translation, credited "Translated from French". */
export const English = states.inLocale('en', {story: protocol}, async (element) => {
  await expect(part(element, 'expand')).toHaveTextContent('Read more');
  await expect(part(element, 'source')).toHaveTextContent('Translated from French');
});

/** In Simplified Chinese. */
export const Chinese = states.inLocale('zh-Hans', {story: protocol}, async (element) => {
  await expect(part(element, 'expand')).toHaveTextContent('阅读全文');
  await expect(part(element, 'headline')).toHaveTextContent('数字联盟');
});

/** A story written in French only, read in English: the words stay in French, marked `lang="fr"`; the interface is English. */
export const Untranslated = states.inLocale('en', {story: untranslated, layout: 'full'}, async (element) => {
  await expect(langOf(part(element, 'headline')!)).toBe('fr');
});

export const FromSrc = states.fromSrc();
export const FromInlineScript = states.fromInlineScript();
export const Loading = states.loading();
export const LoadingWithFallback = states.loadingWithFallback();
export const ErrorInvalidStory = states.error('invalid-story');
export const ErrorInvalidJson = states.error('invalid-json');
export const ErrorHttp = states.error('http-error');
export const ErrorFetchFailed = states.error('fetch-failed');
export const ErrorTooLarge = states.error('too-large');
export const ErrorWithFallback = states.errorWithFallback();

/** Only the required fields: no summary, date ("date not stated"), dateline, source or body. */
export const MissingOptionalFields = states.missingOptionalFields({layout: 'full'}, async (element) => {
  // The card's template keeps an empty summary paragraph, which is not shown (no box, no text).
  const summary = part(element, 'summary');
  await expect(summary === null || (summary.textContent!.trim() === '' && summary.getClientRects().length === 0)).toBe(true);
  await expect(part(element, 'source')).toBeNull();
  // "Date not stated", in whichever interface language the story is shown in; no date is guessed.
  await expect(part(element, 'meta')!.querySelector('time')).toBeNull();
  await expect(part(element, 'meta')!.textContent!.trim()).toMatch(/^(Date not stated|Date non précisée|日期未注明)$/);
});

/** Long headline, long words, many paragraphs and steps: everything wraps, nothing is cut. */
export const LongContent = states.longContent({layout: 'full'});

/** The full article in a 320 px column. */
export const Narrow = states.narrow({story: protocol, layout: 'full'});
export const Dark = states.dark({story: protocol, layout: 'full'}, 900);
export const HostTheme = states.hostTheme({story: protocol});
