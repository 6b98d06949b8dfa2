/**
 * "Translated from French", under a `<news-timeline>` or a detailed `<news-org-badge>` whose words
 * are shown in translation: the credit the article gives in its source line and the pull-quote
 * beside its button. (In the elements chunk: the card does not use it.)
 */
import {html} from 'lit';
import {css} from './css.js';
import {translatedFrom} from '../locale/language-names.js';
import type {ElementLocale} from './story-controller.js';

export const translationNote = (originalLang: string, locale: ElementLocale) =>
  html`<p part="translation-note" class="muted">${translatedFrom(originalLang, locale.ui)}</p>`;

export const translationNoteStyles = css`
  [part='translation-note'] {
    margin: 0.75em 0 0;
    font-size: 0.875em;
  }
`;
