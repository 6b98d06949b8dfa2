/** Why an element could not render its story; the `code` of `news-error` events. */
export type StoryErrorCode =
  | 'fetch-failed'
  | 'http-error'
  | 'timeout'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-story'
  | 'not-found';

export const STORY_ERROR_CODES: readonly StoryErrorCode[] = [
  'fetch-failed',
  'http-error',
  'timeout',
  'too-large',
  'invalid-json',
  'invalid-story',
  'not-found',
];

/** Thrown by `parseStory()` and by loading; `message` names the field path where there is one. */
export class StoryError extends Error {
  override name = 'StoryError';
  constructor(
    readonly code: StoryErrorCode,
    message: string
  ) {
    super(message);
  }
}
