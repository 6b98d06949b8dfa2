import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, waitFor} from 'storybook/test';
import type {BadgeVariant} from '../src/index.js';
import {milestones, protocol, untranslated} from './examples.js';
import {customProperties, expectReactiveProperties, expectReady, part, recordEvent, renderedLang, TIMEOUT} from './helpers.js';
import {apiArgTypes, commonArgTypes, stateStories, type CommonArgs} from './state-stories.js';

interface OrgBadgeArgs extends CommonArgs {
  org?: string;
  variant?: BadgeVariant;
}

const orgBadge = (args: OrgBadgeArgs, children?: unknown) => html`<news-org-badge
  .story=${args.story}
  style=${ifDefined(customProperties(args))}
  src=${ifDefined(args.src || undefined)}
  locale=${ifDefined(args.locale || undefined)}
  org=${ifDefined(args.org || undefined)}
  variant=${ifDefined(args.variant)}
  @news-ready=${recordEvent(args.onNewsReady)}
  @news-error=${recordEvent(args.onNewsError)}
  >${children}</news-org-badge
>`;

const TAG = 'news-org-badge';

const meta = {
  title: 'Elements/news-org-badge',
  component: 'news-org-badge',
  // Every story here has a play function; the index cannot see those of the stories made by calls.
  tags: ['play-fn'],
  render: (args) => orgBadge(args),
  args: {variant: 'compact'},
  argTypes: {
    ...apiArgTypes(TAG),
    ...commonArgTypes,
    variant: {control: 'inline-radio', options: ['compact', 'detailed'], type: {name: 'enum', value: ['compact', 'detailed']}},
    org: {control: 'select', options: [undefined, ...protocol.organizations!.map((o) => o.id)], type: 'string'},
  },
} satisfies Meta<OrgBadgeArgs>;

export default meta;
type Story = StoryObj<OrgBadgeArgs>;

const states = stateStories({
  tag: TAG,
  render: orgBadge,
  fallback: html`<a href="https://example.org/alliance-numerique">Alliance numérique</a>`,
  notFound: {story: protocol, org: 'no-such-org'},
});

/** The protocol story's first organisation, compact: initials and name. */
export const Default: Story = {
  args: {story: protocol},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expectReactiveProperties(element, ['story', 'src', 'locale', 'org', 'variant']);
    await expect(part(element, 'facts')).toBeNull();
  },
};

/** Detailed: also kind, region, member count and description. */
export const Detailed: Story = {
  args: {story: protocol, variant: 'detailed'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'facts')).toBeTruthy();
    await expect(part(element, 'description')).toBeTruthy();
  },
};

/** An organisation known by its acronym: the initials are the acronym, as a pill. */
export const Acronym: Story = {
  args: {story: protocol, org: 'ccia'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'logo')).toHaveTextContent('CCIA');
  },
};

/** An organisation with a logo and a website: the name is a link; a member count without a unit. */
export const WithLogoAndLink: Story = {
  args: {story: milestones, variant: 'detailed'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'logo')!.localName).toBe('img');
    await expect(part(element, 'name')).toHaveAttribute('href', 'https://example.org/festival');
  },
};

/** A logo that does not load (here a path to nowhere): the initials stand in for it, as the story format says. */
export const LogoThatFails: Story = {
  args: {
    story: {...milestones, organizations: milestones.organizations!.map((org) => ({...org, logo: './assets/no-such-logo.svg'}))},
    variant: 'detailed',
  },
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    const shown = () => [...element.shadowRoot!.querySelectorAll('[part~="logo"]')].filter((mark) => mark.checkVisibility());
    await waitFor(() => expect(shown().map((mark) => mark.localName)).toEqual(['span']), TIMEOUT);
    // The initials of the name in whichever of the toolbar's languages the badge is shown.
    const initials = {fr: 'FE', en: 'EM', 'zh-Hans': '示'}[renderedLang(element) as 'fr' | 'en' | 'zh-Hans'];
    await expect(shown()[0].textContent!.trim()).toBe(initials);
  },
};

/** In French: "200 entreprises membres". */
export const French = states.inLocale('fr', {story: protocol, variant: 'detailed'}, async (element) => {
  await expect(part(element, 'facts')).toHaveTextContent(/200\s+entreprises membres/);
});

/** In English: "200 member companies". */
export const English = states.inLocale('en', {story: protocol, variant: 'detailed'}, async (element) => {
  await expect(part(element, 'facts')).toHaveTextContent(/200\s+member companies/);
});

/** In Simplified Chinese: "200家会员企业", and the initial of the Chinese name. */
export const Chinese = states.inLocale('zh-Hans', {story: protocol, variant: 'detailed'}, async (element) => {
  await expect(part(element, 'facts')).toHaveTextContent('200家会员企业');
  await expect(part(element, 'logo')).toHaveTextContent('数');
});

/** An organisation described in French only, read in English: the words stay French, marked `lang="fr"`. */
export const Untranslated = states.inLocale('en', {story: untranslated, variant: 'detailed'}, async (element) => {
  await expect(part(element, 'description')).toHaveAttribute('lang', 'fr');
});

export const FromSrc = states.fromSrc({org: 'ccia', variant: 'detailed'});
export const FromInlineScript = states.fromInlineScript({org: 'ccia', variant: 'detailed'});
export const Loading = states.loading();
export const LoadingWithFallback = states.loadingWithFallback();
/** `not-found`: the story has no organisation with this id. */
export const ErrorNotFound = states.error('not-found');
export const ErrorInvalidStory = states.error('invalid-story');
export const ErrorInvalidJson = states.error('invalid-json');
export const ErrorHttp = states.error('http-error');
export const ErrorFetchFailed = states.error('fetch-failed');
export const ErrorTooLarge = states.error('too-large');
export const ErrorWithFallback = states.errorWithFallback();

/** Only an id and a name: initials, no facts, no description, even when detailed. */
export const MissingOptionalFields = states.missingOptionalFields({variant: 'detailed'}, async (element) => {
  await expect(part(element, 'facts')).toBeNull();
  await expect(part(element, 'description')).toBeNull();
});

/** A very long name, acronym, region, member count and description. */
export const LongContent = states.longContent({variant: 'detailed'});

/** Detailed, in a 320 px column. */
export const Narrow = states.narrow({story: protocol, org: 'ccia', variant: 'detailed'});
export const Dark = states.dark({story: protocol, variant: 'detailed'}, 260);
export const HostTheme = states.hostTheme({story: protocol, variant: 'detailed'});
