/** Defines `<news-pull-quote>`. */
import {define} from './define.js';
import {NewsPullQuote} from './news-pull-quote/news-pull-quote.js';

define('news-pull-quote', NewsPullQuote);

export {NewsPullQuote};
