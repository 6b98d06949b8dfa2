/** Defines every element and exports the classes, the story types and `parseStory`. */
export * from './news-article.js';
export * from './news-org-badge.js';
export * from './news-pull-quote.js';
export * from './news-timeline.js';
export * from './api.js';
// Not in api.ts, which the drop-in bundle also exports: there the JSON-LD code is a chunk loaded
// only by <news-article jsonld>.
export {storyToJsonLd, serializeJsonLd, type StoryToJsonLdOptions, type NewsArticleJsonLd, type JsonLdNode} from './story/json-ld.js';
