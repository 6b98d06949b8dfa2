/** What the npm entries (the package's root and its hydration entry) export besides the elements. */
export * from './story.js';
// Not in api.ts, which the drop-in bundle also exports: its JSON-LD code is a chunk loaded only
// by <news-article jsonld>, and story.ts names no DOM type.
export type {NewsReadyEvent, NewsErrorEvent, NewsReadyDetail, NewsErrorDetail} from './element/events.js';
