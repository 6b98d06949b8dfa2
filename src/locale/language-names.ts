import {str} from '@lit/localize';
import {msg} from './messages.js';
import {remembered} from '../story/remembered.js';
import type {InterfaceLocale} from './interface-locale.js';

// One Intl.DisplayNames per interface language for the page: the first costs some 15–40 ms
// (its data is loaded then), and a page of translated cards asks once per card.
const displayNames = remembered((ui) => new Intl.DisplayNames([ui], {type: 'language'}));

/** A language's name in the interface language: `fr` → "French", "français", "法语". */
export function languageName(tag: string, ui: InterfaceLocale): string {
  try {
    return displayNames(ui).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

// French contracts "de" with the language's article: "du français", "de l’anglais". It elides
// before a vowel or a mute h ("de l’hébreu", "de l’hindi"), but not before y ("du yiddish",
// "du yoruba") or the aspirated h of the other language names ("du hongrois", "du haoussa").
const ELIDED = /^(?:[aeiouéèêëâàîïôûœ]|hébreu|hindi)/i;
const frenchFrom = (name: string) => (ELIDED.test(name) ? `de l’${name}` : `du ${name}`);

/** "Translated from French" / "Traduit du français" / "译自法语": the label of a text shown in translation. */
export function translatedFrom(originalLang: string, ui: InterfaceLocale): string {
  const name = languageName(originalLang, ui);
  return msg(str`Translated from ${ui === 'fr' ? frenchFrom(name) : name}`, {
    id: 'translated-from',
    desc: 'Label of a text shown in translation. In French the value already carries its preposition and article ("du français", "de l’anglais"), so the French text is "Traduit ${0}".',
  });
}
