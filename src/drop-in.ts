/**
 * The drop-in build's entry, `dist/cdn/passerelle.js`: `<news-article>` at once, the other
 * elements from a chunk loaded when the page first uses one (see autoload.ts).
 */
import {autoload} from './autoload.js';
import {interfaceLocale} from './locale/interface-locale.js';
import {loadInterfaceLocale} from './locale/messages.js';

export * from './news-article.js';
export * from './api.js';
export {defineAll} from './autoload.js';

// Most elements speak the page's language: fetch its interface strings now, beside the elements
// chunk, rather than once that has loaded. A failure here is the elements' to report when they ask.
loadInterfaceLocale(interfaceLocale(document.documentElement.lang || 'en')).catch(() => {});
autoload();
