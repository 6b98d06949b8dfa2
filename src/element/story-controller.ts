/**
 * What every element shares: take the story from whichever input is present, follow the
 * locale, expose loading / ready / error, fire `news-ready` and `news-error`, and know whether
 * the page author wrote fallback children.
 */
import {isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {fetchStory} from '../load/fetch-story.js';
import {parseStory, parseStoryJson} from '../story/parse-story.js';
import {StoryError, type StoryErrorCode} from '../story/story-error.js';
import type {Story} from '../story/types.js';
import {resolveLocale} from '../locale/resolve-locale.js';
import {formattingLocale, interfaceLocale, type InterfaceLocale} from '../locale/interface-locale.js';
import {isInterfaceLocaleLoaded, loadInterfaceLocale, waitingForStrings} from '../locale/messages.js';
import {observeLang} from '../locale/lang-observer.js';
import {dispatchNewsEvent} from './events.js';
import {findChild, inlineStoryOf} from './inline-story.js';

/** The inputs an element exposes: the `story` property and the `src` and `locale` attributes. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement {
  story?: unknown;
  src?: string;
  locale?: string;
  /**
   * Called when the element takes a new input, whichever way it came (an inline document edited
   * in place sets no property): what failed for the story before is forgotten.
   */
  retry?(): void;
}

export type StoryState =
  | {status: 'loading'}
  | {status: 'ready'; story: Story}
  | {status: 'error'; code: StoryErrorCode; message: string};

/** The locale an element renders in, in the three forms its parts need. */
export interface ElementLocale {
  /** The resolved tag (`fr-CA`): which translation of the content to show. */
  tag: string;
  /** The interface language for `msg()`. */
  ui: InterfaceLocale;
  /** The locale `Intl` formats dates and numbers in. */
  intl: string;
}

/**
 * The `hasChanged` of every element's `src`: each set counts, even to the same URL, so that
 * setting `src` again after a failure retries it (see `hostWillUpdate`).
 */
export const everySetCounts = () => true;

// Children that show nothing, so do not count as fallback content: <noscript> shows only where
// scripts are off, and there this code does not run.
const NOT_FALLBACK = ['script', 'noscript', 'template', 'style', 'link', 'meta'];

/**
 * Whether a child of an element is fallback content, shown while the story loads and on
 * failure: an element that shows something, or text. Scripts (the inline document among them),
 * noscripts, templates, styles, comments (such as a framework's markers) and whitespace are not.
 */
export function isFallbackContent(node: Node): boolean {
  // By node type, not instanceof: a node made by an iframe's document is of that window's classes.
  return node.nodeType === 1 /* element */ ? !NOT_FALLBACK.includes((node as Element).localName) : node.nodeType === 3 /* text */ && !!(node as Text).data.trim();
}

// A story object given to many elements is parsed once, and its warnings printed once.
const parsedObjects = new WeakMap<object, Story | StoryError>();

function parseObject(value: unknown): Story {
  if (typeof value !== 'object' || value === null) return parseStory(value);
  let parsed = parsedObjects.get(value);
  if (!parsed) {
    try {
      parsed = parseStory(value);
    } catch (error) {
      parsed = asStoryError(error);
    }
    parsedObjects.set(value, parsed);
  }
  if (parsed instanceof StoryError) throw parsed;
  return parsed;
}

function asStoryError(error: unknown): StoryError {
  return error instanceof StoryError ? error : new StoryError('invalid-story', String((error as Error)?.message ?? error));
}

/**
 * One observer watches the children of every element, rather than one observer each (on a
 * page of cards, 1000 observers). An observer cannot stop watching one node, so a detached
 * element stays watched and is skipped: it asks for an update when it is connected again.
 * Created on first use, since a server has no MutationObserver.
 */
let childObserver: MutationObserver | undefined;
const watched = new WeakSet<Node>();

