/**
 * The stories every element has, whatever it shows: the story fetched from `src` or written in an
 * inline script, loading, each kind of error, only the required fields, long content, a 320 px
 * column, the dark defaults, a host page's theme, and the toolbar's languages. Each stories file
 * makes them from its element's tag and render function, and passes only what is its own: the
 * args that show something, and the checks that only this element can make.
 *
 * Storybook reads a file's stories from its exports, so each file still names every story:
 * `export const Loading = states.loading();`. The name of the export is the story's name and id.
 *
 * Descriptions in the docs: the stories that mean the same for every element describe themselves
 * here (`parameters.docs.description.story`, which wins over a JSDoc comment on the export). The
 * others (`not-found`, missing fields, long content, narrow, a language) take their description
 * from the JSDoc comment on their export, as a story written out in full does.
 *
 * Storybook's index cannot see the play functions of stories made by a call, so each file's meta
 * tags them all `play-fn` (every story of these files has one).
 */
import type {ArgTypes, StoryObj} from '@storybook/web-components-vite';
import type {TemplateResult} from 'lit';
import {expect} from 'storybook/test';
// Generated from the elements' JSDoc by `npm run analyze`, which every Storybook script runs first.
import manifest from '../custom-elements.json';
import type {StoryErrorCode} from '../src/index.js';
import {partRow, slotRow} from '../.storybook/docs-manifest.js';
import {invalidJson, invalidStory, long, minimal, missingUrl, protocol, protocolUrl, refusedUrl, tooLargeUrl} from './examples.js';
import {
  expectError,
  expectLoading,
  expectReady,
  fallbackLink,
  hostPage,
  hostThemeProperties,
  inContainer,
  inlineJson,
  part,
  renderedLang,
  type CustomPropertyArgs,
  type EventArgs,
  type NewsElement,
} from './helpers.js';

/** The args every element takes, besides its own; the `--news-*` ones are set on the element's style. */
export interface CommonArgs extends EventArgs, CustomPropertyArgs {
  story?: unknown;
  src?: string;
  locale?: string;
}

/**
 * Controls for the args every element takes; each meta adds its own. Each arg a URL can carry
 * (`?args=…`) has a `type` Storybook knows: the types the docs table shows come from
 * custom-elements.json (`ArticleLayout`, `string | undefined`), and Storybook drops a URL arg
 * whose type it does not know, so a shared link or a reload would lose it.
 */
export const commonArgTypes = {
  story: {control: 'object'},
  src: {control: 'text', type: 'string'},
  locale: {control: 'select', options: [undefined, 'fr', 'en', 'zh-Hans', 'fr-CA', 'zh-CN'], type: 'string'},
} satisfies Partial<ArgTypes<CommonArgs>>;

interface ManifestDeclaration {
  tagName?: string;
  members?: {kind: string; name: string; attribute?: string}[];
  events?: {name: string}[];
  slots?: {name: string}[];
  cssParts?: {name: string}[];
  cssProperties?: {name: string}[];
}

/**
 * The rest of the element's API table, as .storybook/docs-manifest.ts names its rows: each
 * `--news-*` custom property a control (a colour picker for the colours) that the render sets
 * on the element's style; no control for the rows an arg cannot set (parts, the slot, events,
 * and a property whose attribute has its own row, `headingLevel` beside `heading-level`).
 */
export function apiArgTypes(tag: string): ArgTypes {
  const declaration = (manifest.modules as {declarations?: ManifestDeclaration[]}[])
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`<${tag}> is not in custom-elements.json`);
  const none = {control: false} as const;
  const argTypes: ArgTypes = {};
  for (const {name} of declaration.cssProperties ?? []) {
    argTypes[name] = {control: name.endsWith('-color') ? 'color' : 'text', type: 'string'};
  }
  for (const {name} of declaration.cssParts ?? []) argTypes[partRow(name)] = none;
  for (const {name} of declaration.slots ?? []) argTypes[slotRow(name)] = none;
  for (const {name} of declaration.events ?? []) argTypes[name] = none;
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && member.attribute && member.attribute !== member.name) argTypes[member.name] = none;
  }
  return argTypes;
}

/** What only this element can check once it shows its story. */
export type Check = (element: NewsElement) => Promise<void>;

export interface StateStoriesOf<A extends CommonArgs> {
  /** The element's tag name, as the checks find it in the story. */
  tag: string;
  /** The element with `args`, and `children` as its light DOM (a fallback, an inline document). */
  render: (args: A, children?: unknown) => TemplateResult;
  /** What a page author would write inside the element, shown while loading and on failure. */
  fallback?: unknown;
  /** Args with a story in which the element finds nothing to show (`not-found`), if it can. */
  notFound?: Partial<A>;
}

/** The codes any element can fail with, whatever it is asked to show. */
type CommonErrorCode = Exclude<StoryErrorCode, 'not-found' | 'timeout'>;

/** The toolbar's interface languages. */
type Locale = 'fr' | 'en' | 'zh-Hans';

