/** Defines every element and exports the classes, the story types and `parseStory`. */
export * from './news-article.js';
export * from './news-org-badge.js';
export * from './news-pull-quote.js';
export * from './news-timeline.js';
export * from './npm-api.js';
