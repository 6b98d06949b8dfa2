import {expect, html} from '@open-wc/testing';
import '../src/news-article.js';
import type {NewsArticle} from '../src/news-article/news-article.js';
import {resolveLocale} from '../src/locale/resolve-locale.js';
import {formattingLocale, interfaceLocale} from '../src/locale/interface-locale.js';
import {pickText} from '../src/story/pick-text.js';
import {languageName} from '../src/locale/language-names.js';
import {loadInterfaceLocale, renderInLocale} from '../src/locale/messages.js';
import {templates as fr} from '../src/generated/locales/fr.js';
import {templates as zh} from '../src/generated/locales/zh-Hans.js';
import '../src/news-pull-quote.js';
import '../src/news-org-badge.js';
import {drawStory, inFirefox, langOf, minimalDocument, mount, part, protocolDocument, shadow, textRange} from './helpers.js';

const button = (el: Element) => part(el, 'expand')!.textContent!.trim();
const nextRender = async (el: NewsArticle) => {
  // A locale change may wait for its interface strings (a chunk) before rendering.
  for (let i = 0; i < 20 && !(await el.updateComplete); i++);
  await new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
};

/** Runs `body` with a `<section lang>` in the page, removed afterwards. */
async function inSection(lang: string, body: (section: HTMLElement) => Promise<void>) {
  const section = document.createElement('section');
  section.lang = lang;
  document.body.append(section);
  try {
    await body(section);
  } finally {
    section.remove();
  }
}

/** Where a text node's first and last characters are drawn. */
function drawnEnds(node: Text) {
  return {first: textRange(node, 0, 1).getBoundingClientRect(), last: textRange(node, node.length - 1, node.length).getBoundingClientRect()};
}

