/** Defines `<news-article>`. Its full layout loads, when first shown, `<news-pull-quote>` and the rest. */
import {define} from './define.js';
import {NewsArticle} from './news-article/news-article.js';

define('news-article', NewsArticle);

export {NewsArticle};
export type {ArticleLayout} from './news-article/news-article.js';
