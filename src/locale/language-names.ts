import {str} from '@lit/localize';
import {msg} from './messages.js';
import {remembered} from '../story/remembered.js';
import type {InterfaceLocale} from './interface-locale.js';

// One Intl.DisplayNames per interface language for the page: the first costs some 10–40 ms
// (its data is loaded then), and a page of translated cards asks once per card.
// A language it cannot name gives nothing (fallback: 'none'), rather than its code ("Translated
// from xx"); und, "undetermined", too, which it would name after the root locale ("from root").
const displayNames = remembered((ui) => new Intl.DisplayNames([ui], {type: 'language', fallback: 'none'}));

// The languages stories are mostly written in, named as Intl.DisplayNames names them (a test
// checks), so that a page that shows one in translation (an English or Chinese page of a French
// story) does not make that first Intl.DisplayNames before it draws: 10–15 ms measured. One
// message, whose translations come with the interface strings, rather than a table in the core.
const KNOWN = ['fr', 'en', 'zh', 'zh-Hans'];
const knownNames = () =>
  msg('French|English|Chinese|Simplified Chinese', {
    id: 'language-names',
    desc: 'The names of the languages fr, en, zh and zh-Hans, in that order, separated by |, as they are named in running text ("Translated from French").',
  }).split('|');

/** A language's name in the interface language: `fr` → "French", "français", "法语"; undefined when it has none. */
export function languageName(tag: string, ui: InterfaceLocale): string | undefined {
  // Read in the interface language that msg() speaks: `ui`, since an element draws in it.
  const known = KNOWN.indexOf(tag);
  if (known >= 0) return knownNames()[known];
  try {
    // A tag whose region or variant it cannot name (fr-QC) gives nothing too: its language is
    // named alone ("French").
    const names = displayNames(ui);
    return names.of(tag) ?? names.of(tag.split('-')[0]);
  } catch {
    return undefined;
  }
}

// French contracts "de" with the language's article: "du français", "de l’anglais". It elides
// before a vowel or a mute h ("de l’hébreu", "de l’hindi"), but not before y ("du yiddish",
// "du yoruba") or the aspirated h of the other language names ("du hongrois", "du haoussa").
const ELIDED = /^(?:[aeiouéèêëâàîïôûœ]|hébreu|hindi)/i;
const frenchFrom = (name: string) => (ELIDED.test(name) ? `de l’${name}` : `du ${name}`);

/**
 * "Translated from French" / "Traduit du français" / "译自法语": the label of a text shown in
 * translation; "Translated" alone when the original's tag names no language.
 */
export function translatedFrom(originalLang: string, ui: InterfaceLocale): string {
  const name = languageName(originalLang, ui);
  if (!name) return msg('Translated', {id: 'translated', desc: 'Label of a text shown in translation from a language that has no name (an unknown or undetermined code).'});
  return msg(str`Translated from ${ui === 'fr' ? frenchFrom(name) : name}`, {
    id: 'translated-from',
    desc: 'Label of a text shown in translation. In French the value already carries its preposition and article ("du français", "de l’anglais"), so the French text is "Traduit ${0}".',
  });
}