export function stateStories<A extends CommonArgs>({tag, render, fallback = fallbackLink, notFound}: StateStoriesOf<A>) {
  type Story = StoryObj<A>;
  // All the checks need of a story's context, so they fit the play functions of any args.
  type Play = (context: {canvasElement: HTMLElement}) => Promise<void>;

  const described = (story: string) => ({docs: {description: {story}}});
  // Args every element takes (TypeScript cannot know that A, which extends them, does not narrow them).
  const common = (args: Partial<CommonArgs>) => args as Partial<A>;
  const inside = (children: unknown) => (args: A) => render(args, children);

  const ready =
    (check?: Check): Play =>
    async ({canvasElement}) => {
      const element = await expectReady(canvasElement, tag);
      await check?.(element);
    };
  const fails =
    (code: StoryErrorCode): Play =>
    async ({canvasElement}) => {
      await expectError(canvasElement, tag, code);
    };
  const loads: Play = async ({canvasElement}) => {
    await expectLoading(canvasElement, tag);
  };
  /** Nothing is cut or scrolls sideways: everything wraps. */
  const fits = async (element: HTMLElement) => {
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  };
  const background = (element: HTMLElement) => getComputedStyle(part(element, 'base')!).backgroundColor;

  // How a story makes the element fail with each of them.
  const errors: Record<CommonErrorCode, Story> = {
    'invalid-story': {
      args: common({story: invalidStory}),
      parameters: described("`invalid-story`: the document lacks its headline; a short message in the reader's language."),
    },
    'invalid-json': {
      // A script made at each render: one made once would be moved into each new element, and
      // the one before (after a change of the toolbar) left with none, loading for good.
      render: (args) => render(args, inlineJson(invalidJson)),
      parameters: described('`invalid-json`: the inline `<script type="application/json">` is cut short.'),
    },
    'http-error': {
      args: common({src: missingUrl}),
      parameters: described('`http-error`: `src` names a file the server does not have (404).'),
    },
    'fetch-failed': {
      args: common({src: refusedUrl}),
      parameters: described('`fetch-failed`: the request cannot be made at all (a port browsers refuse).'),
    },
    'too-large': {
      loaders: [async () => ({src: tooLargeUrl()})],
      render: (args, {loaded}) => render({...args, src: loaded.src as string}),
      parameters: described('`too-large`: the document is over 1 MiB.'),
    },
  };

  return {
    /** The story fetched from `src`, with `args` to choose what to show of it. */
    fromSrc: (args: Partial<A> = {}): Story => ({
      args: {src: protocolUrl, ...args},
      play: ready(),
      parameters: described('The story fetched from `src` (the shipped JSON file), not given as a property.'),
    }),

    /** The story in a `<script type="application/json">` child, the input for a page without JavaScript of its own. */
    fromInlineScript: (args: Partial<A> = {}): Story => ({
      args,
      render: (args) => render(args, inlineJson(JSON.stringify(protocol, null, 2))),
      play: ready(),
      parameters: described(
        'The story written into the page, in a `<script type="application/json">` child: no request, and no script of the page\'s own to set a property.'
      ),
    }),

    loading: (): Story => ({
      play: loads,
      parameters: described('No story yet: busy, with an empty placeholder that holds the space.'),
    }),

    loadingWithFallback: (): Story => ({
      render: inside(fallback),
      play: loads,
      parameters: described("No story yet, with the page author's fallback link shown meanwhile."),
    }),

    /** Fails with `code`. `not-found` takes the element's `notFound` args, and its description from the export's JSDoc. */
    error: (code: CommonErrorCode | 'not-found'): Story => {
      if (code !== 'not-found') return {...errors[code], play: fails(code)};
      if (!notFound) throw new Error(`<${tag}> has no notFound args`);
      return {args: notFound, play: fails(code)};
    },

    /** Fails (`not-found` if the element can, else `http-error`) with fallback children. */
    errorWithFallback: (): Story => ({
      args: notFound ?? common({src: missingUrl}),
      render: inside(fallback),
      play: fails(notFound ? 'not-found' : 'http-error'),
      parameters: described('A failure with fallback children: the fallback stays, and no error message is added.'),
    }),

    /** The `minimal` document, with `args`; `check` sees that what is missing is not shown. */
    missingOptionalFields: (args: Partial<A>, check: Check): Story => ({
      args: {story: minimal, ...args},
      play: ready(check),
    }),

    /** The `long` document, with `args`: it fits its width; `check` for more. */
    longContent: (args: Partial<A> = {}, check?: Check): Story => ({
      args: {story: long, ...args},
      play: ready(async (element) => {
        await fits(element);
        await check?.(element);
      }),
    }),

    /** In a 320 px column: no wider, and nothing sticks out. */
    narrow: (args: Partial<A>): Story => ({
      args,
      decorators: [inContainer('320px')],
      play: ready(async (element) => {
        await expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
        await fits(element);
      }),
    }),

    /** The toolbar's dark scheme; on the docs page in a frame `iframeHeight` px high (see .storybook/color-scheme.ts). */
    dark: (args: Partial<A>, iframeHeight: number): Story => ({
      args,
      globals: {scheme: 'dark'},
      parameters: {docs: {story: {inline: false, iframeHeight}, description: {story: 'The dark defaults (`prefers-color-scheme: dark`).'}}},
      play: ready(async (element) => {
        await expect(background(element)).toBe('rgb(29, 31, 35)');
      }),
    }),

    hostTheme: (args: Partial<A>): Story => ({
      args: {...common(hostThemeProperties), ...args},
      decorators: [hostPage],
      parameters: described("A host page's theme through the `--news-*` custom properties: transparent surface, serif, its own accent."),
      play: ready(async (element) => {
        await expect(background(element)).toBe('rgba(0, 0, 0, 0)');
      }),
    }),

    /** With the toolbar's language set to `locale`: the element speaks it, and `check` sees what it says. */
    inLocale: (locale: Locale, args: Partial<A>, check: Check): Story => ({
      // The element's own locale too, so that its Show code gives markup that speaks the language.
      args: {locale, ...args},
      globals: {locale},
      play: ready(async (element) => {
        await expect(renderedLang(element)).toBe(locale);
        await check(element);
      }),
    }),
  };
}
