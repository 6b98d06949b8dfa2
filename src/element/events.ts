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

declare global {
  interface HTMLElementEventMap {
    'news-ready': NewsReadyEvent;
    'news-error': NewsErrorEvent;
  }
}

/** Both events bubble and are composed, so a listener on any ancestor hears them. */
export function dispatchNewsEvent<K extends 'news-ready' | 'news-error'>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K]['detail']
) {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}