function notifyHosts(records: MutationRecord[]) {
  for (const record of records) {
    // The change may be deep in the fallback; every watched element around it hears of it (once
    // per batch of records: an element asked again before it updates ignores the second request).
    for (let node: Node | null = record.target; node; node = node.parentNode) {
      if (watched.has(node) && node.isConnected) (node as StoryHost).requestUpdate();
    }
  }
}

function watchChildren(host: StoryHost) {
  childObserver ??= new MutationObserver(notifyHosts);
  watched.add(host);
  // A `story` attribute taken away (see readInput) is an input gone too, and so is a script
  // whose type makes it the inline document, or no longer.
  childObserver.observe(host, {childList: true, subtree: true, characterData: true, attributeFilter: ['story', 'type']});
}

const STORY_ATTRIBUTE = 'a story attribute is not read: set the story property once the element is defined (with passerelle.js, after defineAll())';

type Input =
  | {kind: 'story'; value: unknown}
  | {kind: 'inline'; value: string}
  | {kind: 'src'; value: string}
  | {kind: 'attribute'; value: string};

/**
 * What a failed `src` becomes when `src` is set again: an input that no element reads (an empty
 * `src` is none), so that whatever comes next is new to it, the same URL or no input at all.
 */
const RETRY: Input = {kind: 'src', value: ''};

/**
 * The input that wins: the `story` property, else an inline JSON script, else `src`. (A function
 * rather than a method of StoryController: the minifier shortens its name.)
 */
function readInput(host: StoryHost): Input | undefined {
  // The server's DOM holds no children: there the story is the property.
  const inline = isServer ? undefined : inlineStoryOf(host);
  if (host.story !== undefined && host.story !== null) return {kind: 'story', value: host.story};
  if (inline) return {kind: 'inline', value: inline.textContent ?? ''};
  if (host.src) return {kind: 'src', value: host.src};
  // React and Vue set `story` as a property only on an element that has one: on an element not
  // defined yet (the drop-in defines most of them on first use) they write an attribute,
  // "[object Object]", and the document is lost. Said, rather than loading for good.
  if (host.hasAttribute('story')) return {kind: 'attribute', value: host.getAttribute('story')!};
  return undefined;
}

export class StoryController implements ReactiveController {
  /** What the element should render now. */
  state: StoryState = {status: 'loading'};
  /** Settles on the first update whose interface strings are loaded; until then the element is loading. */
  locale?: ElementLocale;
  /** Whether the page author wrote children to show while loading and on failure. */
  hasFallback = false;

  /** The story drawn now, if the element is ready. */
  get drawnStory(): Story | undefined {
    return this.state.status === 'ready' ? this.state.story : undefined;
  }

  private loaded: StoryState = {status: 'loading'};
  /** The element's custom states, where the browser has them (Chrome 125, Firefox 126, Safari 17.4). */
  private states?: CustomStateSet;
  private input?: Input;
  private wantedLocale?: string;
  /** What was announced last: the story of `news-ready`, or the error state of `news-error`. */
  private announced?: Story | StoryState;
  private stopObservingLang?: () => void;

  /**
   * @param select checks what the element picks from the story (a `quote` or `org` id) and
   *   throws a `not-found` StoryError when the story lacks it.
   * @param prepared whether the element has the code it needs to draw its story (the full
   *   article loads its own module); until then an element that has not drawn its story yet is
   *   loading, and one that has keeps it (drawn as it can) rather than show its fallback.
   */
  constructor(
    private readonly host: StoryHost,
    private readonly select: (story: Story) => void = () => {},
    private readonly prepared: () => boolean = () => true
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.stopObservingLang = observeLang(this.host, () => this.host.requestUpdate());
    // The inline document and the fallback children can arrive after the element is upgraded
    // (a parser still streaming the page, a framework filling it in).
    watchChildren(this.host);
    // Speaking English for strings that did not load (see followLocale): waits again for them.
    if (this.locale && this.locale.ui !== interfaceLocale(this.locale.tag)) waitingForStrings.add(this.host);
    // Moved or re-attached: its children, its place (and so its lang) may have changed, and
    // an answer that arrived while it was detached is still to be announced.
    this.host.requestUpdate();
  }

