/** Defines every element and exports the classes, the story types and `parseStory`. */
export * from './news-article.js';
export * from './news-org-badge.js';
export * from './news-pull-quote.js';
export * from './news-timeline.js';
export {parseStory, parseStoryJson, isPartialDate, type ParseStoryOptions} from './story/parse-story.js';
export {StoryError, STORY_ERROR_CODES, type StoryErrorCode} from './story/story-error.js';
export {pickText, type PickedText} from './story/pick-text.js';
export * from './story/types.js';
export type {NewsReadyEvent, NewsErrorEvent, NewsReadyDetail, NewsErrorDetail} from './element/events.js';
