import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect} from 'storybook/test';
import type {BadgeVariant} from '../src/index.js';
import {invalidJson, invalidStory, long, milestones, minimal, missingUrl, protocol, protocolUrl, refusedUrl, tooLargeUrl, untranslated} from './examples.js';
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

interface OrgBadgeArgs extends EventArgs {
  story?: unknown;
  src?: string;
  locale?: string;
  org?: string;
  variant?: BadgeVariant;
}

const orgBadge = (args: OrgBadgeArgs, children?: unknown) => html`<news-org-badge
  .story=${args.story}
  src=${ifDefined(args.src || undefined)}
  locale=${ifDefined(args.locale || undefined)}
  org=${ifDefined(args.org || undefined)}
  variant=${ifDefined(args.variant)}
  @news-ready=${recordEvent(args.onNewsReady)}
  @news-error=${recordEvent(args.onNewsError)}
  >${children}</news-org-badge
>`;

const meta = {
  title: 'Elements/news-org-badge',
  component: 'news-org-badge',
  render: (args) => orgBadge(args),
  args: {variant: 'compact'},
  argTypes: {
    story: {control: 'object'},
    variant: {control: 'inline-radio', options: ['compact', 'detailed']},
    org: {control: 'select', options: [undefined, ...protocol.organizations!.map((o) => o.id)]},
    locale: {control: 'select', options: [undefined, 'fr', 'en', 'zh-Hans', 'fr-CA', 'zh-CN']},
  },
} satisfies Meta<OrgBadgeArgs>;

export default meta;
type Story = StoryObj<OrgBadgeArgs>;

const TAG = 'news-org-badge';

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

/** In French: "200 entreprises membres". */
export const French: Story = {
  args: {story: protocol, variant: 'detailed'},
  globals: {locale: 'fr'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('fr');
    await expect(part(element, 'facts')).toHaveTextContent(/200\s+entreprises membres/);
  },
};

/** In English: "200 member companies". */
export const English: Story = {
  args: {story: protocol, variant: 'detailed'},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'facts')).toHaveTextContent(/200\s+member companies/);
  },
};

/** In Simplified Chinese: "200家会员企业", and the initial of the Chinese name. */
export const Chinese: Story = {
  args: {story: protocol, variant: 'detailed'},
  globals: {locale: 'zh-Hans'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'facts')).toHaveTextContent('200家会员企业');
    await expect(part(element, 'logo')).toHaveTextContent('数');
  },
};

/** An organisation described in French only, read in English: the words stay French, marked `lang="fr"`. */
export const Untranslated: Story = {
  args: {story: untranslated, variant: 'detailed'},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(renderedLang(element)).toBe('en');
    await expect(part(element, 'description')).toHaveAttribute('lang', 'fr');
  },
};

/** The story fetched from `src` (the shipped JSON file). */
export const FromSrc: Story = {
  args: {src: protocolUrl, org: 'ccia', variant: 'detailed'},
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
  render: (args) => orgBadge(args, html`<a href="https://example.org/alliance-numerique">Alliance numérique</a>`),
  play: async ({canvasElement}) => {
    await expectLoading(canvasElement, TAG);
  },
};

/** `not-found`: the story has no organisation with this id. */
export const ErrorNotFound: Story = {
  args: {story: protocol, org: 'no-such-org'},
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
  render: (args) => orgBadge(args, inlineJson(invalidJson)),
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
  render: (args, {loaded}) => orgBadge({...args, src: loaded.src as string}),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'too-large');
  },
};

/** A failure with fallback children: the fallback stays, no message is added. */
export const ErrorWithFallback: Story = {
  args: {story: protocol, org: 'no-such-org'},
  render: (args) => orgBadge(args, fallbackLink),
  play: async ({canvasElement}) => {
    await expectError(canvasElement, TAG, 'not-found');
  },
};

/** Only an id and a name: initials, no facts, no description, even when detailed. */
export const MissingOptionalFields: Story = {
  args: {story: minimal, variant: 'detailed'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(part(element, 'facts')).toBeNull();
    await expect(part(element, 'description')).toBeNull();
  },
};

/** A very long name, acronym, region, member count and description. */
export const LongContent: Story = {
  args: {story: long, variant: 'detailed'},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** Detailed, in a 320 px column. */
export const Narrow: Story = {
  args: {story: protocol, org: 'ccia', variant: 'detailed'},
  decorators: [inContainer('320px')],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** The dark defaults (`prefers-color-scheme: dark`). */
export const Dark: Story = {
  args: {story: protocol, variant: 'detailed'},
  globals: {scheme: 'dark'},
  parameters: {docs: {story: {inline: false, iframeHeight: 260}}},
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(getComputedStyle(part(element, 'base')!).backgroundColor).toBe('rgb(29, 31, 35)');
  },
};

/** A host page's theme through the `--news-*` custom properties. */
export const HostTheme: Story = {
  args: {story: protocol, variant: 'detailed'},
  decorators: [hostTheme],
  play: async ({canvasElement}) => {
    const element = await expectReady(canvasElement, TAG);
    await expect(getComputedStyle(part(element, 'base')!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  },
};
