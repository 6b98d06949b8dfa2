/**
 * Interface strings, per element. Elements call `msg()` as with `@lit/localize`, and
 * `lit-localize extract/build` handle them as usual (XLIFF in, locale modules out), but the
 * translations are looked up in the catalogue of the element being rendered rather than in one
 * page-wide locale: a French card and a Chinese card can stand side by side, and a host page
 * that configures `@lit/localize` for itself is left alone.
 *
 * Every `msg()` gives an explicit `id`, which is what the generated catalogues are keyed by.
 */
import {joinStringsAndValues, type MsgFn, type MsgOptions, type TemplateLike} from '@lit/localize';
import type {InterfaceLocale} from './interface-locale.js';

type Catalogue = Record<string, TemplateLike>;

// An explicit map rather than a template-literal import(), so that bundlers see each chunk.
const loaders: Record<Exclude<InterfaceLocale, 'en'>, () => Promise<{templates: Catalogue}>> = {
  fr: () => import('../generated/locales/fr.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

// English is the source language: its catalogue is the text in the code.
const catalogues = new Map<InterfaceLocale, Catalogue>([['en', {}]]);
const loading = new Map<InterfaceLocale, Promise<void>>();

/**
 * Elements left speaking English because their strings did not load: each is asked to render
 * again when a later request (another element's) loads any catalogue, and then speaks its own.
 */
export const waitingForStrings = new Set<{requestUpdate(): void}>();

/** True when `locale`'s strings can be rendered now. */
export function isInterfaceLocaleLoaded(locale: InterfaceLocale): boolean {
  return catalogues.has(locale);
}

/** Loads `locale`'s strings once per page, however many elements ask. */
export function loadInterfaceLocale(locale: InterfaceLocale): Promise<void> {
  if (catalogues.has(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale as Exclude<InterfaceLocale, 'en'>]()
      .then((module) => {
        catalogues.set(locale, module.templates);
        for (const host of waitingForStrings) host.requestUpdate();
        waitingForStrings.clear();
      })
      .catch((error) => {
        // Said once per request, here, rather than by each element that waited for it.
        console.warn(`passerelle: the "${locale}" interface strings did not load; showing English.`, error);
        // A chunk that failed to load (offline, blocked) may load later: let a later call retry.
        loading.delete(locale);
        throw error;
      });
    loading.set(locale, promise);
  }
  return promise;
}

let current: Catalogue = {};

/** Runs `render` with `msg()` speaking `locale` (English until that locale has loaded). */
export function renderInLocale<T>(locale: InterfaceLocale, render: () => T): T {
  const previous = current;
  current = catalogues.get(locale) ?? {};
  try {
    return render();
  } finally {
    current = previous;
  }
}

function lookUp(template: TemplateLike, options?: MsgOptions): string {
  // Every call gives an id; one without would look up "undefined", which no catalogue has, and
  // so gets the source text.
  const translated = current[options?.id as string];
  const source = template as string | {strings: TemplateStringsArray; values: unknown[]};
  if (typeof source === 'string') return typeof translated === 'string' ? translated : source;
  // A translated str`` keeps the source's values and says, by index, where each one goes. (Told by
  // its strTag, as isStrTagged does, without that function's second test of a string: a string
  // has no strTag either, and a catalogue holds only strings and str``.)
  const str = translated as {strTag?: true; strings: TemplateStringsArray; values: number[]} | undefined;
  if (str?.strTag) return joinStringsAndValues(str.strings, source.values, str.values);
  return joinStringsAndValues(source.strings, source.values);
}

/** `@lit/localize`'s `msg()`, answered from the catalogue of the element being rendered. */
export const msg = lookUp as MsgFn;
