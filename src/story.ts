/**
 * `passerelle-news/story.js`: the story document without the elements — its reader, its types
 * and its schema.org JSON-LD. It uses no DOM and defines nothing, so that a server, a build step
 * or a validator imports a few kilobytes rather than every element, and type-checks without the
 * DOM's types.
 */
export * from './api.js';
export {storyToJsonLd, serializeJsonLd, type StoryToJsonLdOptions, type NewsArticleJsonLd, type JsonLdNode} from './story/json-ld.js';
