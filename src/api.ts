/**
 * What every entry exports besides the elements: the story document's reader and types. No DOM
 * here (see story.ts). The drop-in exports these too; the JSON-LD code is a chunk there.
 */
export {parseStory, parseStoryJson, isPartialDate, type ParseStoryOptions} from './story/parse-story.js';
export {StoryError, STORY_ERROR_CODES, type StoryErrorCode} from './story/story-error.js';
export {pickText, type PickedText} from './story/pick-text.js';
export * from './story/types.js';
