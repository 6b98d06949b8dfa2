/**
 * The drop-in build's entry, `dist/cdn/passerelle.js`: `<news-article>` at once, the other
 * elements from a chunk loaded when the page first uses one (see autoload.ts).
 */
// First, as imports are evaluated in order: its requests go out before Lit and <news-article>
// are evaluated and the articles already in the page are upgraded.
import './request-ahead.js';

export * from './news-article.js';
export * from './api.js';
export {defineAll} from './autoload.js';
