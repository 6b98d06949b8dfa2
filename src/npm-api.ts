/** What the npm entries (the package's root and its hydration entry) export besides the elements. */
export * from './api.js';
// Not in api.ts, which the drop-in bundle also exports: there the JSON-LD code is a chunk loaded
// only by <news-article jsonld>.
export {storyToJsonLd, serializeJsonLd, type StoryToJsonLdOptions, type NewsArticleJsonLd, type JsonLdNode} from './story/json-ld.js';
