import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect} from 'storybook/test';
import type {TimelineOrientation} from '../src/index.js';
import {
  headlineOnly,
  invalidJson,
  invalidStory,
  long,
  milestones,
  minimal,
  missingUrl,
  protocol,
  protocolUrl,
  refusedUrl,
  tooLargeUrl,
  untranslated,
} from './examples.js';
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

interface TimelineArgs extends EventArgs {
  story?: unknown;
  src?: string;
  locale?: string;
  orientation?: TimelineOrientation;
  'heading-level'?: number;
}

const timeline = (args: TimelineArgs, children?: unknown) => html`<news-timeline
  .story=${args.story}
  src=${ifDefined(args.src || undefined)}
  locale=${ifDefined(args.locale || undefined)}
  orientation=${ifDefined(args.orientation)}
  heading-level=${ifDefined(args['heading-level'])}
  @news-ready=${recordEvent(args.onNewsReady)}
  @news-error=${recordEvent(args.onNewsError)}
  >${children}</news-timeline
>`;

const meta = {
  title: 'Elements/news-timeline',
  component: 'news-timeline',
  render: (args) => timeline(args),
  args: {orientation: 'vertical'},
  argTypes: {
    story: {control: 'object'},
    orientation: {control: 'inline-radio', options: ['vertical', 'horizontal']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    locale: {control: 'select', options: [undefined, 'fr', 'en', 'zh-Hans', 'fr-CA', 'zh-CN']},
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

const TAG = 'news-timeline';
const stepsLayout = (element: HTMLElement) => getComputedStyle(part(element, 'steps')!).display;

/** The protocol story's four steps, vertical: two done, two that may still happen. */
export const Default: Story = {
  args: {story: protocol},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expectReactiveProperties(element, ['story', 'src', 'locale', 'orientation', 'headingLevel']);
    await expect(element.shadowRoot!.querySelectorAll('[part~="step"]')).toHaveLength(4);
    await expect(element.shadowRoot!.querySelectorAll('[part~="step-planned"]')).toHaveLength(2);
  },
};

/** Horizontal, where the container has room for the steps side by side. */
export const Horizontal: Story = {
  args: {story: protocol, orientation: 'horizontal'},
  decorators: [inContainer('960px')],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(stepsLayout(element)).toBe('grid');
  },
};

/** Horizontal asked for in a 320 px column: the vertical list, by container query. */
export const HorizontalInNarrowColumn: Story = {
  args: {story: protocol, orientation: 'horizontal'},
  decorators: [inContainer('320px')],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(stepsLayout(element)).not.toBe('grid');
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** Every status (done, in progress, possible next step) and dates at each precision: year, month, day, none. */
export const StatusesAndDates: Story = {
  args: {story: milestones},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    const times = [...element.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    await expect(times).toEqual(['2022', '2023-06', '2024-05-14']);
    await expect(part(element, 'step-current')).toBeTruthy();
  },
};

/** In French: "Réalisé", "Étape envisagée". */
export const French: Story = {
  args: {story: protocol},
  globals: {locale: 'fr'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('fr');
    await expect(part(element, 'status')).toHaveTextContent('Réalisé');
  },
};

/** In English. */
export const English: Story = {
  args: {story: protocol},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'status')).toHaveTextContent('Done');
    await expect(part(element, 'title')).toHaveTextContent('Steps towards closer ties');
  },
};

/** In Simplified Chinese. */
export const Chinese: Story = {
  args: {story: protocol},
  globals: {locale: 'zh-Hans'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'status')).toHaveTextContent('已完成');
    await expect(part(element, 'title')).toHaveTextContent('合作进程');
  },
};

/** Steps written in French only, read in English: the words stay French (`lang="fr"`), the statuses are English. */
export const Untranslated: Story = {
  args: {story: untranslated},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'step-title')).toHaveAttribute('lang', 'fr');
    await expect(part(element, 'status')).toHaveTextContent('Done');
  },
};

/** The story fetched from `src` (the shipped JSON file). */
export const FromSrc: Story = {
  args: {src: protocolUrl},
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
  render: (args) => timeline(args, fallbackLink),
  play: async ({canvasElement}) => {
    await expectLoading(canvasElement, TAG);
  },
};

/** `not-found`: the story has no timeline. */
export const ErrorNotFound: Story = {
  args: {story: headlineOnly},
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
  render: (args) => timeline(args, inlineJson(invalidJson)),
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
  render: (args, {loaded}) => timeline({...args, src: loaded.src as string}),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'too-large');
  },
};

/** A failure with fallback children: the fallback stays, no message is added. */
export const ErrorWithFallback: Story = {
  args: {story: headlineOnly},
  render: (args) => timeline(args, fallbackLink),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'not-found');
  },
};

/** One step with only its title and status: no timeline title (the section is labelled "Timeline" in words), no date ("date not stated"). */
export const MissingOptionalFields: Story = {
  args: {story: minimal},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'title')).toBeNull();
    await expect(part(element, 'base')!.getAttribute('aria-label')).toBeTruthy();
    await expect(element.shadowRoot!.querySelector('.no-date')).toBeTruthy();
  },
};

/** Twenty-four steps with long titles and long words. */
export const LongContent: Story = {
  args: {story: long},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.shadowRoot!.querySelectorAll('[part~="step"]')).toHaveLength(24);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** Vertical, in a 320 px column. */
export const Narrow: Story = {
  args: {story: protocol},
  decorators: [inContainer('320px')],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** The dark defaults (`prefers-color-scheme: dark`). */
export const Dark: Story = {
  args: {story: milestones},
  globals: {scheme: 'dark'},
  parameters: {docs: {story: {inline: false, iframeHeight: 560}}},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(getComputedStyle(part(element, 'base')!).backgroundColor).toBe('rgb(29, 31, 35)');
  },
};

/** A host page's theme through the `--news-*` custom properties. */
export const HostTheme: Story = {
  args: {story: milestones},
  decorators: [hostTheme],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(getComputedStyle(part(element, 'base')!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  },
};
