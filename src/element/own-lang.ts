import {nothing} from 'lit';
import type {ElementLocale} from './story-controller.js';

/**
 * The `lang` attribute of a text inside an element's root, which is in the interface language:
 * the text's language when it differs (a translation missing, the original shown), else none,
 * since the root's applies. On a page of cards most texts are in the page's language, and each
 * attribute written is one more element whose attributes the browser stores apart.
 */
export const ownLang = (lang: string, locale: ElementLocale) => (lang === locale.ui ? nothing : lang);