  /**
   * Called from the element's `willUpdate`. Setting `src` again after it failed retries it, even
   * to the same URL (its `src` property declares every set a change, see `storyProperties`).
   */
  hostWillUpdate(changed: PropertyValues) {
    if (changed.has('src') && this.input?.kind === 'src' && this.loaded.status === 'error') this.input = RETRY;
    // Server rendering (@lit-labs/ssr) calls willUpdate but not the controllers' hostUpdate:
    // decide the state here, so that the server draws the story (its strings loaded beforehand).
    if (isServer) this.hostUpdate();
  }

  hostDisconnected() {
    this.stopObservingLang?.();
    // A removed element is not kept for the strings it waits for; it waits again when back.
    waitingForStrings.delete(this.host);
  }

  hostUpdate() {
    // The server's DOM holds no children, and so no fallback.
    this.hasFallback = !isServer && !!findChild(this.host, isFallbackContent);
    this.useInput(readInput(this.host));
    this.followLocale();
    this.state = this.effectiveState();
    if (this.state.status === 'loading') this.host.setAttribute('aria-busy', 'true');
    else this.host.removeAttribute('aria-busy');
    // :state(fallback) while the author's children show, which keep the page's colour and type
    // (base styles). Internals only for an element that shows them: each costs Blink's heap
    // (0.25 MB per 1000 cards). Without them, no state: Safari before 16.4 has no
    // ElementInternals, Chrome before 125 wants the name "--fallback", and both throw.
    try {
      if (this.hasFallback && this.state.status !== 'ready') (this.states ??= this.host.attachInternals().states).add('fallback');
      else this.states?.delete('fallback');
    } catch {}
  }

  hostUpdated() {
    // Events from a detached element reach no one; announce once it is back in a page. A loading
    // element has nothing to announce; any other state is a story (ready) or a failure (error).
    const state = this.state;
    if (!this.host.isConnected || state.status === 'loading') return;
    const news = state.status === 'ready' ? state.story : state;
    if (news === this.announced) return;
    this.announced = news;
    // Taken out of the page before its event could go (see dispatchNewsEvent): announced when it
    // is back, unless it has announced something else since.
    const unsent = () => {
      if (this.announced === news) this.announced = undefined;
    };
    if (state.status === 'ready') {
      dispatchNewsEvent(this.host, 'news-ready', {story: state.story}, unsent);
    } else {
      const src = this.input?.kind === 'src' ? {src: this.input.value} : {};
      dispatchNewsEvent(this.host, 'news-error', {code: state.code, message: state.message, ...src}, unsent);
      // The element shows only that it cannot; the reason (a field, a status) is for the page's
      // author, who may have no listener: in the console, as the parser's dropped values are.
      console.warn(`passerelle: <${this.host.localName}> ${state.code}: ${state.message}`);
    }
  }

  /** Starts over when the winning input has changed. */
  private useInput(input: Input | undefined) {
    if (input?.kind === this.input?.kind && input?.value === this.input?.value) return;
    this.input = input;
    this.host.retry?.();
    // A new input is a new story to announce, or a new failure, even if it turns out to be the
    // same one again (the same failure keeps its object, see effectiveState).
    this.announced = undefined;
    // A failure stays shown while a new language's strings load (see effectiveState), but only
    // for the input that failed: a new one waits as any new story does.
    if (this.state.status === 'error') this.state = {status: 'loading'};
    this.loaded = {status: 'loading'};
    try {
      if (input?.kind === 'story') this.loaded = ready(parseObject(input.value));
      else if (input?.kind === 'inline') this.loaded = ready(parseStoryJson(input.value));
      else if (input?.kind === 'attribute') this.loaded = failed(new StoryError('invalid-story', STORY_ATTRIBUTE));
      else if (input?.kind === 'src') {
        fetchStory(input.value).then(
          (story) => this.settle(input, ready(story)),
          (error) => this.settle(input, failed(asStoryError(error)))
        );
      }
    } catch (error) {
      // An inline document that fails while the page loads may be one the parser is still
      // writing (a script that runs early, a slow page): it loads, and is read again as it
      // grows and once the page has loaded, when it is whole. (Its events would wait till then
      // anyway: see dispatchNewsEvent.)
      if (input?.kind === 'inline' && document.readyState === 'loading') {
        this.input = undefined; // so that the same text is read again
        document.addEventListener('DOMContentLoaded', () => this.host.requestUpdate(), {once: true});
      } else this.loaded = failed(asStoryError(error));
    }
  }

