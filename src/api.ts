/**
 * The story document's reader and types, which the package's root, its hydration entry, its
 * story entry (story.ts) and the drop-in export besides their elements. No DOM here. The JSON-LD
 * functions are not among them: in the drop-in their code is a chunk, loaded by `jsonld`.
 */
export {parseStory, parseStoryJson, isPartialDate, type ParseStoryOptions} from './story/parse-story.js';
export {StoryError, STORY_ERROR_CODES, type StoryErrorCode} from './story/story-error.js';
export {pickText, type PickedText} from './story/pick-text.js';
export * from './story/types.js';
