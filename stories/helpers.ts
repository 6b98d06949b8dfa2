/** What every stories file shares: inputs that are not attributes, page decorators, and checks for play functions. */
import {html, type TemplateResult} from 'lit';
import {expect, waitFor} from 'storybook/test';
import type {NewsErrorDetail, StoryErrorCode} from '../src/index.js';
import {isFallbackContent} from '../src/element/story-controller.js';

/** A `<script type="application/json">` child holding `json` as written (valid or not). */
export function inlineJson(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
}

/** Fallback children, as a page author would write them: shown while loading and on failure. */
export const fallbackLink = html`<a href="https://example.org/news/alliance-numerique-ccia"
  >L’Alliance numérique et la CCIA signent un protocole</a
>`;

// The last news-ready / news-error each element fired, for play functions to check.
const lastEvent = new WeakMap<EventTarget, CustomEvent>();

/** What the Actions panel shows of an event: a DOM event itself shows there as `{__className__: "CustomEvent", isTrusted: false}`. */
export interface LoggedEvent {
  type: string;
  detail: unknown;
}

/**
 * A listener for `@news-ready` / `@news-error` that remembers the event (the element may well
 * fire it before a play function runs) and passes its type and detail (the story, or the error's
 * code and message) on to the story's action.
 */
export function recordEvent(action?: (event: LoggedEvent) => void) {
  return (event: Event) => {
    lastEvent.set(event.currentTarget!, event as CustomEvent);
    action?.({type: event.type, detail: (event as CustomEvent).detail});
  };
}

/** Args every element shares: the events, logged in the Actions panel. */
export interface EventArgs {
  onNewsReady?: (event: LoggedEvent) => void;
  onNewsError?: (event: LoggedEvent) => void;
}

/** The public `--news-*` custom properties, as args: set on the element's own style. */
export type CustomPropertyArgs = {[property: `--news-${string}`]: string | undefined};

/**
 * The `--news-*` args that are set, as the element's `style` attribute (`style=${ifDefined(customProperties(args))}`),
 * or undefined when none is: the attribute, unlike Lit's styleMap, is not left behind empty.
 */
export function customProperties(args: object): string | undefined {
  const set = Object.entries(args).filter(([name, value]) => name.startsWith('--news-') && value != null && value !== '');
  return set.length ? set.map(([name, value]) => `${name}: ${value}`).join('; ') : undefined;
}

/**
 * A decorator that only wraps the story. Typed by the one parameter it uses, it fits stories of any
 * args type, generic ones too (stories/state-stories.ts), where Storybook's `Decorator` does not.
 */
type Wrapper = (story: () => unknown) => TemplateResult;

/** Puts the story in a container `width` wide, as in a page's column. */
export const inContainer =
  (width: string): Wrapper =>
  (story) =>
    html`<div style="width: ${width}; max-width: 100%; outline: 1px dashed #8a8f98; outline-offset: 4px">${story()}</div>`;

/**
 * A host site's theme, through the public `--news-*` properties only, blending the embed into its
 * page: args, so that the Controls panel shows them and *Show code* writes them on the element.
 */
export const hostThemeProperties = {
  '--news-font-family': 'Georgia, serif',
  '--news-text-color': '#2b2118',
  '--news-muted-color': '#5c4636',
  '--news-accent-color': '#a4001d',
  '--news-surface-color': 'transparent',
  '--news-border-color': '#c9b79c',
  '--news-radius': '0',
  '--news-space': '1.25rem',
} satisfies CustomPropertyArgs;

/** The host site's page around the story: its own background and text colour. */
export const hostPage: Wrapper = (story) =>
  html`<div style="background: #fbf5ea; color: #2b2118; color-scheme: light; padding: 1rem">${story()}</div>`;

/** An element of this package, as the checks below find it. */
export type NewsElement = HTMLElement & {updateComplete: Promise<boolean>};

/** How long a check waits for what a request brings (a story, a failed logo): the test machine may be busy. */
export const TIMEOUT = {timeout: 5000};

function find(canvasElement: HTMLElement, tag: string): NewsElement {
  const element = canvasElement.querySelector<NewsElement>(tag);
  if (!element) throw new Error(`no <${tag}> in the story`);
  return element;
}

/** Waits for `news-ready`, then checks the element shows its story and nothing else. */
export async function expectReady(canvasElement: HTMLElement, tag: string): Promise<NewsElement> {
  const element = find(canvasElement, tag);
  await waitFor(() => expect(lastEvent.get(element)?.type).toBe('news-ready'), TIMEOUT);
  await element.updateComplete;
  await expect(element).not.toHaveAttribute('aria-busy');
  const root = element.shadowRoot!;
  await expect(root.querySelector('[part~="base"]')).toBeTruthy();
  // The story alone: the fallback's wrapper (and so its slot) is gone.
  await expect(root.querySelector('[part~="fallback"]')).toBeNull();
  await expect(root.textContent).not.toMatch(/\b(undefined|null|NaN|Invalid Date)\b/);
  return element;
}

/** Waits for `news-error` with `code`, then checks the element shows its fallback or a message. */
export async function expectError(canvasElement: HTMLElement, tag: string, code: StoryErrorCode): Promise<NewsElement> {
  const element = find(canvasElement, tag);
  await waitFor(() => expect(lastEvent.get(element)?.type).toBe('news-error'), TIMEOUT);
  await expect((lastEvent.get(element)!.detail as NewsErrorDetail).code).toBe(code);
  await element.updateComplete;
  await expect(element).not.toHaveAttribute('aria-busy');
  const root = element.shadowRoot!;
  await expect(root.querySelector('[part~="base"]')).toBeNull();
  // The author's fallback children show again; without them, a message does.
  const hasFallback = [...element.childNodes].some(isFallbackContent);
  await expect(root.querySelector('[part~="fallback"]') !== null).toBe(hasFallback);
  if (hasFallback) await expect(root.querySelector('[part~="error"]')).toBeNull();
  else await expect(root.querySelector('[part~="error"]')).toHaveAttribute('role', 'status');
  return element;
}

/** Checks the element is still loading, a moment after it was connected: busy, and nothing announced. */
export async function expectLoading(canvasElement: HTMLElement, tag: string): Promise<NewsElement> {
  const element = find(canvasElement, tag);
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await expect(element).toHaveAttribute('aria-busy', 'true');
  await expect(lastEvent.get(element)).toBeUndefined();
  const root = element.shadowRoot!;
  await expect(root.querySelector('[part~="base"]')).toBeNull();
  // The author's fallback children show while loading; without them, a placeholder does.
  const hasFallback = [...element.childNodes].some(isFallbackContent);
  await expect(root.querySelector('[part~="fallback"]') !== null).toBe(hasFallback);
  await expect(root.querySelector('[part~="loading"]') !== null).toBe(!hasFallback);
  return element;
}

/** The element's shadow part named `name` (the first one), or null. */
export const part = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The language a node's text is marked in: its own `lang`, else its nearest ancestor's in its tree. */
export const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? null;

/** The interface language the element renders in (its shadow content's `lang`). */
export function renderedLang(element: HTMLElement): string | null {
  return element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang');
}

/**
 * The element's properties are Lit's reactive accessors, not own fields that hide them: the
 * build compiled the class with `useDefineForClassFields: false`, as tsconfig.json asks.
 */
export async function expectReactiveProperties(element: HTMLElement, names: string[]) {
  for (const name of names) {
    await expect(Object.hasOwn(element, name), `own field "${name}" hides Lit's accessor`).toBe(false);
    await expect(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), name)?.set).toBe('function');
  }
}