describe('locale', () => {
  describe('resolution order', () => {
    let box: HTMLElement;
    const htmlLang = document.documentElement.getAttribute('lang');
    beforeEach(() => {
      box = document.createElement('div');
      document.body.append(box);
    });
    afterEach(() => {
      box.remove();
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    });

    it('takes the locale attribute first', () => {
      box.innerHTML = '<section lang="zh-CN"><span lang="en"><i></i></span></section>';
      expect(resolveLocale(box.querySelector('i')!, 'fr-CA', 'en')).to.equal('fr-CA');
    });

    it('then the element’s own lang, then its closest ancestor’s', () => {
      box.innerHTML = '<section lang="zh-CN"><span lang="en"><i></i></span><b></b></section>';
      expect(resolveLocale(box.querySelector('span')!, null, 'fr')).to.equal('en');
      expect(resolveLocale(box.querySelector('i')!, null, 'fr')).to.equal('en');
      expect(resolveLocale(box.querySelector('b')!, null, 'fr')).to.equal('zh-CN');
    });

    it('then <html lang>, then the story’s lang', () => {
      box.innerHTML = '<i></i>';
      document.documentElement.setAttribute('lang', 'fr');
      expect(resolveLocale(box.querySelector('i')!, null, 'en')).to.equal('fr');
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(box.querySelector('i')!, null, 'zh-Hans')).to.equal('zh-Hans');
    });

    it('reads a tag written the POSIX way, with underscores, as the BCP 47 tag it stands for', () => {
      box.innerHTML = '<section lang="zh_Hant_TW"><i></i></section>';
      expect(resolveLocale(box.querySelector('i')!, 'fr_CA', 'en')).to.equal('fr-CA');
      expect(resolveLocale(box.querySelector('i')!, null, 'en')).to.equal('zh-Hant-TW');
    });

    it('stops at an empty lang, which says the language is unknown, and takes the story’s', () => {
      box.innerHTML = '<section lang="zh-CN"><div lang=""><i></i></div></section>';
      document.documentElement.setAttribute('lang', 'en');
      expect(resolveLocale(box.querySelector('i')!, null, 'fr')).to.equal('fr');
      // An empty locale attribute is no locale: the lang around decides.
      expect(resolveLocale(box.querySelector('div')!, '', 'fr')).to.equal('fr');
      expect(resolveLocale(box.querySelector('section')!, '', 'fr')).to.equal('zh-CN');
    });

    it('crosses shadow roots to the host’s lang', () => {
      const host = document.createElement('div');
      host.lang = 'zh-SG';
      box.append(host);
      const inner = document.createElement('i');
      host.attachShadow({mode: 'open'}).append(inner);
      expect(resolveLocale(inner, null, 'en')).to.equal('zh-SG');
    });
  });

  describe('interface and formatting locales', () => {
    const cases: [string, string][] = [
      ['fr', 'fr'],
      ['fr-CA', 'fr'],
      ['en', 'en'],
      ['en-GB', 'en'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'],
      ['zh-TW', 'en'],
      ['zh-HK', 'en'],
      ['zh-MO', 'en'],
      ['zh-Hant', 'en'],
      ['de', 'en'],
      ['not a tag!', 'en'],
    ];
    for (const [tag, ui] of cases) {
      it(`${tag} → ${ui} interface`, () => expect(interfaceLocale(tag)).to.equal(ui));
    }
    it('speaks English for a tag named like one of an object’s own properties, and draws the story', async () => {
      for (const tag of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        expect(interfaceLocale(tag), tag).to.equal('en');
        const {el} = await mount<NewsArticle>(html`<news-article locale=${tag} .story=${await protocolDocument()}></news-article>`);
        expect(button(el), tag).to.equal('Read more');
        expect(part(el, 'base')!.getAttribute('lang'), tag).to.equal('en');
        el.remove();
      }
    });

    it('formats in the element’s own tag where the interface speaks its language, else in English', () => {
      expect(formattingLocale('fr-CA')).to.equal('fr-CA');
      expect(formattingLocale('zh-CN')).to.equal('zh-CN');
      expect(formattingLocale('de')).to.equal('en');
      expect(formattingLocale('not a tag!')).to.equal('en');
    });
  });

  describe('choosing a text', () => {
    const text = {fr: 'Bonjour', en: 'Hello', 'zh-Hans': '你好'};
    it('takes the exact tag, then the same written language, then the original', () => {
      expect(pickText(text, 'en', 'fr')).to.deep.equal({value: 'Hello', lang: 'en', fallback: false});
      expect(pickText(text, 'fr-CA', 'fr')).to.deep.equal({value: 'Bonjour', lang: 'fr', fallback: false});
      expect(pickText(text, 'zh-CN', 'fr')).to.deep.equal({value: '你好', lang: 'zh-Hans', fallback: false});
      expect(pickText(text, 'zh', 'fr')).to.deep.equal({value: '你好', lang: 'zh-Hans', fallback: false});
      expect(pickText(text, 'zh-TW', 'fr')).to.deep.equal({value: 'Bonjour', lang: 'fr', fallback: true});
      // Hong Kong and Macau write Traditional Chinese too: a Simplified text is not theirs.
      expect(pickText(text, 'zh-HK', 'fr')).to.deep.equal({value: 'Bonjour', lang: 'fr', fallback: true});
      expect(pickText(text, 'zh-MO', 'fr')).to.deep.equal({value: 'Bonjour', lang: 'fr', fallback: true});
      expect(pickText(text, 'de', 'fr')).to.deep.equal({value: 'Bonjour', lang: 'fr', fallback: true});
      expect(pickText({fr: 'Bonjour', 'en-GB': 'Hello'}, 'en-US', 'fr').value).to.equal('Hello');
    });

    it('prefers the bare tag to another region for a regional locale, and matches tags in any case', () => {
      // A reader in Canada gets the general French, not the Belgian, whichever the story lists first.
      expect(pickText({'fr-BE': 'Salut', fr: 'Bonjour'}, 'fr-CA', 'en')).to.deep.equal({value: 'Bonjour', lang: 'fr', fallback: false});
      // Content systems often write tags in lower case: en-gb is the British text.
      expect(pickText({en: 'Color', 'en-GB': 'Colour'}, 'en-gb', 'fr')).to.deep.equal({value: 'Colour', lang: 'en-GB', fallback: false});
    });

    it('keeps French punctuation on its word: the space inside « » and before : ; ! ? cannot break', () => {
      const said = {fr: 'Il dit : « Oui ! » ; puis ? Rien.', en: 'He said: "Yes!" ; then ? Nothing.'};
      expect(pickText(said, 'fr-CA', 'en').value).to.equal('Il dit\u00a0: «\u00a0Oui\u00a0!\u00a0»\u00a0; puis\u00a0? Rien.');
      // No space is added where there was none, and other languages keep theirs as written.
      expect(pickText({fr: 'Oui! «Non»'}, 'fr', 'fr').value).to.equal('Oui! «Non»');
      // Each space there, when there are two: none of them may break.
      expect(pickText({fr: '«  Oui  » dit-il  :'}, 'fr', 'fr').value).to.equal('«\u00a0\u00a0Oui\u00a0\u00a0» dit-il\u00a0\u00a0:');
      expect(pickText(said, 'en', 'fr').value).to.equal(said.en);
      // A French original shown in place of a missing translation is French text all the same.
      expect(pickText(said, 'de', 'fr').value).to.equal(pickText(said, 'fr', 'en').value);
    });
  });

  describe('in elements', () => {
    it('lays out each text in its own direction: French on a right-to-left page, Arabic on a French one', async () => {
      // Where the sentence's final mark is drawn, against its first letter: to its right in a
      // left-to-right text, to its left in a right-to-left one (the page's direction put the
      // full stop of every French sentence at its start on an Arabic page).
      const ends = (el: Element, text: string) =>
        drawnEnds(
          [...shadow(el).querySelectorAll('*')]
            .flatMap((e) => [...e.childNodes])
            .find((n): n is Text => n.nodeType === Node.TEXT_NODE && (n as Text).data === text)!
        );
      const page = document.createElement('div');
      page.dir = 'rtl';
      page.lang = 'ar';
      page.style.width = '600px';
      document.body.append(page);
      try {
        const story = minimalDocument({lang: 'fr', headline: 'Un protocole signé.', summary: 'Les deux parties cherchent un accord.'});
        const {el} = await mount<NewsArticle>(html`<news-article locale="fr" .story=${story}></news-article>`, page);
        for (const text of ['Un protocole signé.', 'Les deux parties cherchent un accord.']) {
          const {first, last} = ends(el, text);
          expect(last.left, `"${text}": its full stop after its first letter`).to.be.greaterThan(first.left);
          // And it starts where French starts, at the left, rather than at the page's right.
          expect(first.left - part(el, 'base')!.getBoundingClientRect().left, `"${text}" starts at the left`).to.be.below(40);
        }
      } finally {
        page.remove();
      }
      const arabic = minimalDocument({lang: 'ar', headline: 'مرحبا بالعالم!'});
      const {el} = await mount<NewsArticle>(html`<news-article locale="ar" .story=${arabic}></news-article>`);
      const {first, last} = ends(el, 'مرحبا بالعالم!');
      expect(last.left, 'the Arabic exclamation mark, left of its first letter').to.be.below(first.left);
    });

    it('keeps a story’s words from turning the interface’s around: a right-to-left name, a stray direction mark', async () => {
      // An element's first text, drawn left to right: its first character left of its last.
      const readsLeftToRight = (el: Element) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, (n) => (n.textContent!.trim().length > 1 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP));
        const {first, last} = drawnEnds(walker.nextNode() as Text);
        return first.left < last.left;
      };
      const leftOf = (a: Element, b: Element) => a.getBoundingClientRect().left < b.getBoundingClientRect().left;
      // The story's words in French, shown in English (so translated: the credit says so).
      const story = (name: string, dateline: string, kind: string, source: string) =>
        minimalDocument({
          lang: 'fr',
          headline: {fr: 'Un titre', en: 'A headline'},
          dateline,
          published: '2020-03-04',
          source: {name: source},
          organizations: [{id: 'o', name: 'Org', kind, region: {fr: 'Région', en: 'Region'}}],
          people: [{id: 'p', name, role: {fr: 'directeur', en: 'director'}, organization: 'o'}],
          quotes: [{id: 'q', text: {fr: 'Des mots', en: 'Words'}, speaker: 'p'}],
        });
      // An Arabic name or place laid out the page's way turned its whole line right to left; a
      // U+202E (right-to-left override) left open at a value's end reversed every word after it.
      // Arabic values with a Latin word in them read in their own order, right to left: laid out
      // in the line's direction, they read in reverse ("أبوظبي Ubisoft شركة").
      for (const [what, doc] of [
        ['Arabic', story('محمد Ali حسن', 'مدينة Nasr القاهرة', 'مجموعة ABC للألعاب', 'الصحيفة Daily اليومية')],
        ['an open U+202E', story('Bob\u202e', 'Paris\u202e', 'Kind\u202e', 'Le Journal\u202e')],
      ] as const) {
        const card = await drawStory('news-article', {}, doc);
        const full = await drawStory('news-article', {layout: 'full'}, doc);
        const quote = await drawStory('news-pull-quote', {}, doc);
        const badge = await drawStory('news-org-badge', {variant: 'detailed'}, doc);
        try {
          const date = part(card, 'meta')!.querySelector('time')!;
          expect(readsLeftToRight(date), `${what}: the date after the dateline`).to.be.true;
          expect(leftOf(part(card, 'meta')!.querySelector('.dateline')!, date), `${what}: the dateline, left of the date`).to.be.true;
          const [name, role] = shadow(quote).querySelectorAll('.who > span');
          expect(readsLeftToRight(role), `${what}: the role after the speaker`).to.be.true;
          expect(leftOf(name, role), `${what}: the speaker, left of their role`).to.be.true;
          const [kind, region] = part(badge, 'facts')!.querySelectorAll('span');
          expect(readsLeftToRight(region), `${what}: the region after the kind`).to.be.true;
          expect(leftOf(kind, region), `${what}: the kind, left of the region`).to.be.true;
          if (what === 'Arabic') {
            const [dateline, sourceName] = [part(card, 'meta')!.querySelector('.dateline')!, part(full, 'source')!.querySelector('[lang]')!];
            for (const [value, el] of [['the dateline', dateline], ['the speaker', name], ['the kind', kind], ['the source', sourceName]] as const) {
              expect(readsLeftToRight(el), `${what}: ${value}, right to left`).to.be.false;
            }
          }
          const translated = part(full, 'source')!.querySelector('.translated-from')!;
          expect(translated.textContent, `${what}: the credit`).to.equal('Translated from French');
          expect(readsLeftToRight(translated), `${what}: "Translated from French" after the source`).to.be.true;
        } finally {
          for (const el of [card, full, quote, badge]) el.remove();
        }
      }
    });

    it('follows <html lang="zh-CN"> when nothing closer says otherwise', async () => {
      const previous = document.documentElement.getAttribute('lang');
      document.documentElement.setAttribute('lang', 'zh-CN');
      try {
        const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()}></news-article>`);
        expect(part(el, 'headline')!.textContent).to.contain('数字联盟');
        expect(button(el)).to.equal('阅读全文');
      } finally {
        if (previous === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', previous);
      }
    });

    it('speaks the language of a locale written the POSIX way (zh_CN, fr_CA), as a CMS may print it', async () => {
      const {el} = await mount<NewsArticle>(html`<news-article locale="zh_CN" .story=${await protocolDocument()}></news-article>`);
      expect(part(el, 'headline')!.textContent).to.contain('数字联盟');
      expect(button(el)).to.equal('阅读全文');
      await inSection('fr_CA', async (section) => {
        const {el: french} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()}></news-article>`, section);
        expect(button(french)).to.equal('Lire la suite');
        expect(part(french, 'meta')!.textContent).to.contain('Date non précisée');
      });
    });

    it('speaks the story’s language inside lang="" on an English page, as the browser’s :lang() reads it', async () => {
      const previous = document.documentElement.getAttribute('lang');
      document.documentElement.setAttribute('lang', 'en');
      try {
        await inSection('', async (section) => {
          expect(section.matches(':lang(en)'), 'the browser: no language').to.equal(false);
          const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()}></news-article>`, section);
          expect(langOf(part(el, 'headline')!)).to.equal('fr');
          expect(button(el)).to.equal('Lire la suite');
        });
      } finally {
        if (previous === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', previous);
      }
    });

    it('falls back to the story’s language when the page states none', async () => {
      const previous = document.documentElement.getAttribute('lang');
      document.documentElement.removeAttribute('lang');
      try {
        const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()}></news-article>`);
        expect(langOf(part(el, 'headline')!)).to.equal('fr');
        expect(button(el)).to.equal('Lire la suite');
      } finally {
        if (previous !== null) document.documentElement.setAttribute('lang', previous);
      }
    });

    it('re-renders when the locale attribute changes, without a new news-ready', async () => {
      const {el} = await mount<NewsArticle>(html`<news-article locale="en" .story=${await protocolDocument()}></news-article>`);
      let readies = 0;
      el.addEventListener('news-ready', () => readies++);
      el.locale = 'zh-Hans';
      await nextRender(el);
      expect(button(el)).to.equal('阅读全文');
      expect(part(el, 'meta')!.textContent).to.contain('日期未注明');
      el.locale = 'fr';
      await nextRender(el);
      expect(button(el)).to.equal('Lire la suite');
      expect(readies).to.equal(0);
    });

    it('takes an empty locale attribute as none, and follows the lang around it', async () => {
      await inSection('fr', async (section) => {
        const {el} = await mount<NewsArticle>(html`<news-article locale="" .story=${await protocolDocument()}></news-article>`, section);
        expect(button(el)).to.equal('Lire la suite');
        expect(langOf(part(el, 'headline')!)).to.equal('fr');
      });
    });

    it('re-renders when an ancestor’s lang changes', async () => {
      await inSection('en', async (section) => {
        const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()}></news-article>`, section);
        expect(button(el)).to.equal('Read more');
        section.lang = 'fr-CA';
        await nextRender(el);
        expect(button(el)).to.equal('Lire la suite');
        expect(langOf(part(el, 'headline')!)).to.equal('fr');
      });
    });

    it('re-renders when <html lang> changes', async () => {
      const previous = document.documentElement.getAttribute('lang');
      document.documentElement.setAttribute('lang', 'en');
      try {
        const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()}></news-article>`);
        expect(button(el)).to.equal('Read more');
        document.documentElement.setAttribute('lang', 'zh-CN');
        await nextRender(el);
        expect(button(el)).to.equal('阅读全文');
      } finally {
        if (previous === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', previous);
      }
    });

    // The shadow root's host made by this page's code, and by an iframe's: a root of the frame's
    // window's classes, not this one's, which the walk up the trees must cross all the same.
    for (const maker of ['this page', 'an iframe'] as const) {
      it(`re-renders when the lang around the shadow root it sits in changes (its host made by ${maker}'s code)`, async () => {
        const frame = document.createElement('iframe');
        document.body.append(frame);
        const made = maker === 'this page' ? document : frame.contentDocument!;
        const section = document.createElement('section');
        section.lang = 'en';
        const host = made.createElement('div');
        section.append(host);
        const inner = made.createElement('div');
        const root = host.attachShadow({mode: 'open'});
        root.append(inner);
        document.body.append(section);
        try {
          // Chromium keeps a node's classes when it joins another document. Firefox gives an
          // adopted node, and its root, those of the window it joins: there no root of the
          // frame's classes is left to cross, and the case is this page's.
          expect(root instanceof ShadowRoot, 'a root of this window').to.equal(maker === 'this page' || inFirefox);
          const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()}></news-article>`, inner);
          expect(button(el)).to.equal('Read more');
          section.lang = 'fr';
          await nextRender(el);
          expect(button(el)).to.equal('Lire la suite');
        } finally {
          section.remove();
          frame.remove();
        }
      });
    }

    it('keeps following the lang around it when another element of the page leaves', async () => {
      await inSection('en', async (section) => {
        const story = await protocolDocument();
        const leaving = await mount<NewsArticle>(html`<news-article .story=${story}></news-article>`, section);
        const {el} = await mount<NewsArticle>(html`<news-article .story=${story}></news-article>`, section);
        leaving.el.remove();
        section.lang = 'fr';
        await nextRender(el);
        expect(button(el)).to.equal('Lire la suite');
      });
    });

    it('gives each element its own interface language, side by side', async () => {
      const story = await protocolDocument();
      const fr = await mount<NewsArticle>(html`<news-article locale="fr" .story=${story}></news-article>`);
      const zh = await mount<NewsArticle>(html`<news-article locale="zh-Hans" .story=${story}></news-article>`);
      const en = await mount<NewsArticle>(html`<news-article locale="en" .story=${story}></news-article>`);
      fr.el.requestUpdate();
      await fr.el.updateComplete;
      expect([button(fr.el), button(zh.el), button(en.el)]).to.deep.equal(['Lire la suite', '阅读全文', 'Read more']);
    });

    it('formats dates in the element’s locale', async () => {
      const story = minimalDocument({published: '2012-11-20'});
      const texts: string[] = [];
      for (const locale of ['fr', 'en', 'zh-Hans', 'fr-CA', 'en-GB']) {
        const {el} = await mount<NewsArticle>(html`<news-article locale=${locale} .story=${story}></news-article>`);
        texts.push(shadow(el).querySelector('time')!.textContent!);
      }
      expect(texts).to.deep.equal(['20 novembre 2012', 'November 20, 2012', '2012年11月20日', '20 novembre 2012', '20 November 2012']);
    });
  });

  describe('translations of the interface', () => {
    const catalogues: [string, Record<string, unknown>][] = [
      ['fr', fr],
      ['zh-Hans', zh],
    ];

    for (const [locale, templates] of catalogues) {
      it(`translates every string into ${locale}, none left in English`, async () => {
        const xliff = new DOMParser().parseFromString(await (await fetch(`/src/locale/xliff/${locale}.xlf`)).text(), 'application/xml');
        const units = [...xliff.querySelectorAll('trans-unit')];
        expect(units.length).to.be.greaterThan(10);
        for (const unit of units) {
          const source = unit.querySelector('source')!;
          const target = unit.querySelector('target');
          expect(target, `${unit.id} has no ${locale} translation`).to.not.equal(null);
          // Words, or placeholders alone (zh orders a role and an organisation with nothing between).
          expect(target!.textContent!.trim() !== '' || target!.querySelector('x') !== null, `${unit.id} is empty`).to.equal(true);
          // Punctuation and placeholders alone, which French may write as English does.
          const sameInFrench = ['caption-separator', 'role-at-organization'];
          if (!(locale === 'fr' && sameInFrench.includes(unit.id))) {
            expect(target!.innerHTML, unit.id).to.not.equal(source.innerHTML);
          }
          expect(target!.querySelectorAll('x').length, `${unit.id} keeps its placeholders`).to.equal(source.querySelectorAll('x').length);
          expect(templates, `${unit.id} is in the built ${locale} catalogue`).to.have.property(unit.id);
        }
      });
    }

    it('writes French with a non-breaking space before a colon', () => {
      expect(fr['source-label']).to.equal('Source\u00a0: ');
    });
  });

  describe('language names', () => {
    /** The tags Intl.DisplayNames is asked to name while `body` runs (its first construction costs 10–15 ms). */
    async function lookupsDuring(body: () => unknown): Promise<string[]> {
      const of = Intl.DisplayNames.prototype.of;
      const asked: string[] = [];
      Intl.DisplayNames.prototype.of = function (this: Intl.DisplayNames, code: string) {
        asked.push(code);
        return of.call(this, code);
      };
      try {
        await body();
      } finally {
        Intl.DisplayNames.prototype.of = of;
      }
      return asked;
    }

    const KNOWN = ['fr', 'en', 'zh', 'zh-Hans'];
    for (const ui of ['en', 'fr', 'zh-Hans'] as const) {
      it(`names fr, en, zh and zh-Hans in ${ui} as Intl.DisplayNames does, without asking it`, async () => {
        await loadInterfaceLocale(ui);
        let names: (string | undefined)[] = [];
        expect(await lookupsDuring(() => (names = renderInLocale(ui, () => KNOWN.map((tag) => languageName(tag, ui)))))).to.deep.equal([]);
        const intl = new Intl.DisplayNames([ui], {type: 'language'});
        expect(names).to.deep.equal(KNOWN.map((tag) => intl.of(tag)));
        // Any other language is Intl's to name.
        expect(await lookupsDuring(() => renderInLocale(ui, () => languageName('de', ui)))).to.deep.equal(['de']);
      });
    }

    it('draws an English card of a French story, "Translated from French", without Intl.DisplayNames', async () => {
      const story = await protocolDocument();
      const el = document.createElement('news-article') as NewsArticle;
      el.setAttribute('locale', 'en');
      el.story = story;
      const asked = await lookupsDuring(async () => {
        document.body.append(el);
        await el.updateComplete;
      });
      try {
        expect(part(el, 'source')!.textContent).to.contain('Translated from French');
        expect(asked).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  });
});
