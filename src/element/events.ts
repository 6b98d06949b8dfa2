import {isServer} from 'lit';
import type {Story} from '../story/types.js';
import type {StoryErrorCode} from '../story/story-error.js';

export interface NewsReadyDetail {
  story: Story;
}

export interface NewsErrorDetail {
  code: StoryErrorCode;
  message: string;
  /** The `src` that failed, when the story came from one. */
  src?: string;
}

/** Fired once per story an element renders. */
export type NewsReadyEvent = CustomEvent<NewsReadyDetail>;
/** Fired when an element cannot render its story. */
export type NewsErrorEvent = CustomEvent<NewsErrorDetail>;

/** The two events by name, for `addEventListener`'s types. */
export interface NewsEventMap {
  'news-ready': NewsReadyEvent;
  'news-error': NewsErrorEvent;
}

// On the elements, and on the ancestors the events bubble to: the document, the window, and a
// shadow root of the page's own that holds an element (they are composed).
declare global {
  interface HTMLElementEventMap extends NewsEventMap {}
  interface DocumentEventMap extends NewsEventMap {}
  interface WindowEventMap extends NewsEventMap {}
  interface ShadowRootEventMap extends NewsEventMap {}
}

/**
 * Both events bubble and are composed, so a listener on any ancestor hears them; but those of a
 * full article's pull-quotes stay inside the article's shadow root, so that a page hears the
 * article's own alone, also when it listens in the capture phase (a listener in the article
 * could stop them bubbling, never capturing).
 */
export function dispatchNewsEvent<K extends 'news-ready' | 'news-error'>(
  target: Element,
  type: K,
  detail: NewsEventMap[K]['detail'],
  unsent: () => void
) {
  const composed = (target.getRootNode() as ShadowRoot).host?.localName !== 'news-article';
  // An element the page took out while its event waited is announced when it is back (unsent).
  const send = () => (target.isConnected ? target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed})) : unsent());
  if (pageScripts) void pageScripts.then(send);
  else send();
}

/**
 * Settles once the page's own scripts have run, so that the listeners they add hear every event;
 * undefined once they have. A story in the page is drawn as soon as the library runs, and a
 * page's later deferred and module scripts run after it, until DOMContentLoaded, and add their
 * own DOMContentLoaded listeners after the library's: the events wait for the task after it.
 * The navigation's timing says whether it has come (without one, it has). Events sent before
 * it wait, in order.
 */
let pageScripts: Promise<unknown> | undefined =
  isServer || (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart !== 0
    ? undefined
    : new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => setTimeout(resolve))).then(() => (pageScripts = undefined));
