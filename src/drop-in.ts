/**
 * The drop-in build's entry, `dist/cdn/passerelle.js`: `<news-article>` at once, the other
 * elements from a chunk loaded when the page first uses one (see autoload.ts).
 */
// First: its requests go out before the rest of this file is evaluated.
import './request-ahead.js';
import {define} from './define.js';
import {NewsArticle} from './news-article/news-article.js';

export {NewsArticle};
export type {ArticleLayout} from './news-article/news-article.js';
export * from './api.js';
export {defineAll} from './autoload.js';

define('news-article', NewsArticle);
