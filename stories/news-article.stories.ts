import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent} from 'storybook/test';
import type {ArticleLayout} from '../src/index.js';
import {invalidJson, invalidStory, long, minimal, missingUrl, protocol, protocolUrl, refusedUrl, tooLargeUrl, untranslated} from './examples.js';
import {
  expectError,
  expectLoading,
  expectReactiveProperties,
  expectReady,
  fallbackLink,
  hostTheme,
  inContainer,
  inlineJson,
  part,
  recordEvent,
  renderedLang,
  type EventArgs,
} from './helpers.js';

interface ArticleArgs extends EventArgs {
  story?: unknown;
  src?: string;
  locale?: string;
  layout?: ArticleLayout;
  'heading-level'?: number;
  href?: string;
}

const article = (args: ArticleArgs, children?: unknown) => html`<news-article
  .story=${args.story}
  src=${ifDefined(args.src || undefined)}
  locale=${ifDefined(args.locale || undefined)}
  layout=${ifDefined(args.layout)}
  heading-level=${ifDefined(args['heading-level'])}
  href=${ifDefined(args.href || undefined)}
  @news-ready=${recordEvent(args.onNewsReady)}
  @news-error=${recordEvent(args.onNewsError)}
  >${children}</news-article
>`;

const meta = {
  title: 'Elements/news-article',
  component: 'news-article',
  render: (args) => article(args),
  args: {layout: 'card'},
  argTypes: {
    story: {control: 'object'},
    layout: {control: 'inline-radio', options: ['card', 'full']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    locale: {control: 'select', options: [undefined, 'fr', 'en', 'zh-Hans', 'fr-CA', 'zh-CN']},
  },
} satisfies Meta<ArticleArgs>;

export default meta;
type Story = StoryObj<ArticleArgs>;

const TAG = 'news-article';

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
    await element.updateComplete;
    await expect(part(element, 'expand')).toHaveAttribute('aria-expanded', 'true');
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
export const French: Story = {
  args: {story: protocol},
  globals: {locale: 'fr'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('fr');
    await expect(part(element, 'expand')).toHaveTextContent('Lire la suite');
    await expect(element.shadowRoot!.querySelector('.translated-from')).toBeNull();
  },
};

/** In English: the translation, credited "Translated from French". */
export const English: Story = {
  args: {story: protocol},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('en');
    await expect(part(element, 'expand')).toHaveTextContent('Read more');
    await expect(part(element, 'source')).toHaveTextContent('Translated from French');
  },
};

/** In Simplified Chinese. */
export const Chinese: Story = {
  args: {story: protocol},
  globals: {locale: 'zh-Hans'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('zh-Hans');
    await expect(part(element, 'expand')).toHaveTextContent('阅读全文');
    await expect(part(element, 'headline')).toHaveTextContent('数字联盟');
  },
};

/** A story written in French only, read in English: the words stay in French, marked `lang="fr"`; the interface is English. */
export const Untranslated: Story = {
  args: {story: untranslated, layout: 'full'},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('en');
    await expect(part(element, 'headline')).toHaveAttribute('lang', 'fr');
  },
};

/** The story fetched from `src` (the shipped JSON file), not given as a property. */
export const FromSrc: Story = {
  args: {src: protocolUrl},
  play: async ({canvasElement}) => {
    await expectReady(canvasElement, TAG);
  },
};

/** No story yet: busy, with an empty placeholder that holds the space. */
export const Loading: Story = {
  play: async ({canvasElement}) => {
    await expectLoading(canvasElement, TAG);
  },
};

/** No story yet, with the page author's fallback link shown meanwhile. */
export const LoadingWithFallback: Story = {
  render: (args) => article(args, fallbackLink),
  play: async ({canvasElement}) => {
    await expectLoading(canvasElement, TAG);
  },
};

/** `invalid-story`: the document lacks its headline; a short message in the reader's language. */
export const ErrorInvalidStory: Story = {
  args: {story: invalidStory},
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'invalid-story');
  },
};

/** `invalid-json`: the inline `<script type="application/json">` is cut short. */
export const ErrorInvalidJson: Story = {
  render: (args) => article(args, inlineJson(invalidJson)),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'invalid-json');
  },
};

/** `http-error`: `src` names a file the server does not have (404). */
export const ErrorHttp: Story = {
  args: {src: missingUrl},
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'http-error');
  },
};

/** `fetch-failed`: the request cannot be made at all (a port browsers refuse). */
export const ErrorFetchFailed: Story = {
  args: {src: refusedUrl},
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'fetch-failed');
  },
};

/** `too-large`: the document is over 1 MiB. */
export const ErrorTooLarge: Story = {
  loaders: [async () => ({src: tooLargeUrl()})],
  render: (args, {loaded}) => article({...args, src: loaded.src as string}),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'too-large');
  },
};

/** A failure with fallback children: the fallback stays, and no error message is added. */
export const ErrorWithFallback: Story = {
  args: {src: missingUrl},
  render: (args) => article(args, fallbackLink),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'http-error');
  },
};

/** Only the required fields: no summary, date ("date not stated"), dateline, source or body. */
export const MissingOptionalFields: Story = {
  args: {story: minimal, layout: 'full'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'summary')).toBeNull();
    await expect(part(element, 'source')).toBeNull();
    await expect(element.shadowRoot!.querySelector('.no-date')).toBeTruthy();
  },
};

/** Long headline, long words, many paragraphs and steps: everything wraps, nothing is cut. */
export const LongContent: Story = {
  args: {story: long, layout: 'full'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** The full article in a 320 px column. */
export const Narrow: Story = {
  args: {story: protocol, layout: 'full'},
  decorators: [inContainer('320px')],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** The dark defaults (`prefers-color-scheme: dark`). */
export const Dark: Story = {
  args: {story: protocol, layout: 'full'},
  globals: {scheme: 'dark'},
  parameters: {docs: {story: {inline: false, iframeHeight: 900}}},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(getComputedStyle(part(element, 'base')!).backgroundColor).toBe('rgb(29, 31, 35)');
  },
};

/** A host page's theme through the `--news-*` custom properties: transparent surface, serif, its own accent. */
export const HostTheme: Story = {
  args: {story: protocol},
  decorators: [hostTheme],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(getComputedStyle(part(element, 'base')!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  },
};
