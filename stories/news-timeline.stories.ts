import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect} from 'storybook/test';
import type {TimelineOrientation} from '../src/index.js';
import {headlineOnly, milestones, protocol, untranslated} from './examples.js';
import {customProperties, expectReactiveProperties, expectReady, inContainer, part, recordEvent} from './helpers.js';
import {apiArgTypes, commonArgTypes, stateStories, type CommonArgs} from './state-stories.js';

interface TimelineArgs extends CommonArgs {
  orientation?: TimelineOrientation;
  'heading-level'?: number;
}

const timeline = (args: TimelineArgs, children?: unknown) => html`<news-timeline
  .story=${args.story}
  style=${ifDefined(customProperties(args))}
  src=${ifDefined(args.src || undefined)}
  locale=${ifDefined(args.locale || undefined)}
  orientation=${ifDefined(args.orientation)}
  heading-level=${ifDefined(args['heading-level'])}
  @news-ready=${recordEvent(args.onNewsReady)}
  @news-error=${recordEvent(args.onNewsError)}
  >${children}</news-timeline
>`;

const TAG = 'news-timeline';

const meta = {
  title: 'Elements/news-timeline',
  component: 'news-timeline',
  // Every story here has a play function; the index cannot see those of the stories made by calls.
  tags: ['play-fn'],
  render: (args) => timeline(args),
  args: {orientation: 'vertical'},
  argTypes: {
    ...apiArgTypes(TAG),
    ...commonArgTypes,
    orientation: {control: 'inline-radio', options: ['vertical', 'horizontal'], type: {name: 'enum', value: ['vertical', 'horizontal']}},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

const states = stateStories({tag: TAG, render: timeline, notFound: {story: headlineOnly}});
const stepsLayout = (element: HTMLElement) => getComputedStyle(part(element, 'steps')!).display;

/** The protocol story's three steps, vertical: one done, two that may still happen. */
export const Default: Story = {
  args: {story: protocol},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expectReactiveProperties(element, ['story', 'src', 'locale', 'orientation', 'headingLevel']);
    await expect(element.shadowRoot!.querySelectorAll('[part~="step"]')).toHaveLength(3);
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
export const French = states.inLocale('fr', {story: protocol}, async (element) => {
  await expect(part(element, 'status')).toHaveTextContent('Réalisé');
});

/** In English. */
export const English = states.inLocale('en', {story: protocol}, async (element) => {
  await expect(part(element, 'status')).toHaveTextContent('Done');
  await expect(part(element, 'title')).toHaveTextContent('Steps towards closer ties');
});

/** In Simplified Chinese. */
export const Chinese = states.inLocale('zh-Hans', {story: protocol}, async (element) => {
  await expect(part(element, 'status')).toHaveTextContent('已完成');
  await expect(part(element, 'title')).toHaveTextContent('合作进程');
});

/** Steps written in French only, read in English: the words stay French (`lang="fr"`), the statuses are English. */
export const Untranslated = states.inLocale('en', {story: untranslated}, async (element) => {
  await expect(part(element, 'step-title')).toHaveAttribute('lang', 'fr');
  await expect(part(element, 'status')).toHaveTextContent('Done');
});

export const FromSrc = states.fromSrc();
export const FromInlineScript = states.fromInlineScript();
export const Loading = states.loading();
export const LoadingWithFallback = states.loadingWithFallback();
/** `not-found`: the story has no timeline. */
export const ErrorNotFound = states.error('not-found');
export const ErrorInvalidStory = states.error('invalid-story');
export const ErrorInvalidJson = states.error('invalid-json');
export const ErrorHttp = states.error('http-error');
export const ErrorFetchFailed = states.error('fetch-failed');
export const ErrorTooLarge = states.error('too-large');
export const ErrorWithFallback = states.errorWithFallback();

/** One step with only its title and status: no timeline title (the section is labelled "Timeline" in words), no date ("date not stated"). */
export const MissingOptionalFields = states.missingOptionalFields({}, async (element) => {
  await expect(part(element, 'title')).toBeNull();
  await expect(part(element, 'base')!.getAttribute('aria-label')).toBeTruthy();
  await expect(element.shadowRoot!.querySelector('.no-date')).toBeTruthy();
});

/** Twenty-four steps with long titles and long words. */
export const LongContent = states.longContent({}, async (element) => {
  await expect(element.shadowRoot!.querySelectorAll('[part~="step"]')).toHaveLength(24);
});

/** Vertical, in a 320 px column. */
export const Narrow = states.narrow({story: protocol});
export const Dark = states.dark({story: milestones}, 560);
export const HostTheme = states.hostTheme({story: milestones});
