/**
 * `dist/cdn/passerelle-all.js`: the drop-in with every element and the full article in the one
 * file, for pages that show a timeline, a pull-quote, a badge or a full article. The plain
 * drop-in holds those in a chunk it requests once it has run, one request after the other; this
 * file costs a page of cards some 5 KB more, and saves the others that second request. The
 * interface strings of every language are in it too (the build folds them in, see
 * rollup.config.mjs): only the JSON-LD code is still a chunk, loaded on demand.
 */
import './news-pull-quote.js';
import './news-timeline.js';
import './news-org-badge.js';
// Statically too, so that it is in this file; the article still loads it through loadDetails().
import './news-article/article-details.js';

export * from './drop-in.js';
