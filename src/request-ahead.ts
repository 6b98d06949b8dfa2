/**
 * What the drop-in requests the moment it starts to run, before Lit and `<news-article>` are
 * evaluated and the articles already in the document upgraded: the page's interface strings
 * (most elements speak the page's language), and the other elements, with the stories they name
 * by `src`, when the document has any of them (see autoload.ts). Imported first by drop-in.ts,
 * and needing no Lit itself, so that these requests overlap the rest of the script's evaluation
 * rather than wait for it: on a page of 1000 cards the strings were asked for some 30 ms later
 * when this ran after the upgrade.
 */
import {autoload} from './autoload.js';
import {interfaceLocale} from './locale/interface-locale.js';
import {loadInterfaceLocale} from './locale/messages.js';
import {withHyphens} from './locale/resolve-locale.js';

// A failure is said once in the console, by loadInterfaceLocale; the elements that ask for the
// same strings then speak English. A page's lang written the POSIX way (fr_CA) is read as the
// elements read it: else its strings would be asked for only once the elements ask.
loadInterfaceLocale(interfaceLocale(withHyphens(document.documentElement.lang) || 'en')).catch(() => {});
autoload();
