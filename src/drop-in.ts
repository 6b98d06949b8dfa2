/**
 * The drop-in build's entry, `dist/cdn/passerelle.js`: what every element needs, and an
 * autoloader that fetches each element's chunk when the page first uses it (see autoload.ts).
 */
import {autoload} from './autoload.js';
import {interfaceLocale} from './locale/interface-locale.js';
import {loadInterfaceLocale} from './locale/messages.js';

export * from './api.js';
export {defineAll} from './autoload.js';

// Most elements speak the page's language: fetch its interface strings now, beside the elements'
// chunks, rather than once those have loaded. A failure here is the elements' to report when they ask.
loadInterfaceLocale(interfaceLocale(document.documentElement.lang || 'en')).catch(() => {});
autoload();
