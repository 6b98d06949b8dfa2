/**
 * The drop-in build's entry, `dist/cdn/passerelle.js`: `<news-article>` at once, the other
 * elements from chunks loaded when the page first uses them (see autoload.ts).
 */
import {autoload} from './autoload.js';

export * from './news-article.js';
export * from './api.js';
export {defineAll} from './autoload.js';

autoload();
