/** Defines `<news-article>`. */
import {define} from './define.js';
import {NewsArticle} from './news-article/news-article.js';

define('news-article', NewsArticle);

export {NewsArticle};
export type {ArticleLayout} from './news-article/news-article.js';
