/** Defines `<news-article>`, and `<news-pull-quote>` which its full layout renders inside. */
import './news-pull-quote.js';
import {define} from './define.js';
import {NewsArticle} from './news-article/news-article.js';

define('news-article', NewsArticle);

export {NewsArticle};
export type {ArticleLayout} from './news-article/news-article.js';
