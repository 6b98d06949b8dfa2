import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent} from 'storybook/test';
import {protocol, untranslated} from './examples.js';
import {customProperties, expectReactiveProperties, expectReady, part, recordEvent, renderedLang} from './helpers.js';
import {apiArgTypes, commonArgTypes, stateStories, type CommonArgs} from './state-stories.js';

interface PullQuoteArgs extends CommonArgs {
  quote?: string;
}

const pullQuote = (args: PullQuoteArgs, children?: unknown) => html`<news-pull-quote
  .story=${args.story}
  style=${ifDefined(customProperties(args))}
  src=${ifDefined(args.src || undefined)}
  locale=${ifDefined(args.locale || undefined)}
  quote=${ifDefined(args.quote || undefined)}
  @news-ready=${recordEvent(args.onNewsReady)}
  @news-error=${recordEvent(args.onNewsError)}
  >${children}</news-pull-quote
>`;

const TAG = 'news-pull-quote';

const meta = {
  title: 'Elements/news-pull-quote',
  component: 'news-pull-quote',
  // Every story here has a play function; the index cannot see those of the stories made by calls.
  tags: ['play-fn'],
  render: (args) => pullQuote(args),
  argTypes: {
    ...apiArgTypes(TAG),
    ...commonArgTypes,
    quote: {control: 'select', options: [undefined, ...protocol.quotes!.map((q) => q.id)], type: 'string'},
  },
} satisfies Meta<PullQuoteArgs>;

export default meta;
type Story = StoryObj<PullQuoteArgs>;

const states = stateStories({tag: TAG, render: pullQuote, notFound: {story: protocol, quote: 'no-such-quote'}});

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
    // In whichever of the toolbar's languages the caption is written (the name has no English
    // version, so English shows the French original).
    const caption = {
      fr: ['Serge Landry', 'directeur', 'Alliance numérique', 'dans un communiqué'],
      en: ['Serge Landry', 'director', 'Alliance numérique', 'in a press release'],
      'zh-Hans': ['塞尔日·兰德里', '主任', '数字联盟', '在一份新闻稿中'],
    }[renderedLang(element) as 'fr' | 'en' | 'zh-Hans'];
    await expect(caption).toBeDefined();
    for (const words of caption) await expect(part(element, 'caption')).toHaveTextContent(words);
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
export const French = states.inLocale('fr', {story: protocol, quote: 'landry-market'}, async (element) => {
  await expect(part(element, 'quote')).toHaveAttribute('lang', 'fr');
  await expect(part(element, 'toggle')).toBeNull();
});

/** In English: the translation, labelled "Translated from French". */
export const English = states.inLocale('en', {story: protocol, quote: 'landry-market'}, async (element) => {
  await expect(part(element, 'quote')).toHaveAttribute('lang', 'en');
  await expect(part(element, 'translation-note')).toHaveTextContent('Translated from French');
  await expect(part(element, 'toggle')).toHaveTextContent('Show the original');
});

/** In Simplified Chinese. */
export const Chinese = states.inLocale('zh-Hans', {story: protocol, quote: 'landry-market'}, async (element) => {
  await expect(part(element, 'quote')).toHaveAttribute('lang', 'zh-Hans');
  await expect(part(element, 'toggle')).toHaveTextContent('显示原文');
});

/** Words said in French with no translation, read in English: the original, marked `lang="fr"`, and nothing to toggle. */
export const Untranslated = states.inLocale('en', {story: untranslated}, async (element) => {
  await expect(part(element, 'quote')).toHaveAttribute('lang', 'fr');
  await expect(part(element, 'toggle')).toBeNull();
});

export const FromSrc = states.fromSrc({quote: 'landry-bridge'});
export const FromInlineScript = states.fromInlineScript({quote: 'landry-bridge'});
export const Loading = states.loading();
export const LoadingWithFallback = states.loadingWithFallback();
/** `not-found`: the story has no quote with this id. */
export const ErrorNotFound = states.error('not-found');
export const ErrorInvalidStory = states.error('invalid-story');
export const ErrorInvalidJson = states.error('invalid-json');
export const ErrorHttp = states.error('http-error');
export const ErrorFetchFailed = states.error('fetch-failed');
export const ErrorTooLarge = states.error('too-large');
export const ErrorWithFallback = states.errorWithFallback();

/** Only the required fields: the words and a speaker with a name, no role, organisation or context. */
export const MissingOptionalFields = states.missingOptionalFields({}, async (element) => {
  await expect(part(element, 'caption')!.textContent!.trim()).toBe('Sam Example');
});

/** A long quote with a long word: it wraps and is never truncated. */
export const LongContent = states.longContent({}, async (element) => {
  await expect(part(element, 'quote')).toHaveTextContent('And that is why it matters');
});

/** In a 320 px column. */
export const Narrow = states.narrow({story: protocol, quote: 'landry-market'});
export const Dark = states.dark({story: protocol, quote: 'landry-market'}, 360);
export const HostTheme = states.hostTheme({story: protocol, quote: 'landry-market'});

/** Floated beside the page's text, as pull-quotes are: as wide as the page lets it be, not a strip. */
export const FloatedBesideText: Story = {
  args: {story: protocol, quote: 'landry-bridge'},
  render: (args) => html`<div class="beside-text" style="max-width: 42rem">
    <style>
      .beside-text news-pull-quote {
        float: right;
        max-width: 18rem;
        margin: 0 0 1rem 1rem;
      }
    </style>
    ${pullQuote(args)}
    ${Array.from({length: 4}, () => html`<p>The page’s own article runs beside the quote and wraps under it.</p>`)}
  </div>`,
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.getBoundingClientRect().width).toBeGreaterThan(200);
  },
};

/** On a right-to-left page: the page's layout, each text in its own direction (the French quote's « … » in place). */
export const OnARightToLeftPage: Story = {
  args: {story: protocol, quote: 'landry-market'},
  globals: {locale: 'fr'},
  render: (args) => html`<div dir="rtl" lang="ar">${pullQuote(args)}</div>`,
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    const words = part(element, 'quote')!.querySelector('p')!;
    // A French paragraph starts at the left even here: its first letter is left of its last.
    const text = [...words.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect();
    };
    await expect(at(0).left).toBeLessThan(at(text.data.length - 1).left);
  },
};
