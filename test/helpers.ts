/** What the element tests share: the protocol story, fixtures and waiting for a state. */
import {expect, oneEvent} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {render, type TemplateResult} from 'lit';
import type {Story, StoryDocument} from '../src/story/types.js';
import type {NewsErrorEvent, NewsReadyEvent} from '../src/element/events.js';
import './readable-failures.js';

/** The interface languages, in which the elements' tests draw the protocol story. */
export const LOCALES = ['fr', 'en', 'zh-Hans'] as const;

/** Whether the tests run in Firefox (web-test-runner.firefox.config.mjs) rather than Chromium. */
export const inFirefox = navigator.userAgent.includes('Firefox/');

/**
 * Around tests that need what only Chromium's DevTools protocol gives a test here, said by
 * `title`: in Firefox, whose WebDriver BiDi has none of it, they are not defined. The others of
 * a file run in both engines.
 */
export function inChromiumAlone(title: string, tests: () => void) {
  if (!inFirefox) describe(title, tests);
}

/** Around the tests that emulate a colour scheme or a medium (dark, print, forced colours, more contrast). */
export const inEmulatedMedia = (tests: () => void) => inChromiumAlone('in an emulated scheme or medium', tests);

/** Around the tests that collect garbage (gc(), which Chromium exposes: test/chromium.mjs). */
export const withGarbageCollector = (tests: () => void) => inChromiumAlone('with the garbage collector at hand', tests);

export const PROTOCOL_STORY_URL = '/src/content/alliance-numerique-ccia.json';

let protocolStory: Promise<StoryDocument> | undefined;

/** A fresh copy of the protocol story document, as a page would have it. */
export async function protocolDocument(): Promise<StoryDocument> {
  protocolStory ??= fetch(PROTOCOL_STORY_URL).then((r) => r.json());
  return structuredClone(await protocolStory);
}

/** A small valid document: the least a story needs, plus whatever `extra` adds. */
export function minimalDocument(extra: Partial<StoryDocument> = {}): StoryDocument {
  return {format: 'passerelle.story/1', id: 'minimal', lang: 'en', headline: 'A headline', ...extra};
}

export const ready = (el: Element) => oneEvent(el, 'news-ready') as Promise<NewsReadyEvent>;
export const failed = (el: Element) => oneEvent(el, 'news-error') as Promise<NewsErrorEvent>;

export type DrawnElement = HTMLElement & {story: unknown; updateComplete: Promise<unknown>};

/**
 * Creates `tag` with these attributes (in English unless they say otherwise) and this story,
 * adds it to the page (in `container`, already in it) and waits until it has drawn the story.
 * The caller removes it.
 */
export async function drawStory(tag: string, attributes: Record<string, string>, story: unknown, container: Element = document.body): Promise<DrawnElement> {
  const el = document.createElement(tag) as DrawnElement;
  el.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.story = story;
  const shown = ready(el);
  container.append(el);
  await shown;
  await el.updateComplete;
  return el;
}

/** The element's shadow root, asserted present. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The element's first shadow part named `name`, or null. */
export const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** The language a node's text is marked in: its own `lang`, else its nearest ancestor's in its tree. */
export const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? null;

/** Whether the element shows its author's fallback children (their wrapper is drawn only then). */
export const fallbackShown = (el: Element) => part(el, 'fallback')?.checkVisibility() ?? false;

/** Every shadow part of the element named `name`, in document order. */
export const parts = (el: Element, name: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** Visible text of an element's shadow root, whitespace collapsed. */
export function renderedText(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Everything a reader could see, including text drawn by CSS is out of reach: this is the DOM text. */
export function assertNoJunk(el: Element) {
  const text = renderedText(el);
  for (const junk of ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]']) {
    if (text.includes(junk)) throw new Error(`<${el.localName}> shows "${junk}": ${text.slice(0, 200)}`);
  }
}

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((container) => container.remove()));

/**
 * Renders `template` (one element) into the page and waits for its first `news-ready` or
 * `news-error`, listening before the element is attached so that no event is missed.
 */
export async function mount<T extends HTMLElement & {updateComplete: Promise<unknown>}>(
  template: TemplateResult,
  parent: HTMLElement = document.body
): Promise<{el: T; event: NewsReadyEvent | NewsErrorEvent}> {
  const container = document.createElement('div');
  render(template, container);
  const el = container.firstElementChild as T;
  const settled = new Promise<NewsReadyEvent | NewsErrorEvent>((resolve) => {
    container.addEventListener('news-ready', (e) => resolve(e as NewsReadyEvent), {once: true});
    container.addEventListener('news-error', (e) => resolve(e as NewsErrorEvent), {once: true});
  });
  mounted.push(container);
  parent.append(container);
  const event = await settled;
  await el.updateComplete;
  return {el, event};
}

