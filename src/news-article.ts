/** Defines `<news-article>`. Its full layout loads, when first shown, `<news-pull-quote>` and the rest. */
import {define} from './define.js';
import {NewsArticle} from './news-article/news-article.js';

define('news-article', NewsArticle);

export {NewsArticle};
export type {ArticleLayout} from './news-article/news-article.js';
// The events' types, and with them the types of addEventListener('news-ready' | 'news-error', …).
export type {NewsReadyEvent, NewsErrorEvent, NewsReadyDetail, NewsErrorDetail} from './element/events.js';
