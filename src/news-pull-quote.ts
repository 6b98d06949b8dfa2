/** Defines `<news-pull-quote>`. */
import {define} from './define.js';
import {NewsPullQuote} from './news-pull-quote/news-pull-quote.js';

define('news-pull-quote', NewsPullQuote);

export {NewsPullQuote};
// The events' types, and with them the types of addEventListener('news-ready' | 'news-error', …).
export type {NewsReadyEvent, NewsErrorEvent, NewsReadyDetail, NewsErrorDetail} from './element/events.js';