export type {Story};

/**
 * A text with its non-breaking spaces as ordinary ones: French text is shown with non-breaking
 * spaces where a line must not break (inside « », before : ; ! ?, see src/story/pick-text.ts), so
 * this compares the words shown with the words of the document, space kinds apart.
 */
export const withPlainSpaces = (text: string | null) => text?.replaceAll('\u00a0', ' ') ?? null;

/** A range over characters `start` to `end` of a text node: where they are drawn (getClientRects, one box a line). */
export function textRange(node: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

type Rect = {x: number; y: number; width: number; height: number};

/** Whether anything is drawn in this rectangle of the viewport, on the colour of its first pixel. */
export async function drawnIn(rect: Rect): Promise<boolean> {
  const png = await executeServerCommand<string, Rect>('pixels', rect);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const {data} = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return data.some((value, i) => i % 4 !== 3 && Math.abs(value - data[i % 4]) > 60);
}

/** Where an element's text is drawn, a rectangle per line (an inline block's own box is one for all its lines). */
export function textRects(el: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(el);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

/**
 * Checks, on the pixels drawn, the marks between the items of a `separated` line (a step's status
 * and date, a badge's facts): one between two items that share a line, and nothing after an item
 * whose next one starts a line. Returns how many pairs shared a line and how many did not. The
 * parent must be in the viewport, unscrolled.
 */
export async function expectMarksOnlyBetween(parent: Element): Promise<{shared: number; apart: number}> {
  let shared = 0;
  let apart = 0;
  const items = [...parent.children];
  for (const [i, item] of items.slice(0, -1).entries()) {
    const end = textRects(item).at(-1)!;
    const next = textRects(items[i + 1])[0];
    const line = {y: Math.round(end.top), height: Math.round(end.height)};
    expect(line.y + line.height, 'in the viewport').to.be.below(window.innerHeight);
    const pair = `"${item.textContent}" and "${items[i + 1].textContent}"`;
    if (Math.abs(next.top - end.top) < 2) {
      shared++;
      const between = {x: Math.ceil(end.right) + 1, width: Math.floor(next.left - end.right) - 2, ...line};
      expect(await drawnIn(between), `a mark between ${pair}`).to.be.true;
      // Apart from the words on either side, not touching them.
      expect(await drawnIn({...between, width: 2}), `the mark between ${pair}, apart from the first`).to.be.false;
      expect(await drawnIn({...between, x: Math.floor(next.left) - 3, width: 2}), `the mark between ${pair}, apart from the second`).to.be.false;
    } else {
      apart++;
      const after = {x: Math.ceil(end.right) + 2, width: Math.floor(parent.getBoundingClientRect().right - end.right) - 2, ...line};
      expect(await drawnIn(after), `nothing after ${pair.split(' and ')[0]} at the end of its line, the next on another`).to.be.false;
    }
  }
  return {shared, apart};
}

/** Whether each element is collected once `win` has collected garbage a few times. */
export async function collected(win: Window, refs: WeakRef<Element>[]) {
  // Collected within a few collections: one pass may find one still referenced by a task in
  // flight, and on a loaded machine such tasks run late (five passes 20 ms apart once fell
  // short). Up to 20 passes, some 4 s: a reference kept until one of the library's time limits
  // fires (a chunk's or a fetch's, 15 s) still fails.
  // Each pass after a frame of the page, too: what the browser keeps of a removed node until its
  // next rendering (its layout, or its accessibility tree, which a test of another file may have
  // turned on in the same browser) is not a leak. Once, the card alone stayed after 20 passes.
  // Each collection in a task of its own, with no script on the stack (V8's asynchronous gc).
  // Called from script, under load, in 7 pages of some 1,100 both elements stayed for all 20
  // passes, and went at the first collection called from elsewhere: most likely a stale word on
  // the stack that looked like a pointer to them (a collection from script reads the stack
  // conservatively), found again at each pass as the loop calls from the same place. In 960
  // pages under the same load with this one, none stayed; one held by a timer still stays.
  for (let pass = 0; pass < 20 && refs.some((ref) => ref.deref()); pass++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => {
      win.requestAnimationFrame(resolve);
      setTimeout(resolve, 100); // a frame not drawn (a hidden page) does not hold the pass
    });
    await (win as unknown as {gc: (options: object) => Promise<void>}).gc({type: 'major', execution: 'async'});
  }
  return refs.map((ref) => ref.deref() === undefined);
}
