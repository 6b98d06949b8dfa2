/** What the package exports besides the elements: the story document's reader, types and events. */
export {parseStory, parseStoryJson, isPartialDate, type ParseStoryOptions} from './story/parse-story.js';
export {StoryError, STORY_ERROR_CODES, type StoryErrorCode} from './story/story-error.js';
export {pickText, type PickedText} from './story/pick-text.js';
export * from './story/types.js';
export type {NewsReadyEvent, NewsErrorEvent, NewsReadyDetail, NewsErrorDetail} from './element/events.js';
