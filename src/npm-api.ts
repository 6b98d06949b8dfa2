/** What the npm entries (the package's root and its hydration entry) export besides the elements. */
export * from './story.js';
// The events' types name DOM types, which story.ts must not (it type-checks without the DOM).
export type {NewsReadyEvent, NewsErrorEvent, NewsReadyDetail, NewsErrorDetail} from './element/events.js';