  /**
   * An answer for `input`, unless that object has been replaced since: by the next input taken
   * (readInput makes a new object each time), or by RETRY. (Its identity, not a counter of
   * requests: fewer bytes.)
   */
  private settle(input: Input, state: StoryState) {
    if (input !== this.input) return; // the answer to an input that has since changed
    this.loaded = state;
    this.host.requestUpdate();
  }

  /**
   * Re-resolves the locale. A new one takes effect once its interface strings have loaded, so
   * content, dates and buttons always change language together.
   */
  private followLocale() {
    const story = this.loaded.status === 'ready' ? this.loaded.story : undefined;
    // With no lang on the page, the story's decides: wait for it, rather than render in English
    // first; a failure with no story at all is told in English.
    const tag = resolveLocale(this.host, this.host.locale, story?.lang) ?? (this.loaded.status === 'error' ? 'en' : undefined);
    if (tag === undefined) return;
    const ui = interfaceLocale(tag);
    // The shown locale, unless it is English standing in for strings that have loaded since.
    if (tag === this.locale?.tag && (this.locale.ui === ui || !isInterfaceLocaleLoaded(ui))) {
      this.wantedLocale = undefined; // back to the shown locale: forget one still loading
      return;
    }
    if (tag === this.wantedLocale) return;
    const apply = (uiLocale: InterfaceLocale) => {
      if (this.wantedLocale !== tag) return; // another locale was asked for meanwhile
      this.wantedLocale = undefined;
      this.locale = {tag, ui: uiLocale, intl: formattingLocale(tag)};
    };
    this.wantedLocale = tag;
    if (isInterfaceLocaleLoaded(ui)) return apply(ui);
    loadInterfaceLocale(ui).then(
      () => apply(ui),
      () => {
        // Said once in the console, by loadInterfaceLocale. Waiting for the strings to load
        // later, unless removed meanwhile: nothing would let go of it while they keep failing
        // (it waits again once it is back, see hostConnected).
        if (this.host.isConnected) waitingForStrings.add(this.host);
        apply('en');
      }
    ).finally(() => this.host.requestUpdate());
  }

  private effectiveState(): StoryState {
    const loaded = this.loaded;
    // Until the interface strings are loaded there is nothing to say in the reader's language.
    // Until the element has the code to draw it, a story waits, unless it is the one drawn now
    // (a card switched to full stays a card): a new story is announced as it will be drawn.
    const drawn = this.state.status === 'ready' && loaded.status === 'ready' && this.state.story === loaded.story;
    // A new story also waits for the strings of the locale it brings (a page without lang reads
    // the story's), rather than be drawn and announced with the last story's buttons and dates;
    // a failure shown keeps showing, in the old language until the new one's strings are here.
    const waitsForStrings = this.wantedLocale && loaded.status === 'ready' && this.state.status !== 'error';
    if (!this.locale || (!drawn && (waitsForStrings || !this.prepared()))) return {status: 'loading'};
    if (loaded.status !== 'ready') return loaded;
    try {
      this.select(loaded.story);
    } catch (error) {
      const e = asStoryError(error);
      const previous = this.state;
      // The same failure keeps its object, so that it is announced once per input (see useInput).
      return previous.status === 'error' && previous.code === e.code && previous.message === e.message
        ? previous
        : failed(e);
    }
    return loaded;
  }
}

const ready = (story: Story): StoryState => ({status: 'ready', story});
const failed = (error: StoryError): StoryState => ({status: 'error', code: error.code, message: error.message});
