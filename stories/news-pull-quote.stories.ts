import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent} from 'storybook/test';
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

interface PullQuoteArgs extends EventArgs {
  story?: unknown;
  src?: string;
  locale?: string;
  quote?: string;
}

const pullQuote = (args: PullQuoteArgs, children?: unknown) => html`<news-pull-quote
  .story=${args.story}
  src=${ifDefined(args.src || undefined)}
  locale=${ifDefined(args.locale || undefined)}
  quote=${ifDefined(args.quote || undefined)}
  @news-ready=${recordEvent(args.onNewsReady)}
  @news-error=${recordEvent(args.onNewsError)}
  >${children}</news-pull-quote
>`;

const meta = {
  title: 'Elements/news-pull-quote',
  component: 'news-pull-quote',
  render: (args) => pullQuote(args),
  argTypes: {
    story: {control: 'object'},
    quote: {control: 'select', options: [undefined, ...protocol.quotes!.map((q) => q.id)]},
    locale: {control: 'select', options: [undefined, 'fr', 'en', 'zh-Hans', 'fr-CA', 'zh-CN']},
  },
} satisfies Meta<PullQuoteArgs>;

export default meta;
type Story = StoryObj<PullQuoteArgs>;

const TAG = 'news-pull-quote';

/** The protocol story's first quote (said by Alliance numérique), in the toolbar's locale. */
export const Default: Story = {
  args: {story: protocol},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expectReactiveProperties(element, ['story', 'src', 'locale', 'quote']);
    await expect(part(element, 'quote')!.localName).toBe('blockquote');
  },
};

/** A quote said by a person: name, role, organisation and context in the caption. */
export const SpokenByAPerson: Story = {
  args: {story: protocol, quote: 'landry-market'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'caption')).toHaveTextContent('Serge Landry');
  },
};

/** A quote shown in translation, with its original revealed in place by the button. */
export const OriginalShown: Story = {
  args: {story: protocol, quote: 'landry-bridge'},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await userEvent.click(part(element, 'toggle')!);
    await element.updateComplete;
    await expect(part(element, 'toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(part(element, 'original')).toHaveAttribute('lang', 'fr');
  },
};

/** In French, the language the words were said in: no translation note, no button. */
export const French: Story = {
  args: {story: protocol, quote: 'landry-market'},
  globals: {locale: 'fr'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('fr');
    await expect(part(element, 'quote')).toHaveAttribute('lang', 'fr');
    await expect(part(element, 'toggle')).toBeNull();
  },
};

/** In English: the translation, labelled "Translated from French". */
export const English: Story = {
  args: {story: protocol, quote: 'landry-market'},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'quote')).toHaveAttribute('lang', 'en');
    await expect(part(element, 'translation-note')).toHaveTextContent('Translated from French');
    await expect(part(element, 'toggle')).toHaveTextContent('Show the original');
  },
};

/** In Simplified Chinese. */
export const Chinese: Story = {
  args: {story: protocol, quote: 'landry-market'},
  globals: {locale: 'zh-Hans'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'quote')).toHaveAttribute('lang', 'zh-Hans');
    await expect(part(element, 'toggle')).toHaveTextContent('显示原文');
  },
};

/** Words said in French with no translation, read in English: the original, marked `lang="fr"`, and nothing to toggle. */
export const Untranslated: Story = {
  args: {story: untranslated},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('en');
    await expect(part(element, 'quote')).toHaveAttribute('lang', 'fr');
    await expect(part(element, 'toggle')).toBeNull();
  },
};

/** The story fetched from `src` (the shipped JSON file). */
export const FromSrc: Story = {
  args: {src: protocolUrl, quote: 'landry-bridge'},
  play: async ({canvasElement}) => {
    await expectReady(canvasElement, TAG);
  },
};

/** No story yet: busy, with an empty placeholder. */
export const Loading: Story = {
  play: async ({canvasElement}) => {
    await expectLoading(canvasElement, TAG);
  },
};

/** No story yet, with the page author's fallback shown meanwhile. */
export const LoadingWithFallback: Story = {
  render: (args) => pullQuote(args, fallbackLink),
  play: async ({canvasElement}) => {
    await expectLoading(canvasElement, TAG);
  },
};

/** `not-found`: the story has no quote with this id. */
export const ErrorNotFound: Story = {
  args: {story: protocol, quote: 'no-such-quote'},
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'not-found');
  },
};

/** `invalid-story`: the document lacks its headline. */
export const ErrorInvalidStory: Story = {
  args: {story: invalidStory},
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'invalid-story');
  },
};

/** `invalid-json`: the inline `<script type="application/json">` is cut short. */
export const ErrorInvalidJson: Story = {
  render: (args) => pullQuote(args, inlineJson(invalidJson)),
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

/** `fetch-failed`: the request cannot be made at all. */
export const ErrorFetchFailed: Story = {
  args: {src: refusedUrl},
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'fetch-failed');
  },
};

/** `too-large`: the document is over 1 MiB. */
export const ErrorTooLarge: Story = {
  loaders: [async () => ({src: tooLargeUrl()})],
  render: (args, {loaded}) => pullQuote({...args, src: loaded.src as string}),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'too-large');
  },
};

/** A failure with fallback children: the fallback stays, no message is added. */
export const ErrorWithFallback: Story = {
  args: {story: protocol, quote: 'no-such-quote'},
  render: (args) => pullQuote(args, fallbackLink),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'not-found');
  },
};

/** Only the required fields: the words and a speaker with a name, no role, organisation or context. */
export const MissingOptionalFields: Story = {
  args: {story: minimal},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'caption')!.textContent!.trim()).toBe('Sam Example');
  },
};

/** A long quote with a long word: it wraps and is never truncated. */
export const LongContent: Story = {
  args: {story: long},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    await expect(part(element, 'quote')).toHaveTextContent('And that is why it matters');
  },
};

/** In a 320 px column. */
export const Narrow: Story = {
  args: {story: protocol, quote: 'landry-market'},
  decorators: [inContainer('320px')],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** The dark defaults (`prefers-color-scheme: dark`). */
export const Dark: Story = {
  args: {story: protocol, quote: 'landry-market'},
  globals: {scheme: 'dark'},
  parameters: {docs: {story: {inline: false, iframeHeight: 360}}},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(getComputedStyle(part(element, 'base')!).backgroundColor).toBe('rgb(29, 31, 35)');
  },
};

/** A host page's theme through the `--news-*` custom properties. */
export const HostTheme: Story = {
  args: {story: protocol, quote: 'landry-market'},
  decorators: [hostTheme],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(getComputedStyle(part(element, 'base')!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  },
};
