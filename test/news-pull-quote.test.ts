import {expect, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/news-pull-quote.js';
import type {NewsPullQuote} from '../src/news-pull-quote/news-pull-quote.js';
import type {StoryDocument} from '../src/story/types.js';
import {assertNoJunk, inEmulatedMedia, LOCALES, minimalDocument, mount, part, parts, PROTOCOL_STORY_URL, protocolDocument, ready, shadow} from './helpers.js';

async function pullQuote(story: StoryDocument, attrs: {locale?: string; quote?: string} = {}) {
  const {el, event} = await mount<NewsPullQuote>(
    html`<news-pull-quote .story=${story} locale=${attrs.locale ?? 'fr'} quote=${attrs.quote ?? ''}></news-pull-quote>`
  );
  return {el, event};
}

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A story of one quote, said by Li in `lang`, with these translations. */
const oneQuote = (lang: string, text: Record<string, string>, storyLang = 'en') =>
  minimalDocument({lang: storyLang, people: [{id: 'p', name: 'Li'}], quotes: [{id: 'q', lang, text, speaker: 'p'}]});
const original = (story: StoryDocument, id: string) => {
  const quote = story.quotes!.find((q) => q.id === id)!;
  return (quote.text as Record<string, string>)[quote.lang ?? story.lang];
};

describe('<news-pull-quote>', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      it(`is accessible in ${locale}, with the original shown`, async () => {
        const {el} = await pullQuote(await protocolDocument(), {locale, quote: 'landry-market'});
        await expect(el).to.be.accessible();
        (part(el, 'toggle') as HTMLButtonElement | null)?.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
    inEmulatedMedia(() => {
      for (const locale of LOCALES) {
        it(`is accessible in ${locale} in dark mode`, async () => {
          await emulateMedia({colorScheme: 'dark'});
          const {el} = await pullQuote(await protocolDocument(), {locale});
          await expect(el).to.be.accessible();
        });
      }
    });
  });

  describe('semantics and fields', () => {
    it('is a figure with a blockquote in the quote’s language and a figcaption', async () => {
      const story = await protocolDocument();
      const {el} = await pullQuote(story, {quote: 'landry-market'});
      const figure = part(el, 'base')!;
      expect(figure.localName).to.equal('figure');
      const blockquote = figure.querySelector(':scope > blockquote')!;
      expect(blockquote.getAttribute('lang')).to.equal('fr');
      expect(figure.querySelector(':scope > figcaption')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Serge Landry, directeur, Alliance numérique, dans un communiqué'
      );
      expect(blockquote.hasAttribute('cite')).to.equal(false); // the story names no source URL
      assertNoJunk(el);
    });

    it('shows a French original revealed under its translation with its punctuation kept on its words', async () => {
      const story = minimalDocument({
        lang: 'fr',
        headline: 'Titre',
        people: [{id: 'p', name: 'Serge'}],
        quotes: [{id: 'q', text: {fr: 'Nous disons : « oui » !', en: 'We say: “yes”!'}, speaker: 'p'}],
      });
      const {el} = await pullQuote(story, {locale: 'en'});
      part(el, 'toggle')!.click();
      await el.updateComplete;
      expect(part(el, 'original')!.textContent!.trim()).to.equal('Nous disons\u00a0: «\u00a0oui\u00a0»\u00a0!');
    });

    it('writes the caption as each language does: the role before the organisation, or in Chinese the organisation first', async () => {
      const story = await protocolDocument();
      story.organizations![0].url = 'https://example.org/alliance';
      const shown: Record<string, string> = {};
      for (const locale of LOCALES) {
        const {el} = await pullQuote(story, {quote: 'landry-market', locale});
        const who = shadow(el).querySelector('.who')!;
        shown[locale] = `${getComputedStyle(who, '::before').content} ${who.textContent!.replace(/\s+/g, ' ').trim()}`;
        // The organisation stays a link, and each piece keeps its language.
        expect(who.querySelector('a')!.href, locale).to.equal('https://example.org/alliance');
        el.remove();
      }
      expect(shown).to.deep.equal({
        fr: '"— " / "" Serge Landry, directeur, Alliance numérique, dans un communiqué',
        en: '"— " / "" Serge Landry, director, Alliance numérique, in a press release',
        'zh-Hans': '"——" / "" 塞尔日·兰德里，数字联盟主任，在一份新闻稿中',
      });
    });

    it('keeps a space between a role and an organisation left untranslated in a Chinese caption', async () => {
      // Chinese joins the two with nothing between (数字联盟主任); French words so joined ran together.
      const story = minimalDocument({
        lang: 'fr',
        organizations: [{id: 'an', name: 'Alliance numérique'}],
        people: [{id: 'p', name: 'Serge Landry', role: 'directeur', organization: 'an'}],
        quotes: [{id: 'q', text: 'Oui.', speaker: 'p'}],
      });
      const {el} = await pullQuote(story, {locale: 'zh-Hans'});
      expect(flat(shadow(el).querySelector('.who')!.textContent)).to.equal('Serge Landry，Alliance numérique directeur');
      // One piece in Chinese, the other not: still apart.
      const mixedStory = {...story, organizations: [{id: 'an', name: {fr: 'Alliance numérique', 'zh-Hans': '数字联盟'}}]};
      const {el: mixed} = await pullQuote(mixedStory, {locale: 'zh-Hans'});
      expect(flat(shadow(mixed).querySelector('.who')!.textContent)).to.equal('Serge Landry，数字联盟 directeur');
    });

    it('shows the first quote by default', async () => {
      const story = await protocolDocument();
      const {el} = await pullQuote(story);
      expect(flat(part(el, 'quote')!.textContent)).to.equal(flat(original(story, story.quotes![0].id)));
    });

    it('cites the story’s source URL and links the organisation when it has one', async () => {
      const story = await protocolDocument();
      story.source = {name: 'Source', url: 'https://example.org/story'};
      story.organizations![0].url = 'https://example.org/alliance';
      const {el} = await pullQuote(story, {quote: 'landry-bridge'});
      expect(part(el, 'quote')!.getAttribute('cite')).to.equal('https://example.org/story');
      const link = part(el, 'caption')!.querySelector('a')!;
      expect(link.textContent).to.equal('Alliance numérique');
      expect(link.href).to.equal('https://example.org/alliance');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('names an organisation without a url as text, not as a link', async () => {
      const story = await protocolDocument();
      expect(story.organizations![0].url).to.equal(undefined);
      const {el} = await pullQuote(story, {quote: 'landry-bridge', locale: 'en'});
      expect(flat(part(el, 'caption')!.textContent)).to.contain('Alliance numérique');
      expect(part(el, 'caption')!.querySelectorAll('a')).to.have.length(0);
    });

    it('names an organisation speaker alone, with the context', async () => {
      const {el} = await pullQuote(await protocolDocument(), {quote: 'alliance-aim', locale: 'en'});
      expect(flat(part(el, 'caption')!.querySelector('.who')!.textContent)).to.equal(
        '— Alliance numérique, on the agreement the two parties are seeking to establish'.replace('— ', '')
      );
    });
  });

  describe('fidelity', () => {
    for (const id of ['alliance-aim', 'landry-market', 'landry-bridge']) {
      it(`renders the original of ${id} exactly as the document has it (whitespace aside)`, async () => {
        const story = await protocolDocument();
        const {el} = await pullQuote(story, {quote: id, locale: 'fr'});
        expect(flat(part(el, 'quote')!.textContent)).to.equal(flat(original(story, id)));
        // …and from any other locale, behind the toggle.
        const zh = await pullQuote(story, {quote: id, locale: 'zh-Hans'});
        (part(zh.el, 'toggle') as HTMLButtonElement).click();
        await zh.el.updateComplete;
        expect(flat(part(zh.el, 'original')!.textContent)).to.equal(flat(original(story, id)));
      });
    }

    it('never truncates a long quote, and wraps it from 280 px', async () => {
      const words = 'Une très longue citation qui ne doit jamais être coupée, '.repeat(40) + 'fin.';
      const story = minimalDocument({
        lang: 'fr',
        people: [{id: 'p', name: 'Quelqu’un'}],
        quotes: [{id: 'long', text: words, speaker: 'p'}],
      });
      const box = document.createElement('div');
      box.style.width = '280px';
      document.body.append(box);
      try {
        const {el} = await mount<NewsPullQuote>(html`<news-pull-quote .story=${story} locale="fr"></news-pull-quote>`, box);
        const quote = part(el, 'quote')!;
        expect(flat(quote.textContent)).to.equal(flat(words));
        expect(part(el, 'base')!.scrollWidth).to.be.at.most(280);
        const style = getComputedStyle(quote.querySelector('p')!);
        expect([style.overflow, style.textOverflow, style.webkitLineClamp]).to.deep.equal(['visible', 'clip', 'none']);
        expect(quote.getBoundingClientRect().height).to.be.greaterThan(500);
      } finally {
        box.remove();
      }
    });
  });

  describe('typography', () => {
    const marks = async (locale: string) => {
      const {el} = await pullQuote(await protocolDocument(), {quote: 'landry-market', locale});
      const p = part(el, 'quote')!.querySelector('p')!;
      return {
        quotes: getComputedStyle(p).quotes,
        before: getComputedStyle(p, '::before').content,
        after: getComputedStyle(p, '::after').content,
        text: p.textContent!,
      };
    };

    it('draws « … » with no-break spaces in French, around the words but outside the text', async () => {
      const fr = await marks('fr');
      expect(fr.quotes).to.match(/^"«\u00a0" "\u00a0»"/);
      expect([fr.before, fr.after]).to.deep.equal(['open-quote', 'close-quote']);
      expect(fr.text.startsWith('La Chine')).to.equal(true);
    });

    it('draws “…” in English and in Chinese', async () => {
      expect((await marks('en')).quotes).to.match(/^"“" "”"/);
      expect((await marks('zh-Hans')).quotes).to.match(/^"“" "”"/);
    });

    it('sets the Chinese opening mark full width, as Chinese fonts draw it, unless the page names its own font', async () => {
      /** The opening mark's width, in ems of the words: where the first letter starts. */
      const openingMark = async (locale: string) => {
        const {el} = await pullQuote(await protocolDocument(), {quote: 'landry-market', locale});
        const p = part(el, 'quote')!.querySelector('p')!;
        const first = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()!;
        const range = document.createRange();
        range.setStart(first, 0);
        range.setEnd(first, 1);
        return (range.getBoundingClientRect().left - p.getBoundingClientRect().left) / parseFloat(getComputedStyle(p).fontSize);
      };
      expect(await openingMark('zh-Hans'), 'Chinese').to.be.within(0.85, 1.05);
      expect(await openingMark('en'), 'English').to.be.below(0.6);
      // A page that sets its own font keeps it for the marks too.
      const {el} = await pullQuote(await protocolDocument(), {quote: 'landry-market', locale: 'zh-Hans'});
      el.style.setProperty('--news-font-family', 'serif');
      expect(getComputedStyle(part(el, 'quote')!.querySelector('p')!, '::before').fontFamily).to.equal('serif');
    });
  });

  describe('translation', () => {
    it('shows the translation labelled, and reveals the original in place by keyboard', async () => {
      const story = await protocolDocument();
      const {el} = await pullQuote(story, {quote: 'landry-market', locale: 'en'});
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'quote')!.textContent).to.contain('China is the world’s largest market');
      expect(part(el, 'translation-note')!.textContent).to.contain('Translated from French');
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      expect(toggle.localName).to.equal('button');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'original')).to.equal(null);
      toggle.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const shown = part(el, 'original')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(shown.id);
      expect(shown.getAttribute('lang')).to.equal('fr');
      expect(shadow(el).activeElement).to.equal(toggle);
      // After the button, in reading order and on screen: a screen reader reading on from the
      // button meets it, as a sighted reader finds it under the button.
      expect(toggle.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the button in the DOM').to.not.equal(0);
      expect(shown.getBoundingClientRect().top, 'below the button').to.be.at.least(toggle.getBoundingClientRect().bottom);
      expect(toggle.textContent!.trim()).to.equal('Hide the original');
      await sendKeys({press: ' '}); // the space bar, by the name both engines' drivers know
      await el.updateComplete;
      expect(part(el, 'original')).to.equal(null);
      expect(shadow(el).activeElement).to.equal(toggle);
    });

    it('leaves the keyboard on its toggle, even where the page lets the element itself take focus', async () => {
      const story = await protocolDocument();
      const {el} = await pullQuote(story, {quote: 'landry-market', locale: 'en'});
      // A page that makes the element focusable (to scroll to it, say): a press of the toggle
      // must not move focus from the toggle to the element around it.
      el.tabIndex = -1;
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      toggle.focus();
      toggle.click();
      await el.updateComplete;
      expect(part(el, 'original')).to.not.equal(null);
      await new Promise((resolve) => setTimeout(resolve));
      expect(shadow(el).activeElement, 'focus after a click').to.equal(toggle);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(part(el, 'original')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve));
      expect(shadow(el).activeElement, 'focus after Enter').to.equal(toggle);
    });

    it('labels translations in each interface language', async () => {
      const fr = await pullQuote(
        minimalDocument({lang: 'en', people: [{id: 'p', name: 'P'}], quotes: [{id: 'q', text: {en: 'Hello', fr: 'Bonjour'}, speaker: 'p'}]}),
        {locale: 'fr'}
      );
      expect(part(fr.el, 'translation-note')!.textContent).to.contain('Traduit de l’anglais');
      const zh = await pullQuote(await protocolDocument(), {locale: 'zh-CN'});
      expect(part(zh.el, 'translation-note')!.textContent).to.contain('译自法语');
      expect(part(zh.el, 'toggle')!.textContent!.trim()).to.equal('显示原文');
      // Slanted in French, upright in Chinese, which has no italic (the browser would fake one).
      expect(getComputedStyle(part(fr.el, 'translation-note')!).fontStyle).to.equal('italic');
      expect(getComputedStyle(part(zh.el, 'translation-note')!).fontStyle).to.equal('normal');
      const frFromFr = await pullQuote(await protocolDocument(), {locale: 'fr-CA'});
      expect(part(frFromFr.el, 'translation-note')).to.equal(null);
    });

    it('writes the French label with the article each language name takes', async () => {
      // Elided before a vowel or a mute h ("de l’hébreu"), not before y or an aspirated h ("du hongrois").
      const cases: [string, string][] = [
        ['en', 'Traduit de l’anglais'],
        ['it', 'Traduit de l’italien'],
        ['he', 'Traduit de l’hébreu'],
        ['hi', 'Traduit de l’hindi'],
        ['de', 'Traduit de l’allemand'],
        ['es', 'Traduit de l’espagnol'],
        ['hu', 'Traduit du hongrois'],
        ['ha', 'Traduit du haoussa'],
        ['yi', 'Traduit du yiddish'],
        ['yo', 'Traduit du yoruba'],
        ['pt', 'Traduit du portugais'],
      ];
      for (const [lang, label] of cases) {
        const story = minimalDocument({lang: 'fr', people: [{id: 'p', name: 'P'}], quotes: [{id: 'q', lang, text: {[lang]: '…', fr: 'Bonjour'}, speaker: 'p'}]});
        const {el} = await pullQuote(story, {locale: 'fr'});
        expect(flat(part(el, 'translation-note')!.textContent), lang).to.contain(label);
      }
    });

    it('shows the original, with its lang and no toggle, where no translation exists', async () => {
      const story = await protocolDocument();
      story.quotes![2].text = (story.quotes![2].text as Record<string, string>).fr;
      const {el} = await pullQuote(story, {quote: 'landry-bridge', locale: 'en'});
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('fr');
      expect(part(el, 'toggle')).to.equal(null);
    });

    it('shows the words as said, not another translation, when the reader’s language is missing', async () => {
      const story = oneQuote('zh-Hans', {'zh-Hans': '合作共赢', fr: 'Coopération gagnant-gagnant'}, 'fr');
      const {el} = await pullQuote(story, {locale: 'en'});
      expect(flat(part(el, 'quote')!.textContent)).to.equal('合作共赢');
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('zh-Hans');
      expect(part(el, 'translation-note')).to.equal(null);
    });

    it('labels a regional version of the quote’s language too, the words as said one click away', async () => {
      // Unlike an article's credit (a respelling is not a translation), a quote's words are the
      // speaker's own: "organised" is not what an American speaker wrote.
      const story = minimalDocument({
        lang: 'en',
        people: [{id: 'p', name: 'Pat'}],
        quotes: [{id: 'q', text: {en: 'We are organized.', 'en-GB': 'We are organised.'}, speaker: 'p'}],
      });
      const {el} = await pullQuote(story, {locale: 'en-GB'});
      expect(flat(part(el, 'quote')!.textContent)).to.equal('We are organised.');
      expect(flat(part(el, 'translation-note')!.textContent)).to.contain('Translated from English');
      (part(el, 'toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(flat(part(el, 'original')!.textContent)).to.equal('We are organized.');
    });

    /** A quote shown in English, its French original revealed. */
    async function originalShown(story?: StoryDocument) {
      const {el} = await pullQuote(story ?? (await protocolDocument()), {quote: 'landry-market', locale: 'en'});
      (part(el, 'toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(parts(el, 'original')).to.have.length(1);
      return el;
    }

    it('folds the original again when another quote is shown', async () => {
      const el = await originalShown();
      el.quote = 'landry-bridge';
      await el.updateComplete;
      expect(flat(part(el, 'quote')!.textContent)).to.equal(flat(((await protocolDocument()).quotes![2].text as Record<string, string>).en));
      expect(parts(el, 'original')).to.have.length(0);
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('false');
      // Back to the first quote: hidden too, as a quote drawn anew.
      el.quote = 'landry-market';
      await el.updateComplete;
      expect(parts(el, 'original')).to.have.length(0);
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('folds the original again when the same quote comes back after an error (a missing quote, a story that is not one)', async () => {
      const story = await protocolDocument();
      const detours: [string, (el: NewsPullQuote) => void, (el: NewsPullQuote) => void][] = [
        ['a missing quote', (el) => (el.quote = 'nobody'), (el) => (el.quote = 'landry-market')],
        ['a story that is not one', (el) => (el.story = {format: 'nope'}), (el) => (el.story = story)],
      ];
      for (const [what, away, back] of detours) {
        const el = await originalShown(story);
        away(el);
        await el.updateComplete;
        expect(part(el, 'error'), `${what}: the error shown`).to.not.equal(null);
        back(el);
        await el.updateComplete;
        expect(parts(el, 'original'), `${what}: back, as a quote drawn anew`).to.have.length(0);
        expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('false');
      }
    });

    it('folds the original again once the quote is drawn in its own language, so that switching there and back shows it folded', async () => {
      const el = await originalShown();
      // In French, the quote's own language: its words, no toggle, nothing more to show.
      el.locale = 'fr';
      for (let i = 0; i < 20 && part(el, 'quote')!.getAttribute('lang') !== 'fr'; i++) await new Promise((r) => setTimeout(r, 25));
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('fr');
      expect(part(el, 'toggle')).to.equal(null);
      el.locale = 'en';
      await el.updateComplete;
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('en');
      expect(parts(el, 'original')).to.have.length(0);
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'toggle')!.textContent!.trim()).to.equal('Show the original');
    });

    it('keeps the original shown when given the same story again by src, and hides it for another story given inline', async () => {
      const {el} = await mount<NewsPullQuote>(
        html`<news-pull-quote locale="en" quote="landry-market" src=${PROTOCOL_STORY_URL}></news-pull-quote>`
      );
      await waitUntil(() => part(el, 'toggle'), 'the quote drawn');
      part(el, 'toggle')!.click();
      await el.updateComplete;
      el.src = PROTOCOL_STORY_URL;
      await el.updateComplete;
      expect(parts(el, 'original'), 'the same story: still shown').to.have.length(1);
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('true');
      const other = await protocolDocument();
      other.id = 'another';
      (other.quotes![1].text as Record<string, string>).en = 'Other words.';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(other);
      const next = ready(el);
      el.append(script);
      await next;
      expect(flat(part(el, 'quote')!.textContent)).to.contain('Other words.');
      expect(parts(el, 'original'), 'another story: hidden').to.have.length(0);
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('respects a quote said in another language than the story', async () => {
      const story = oneQuote('zh-Hans', {'zh-Hans': '合作共赢', fr: 'Coopération gagnant-gagnant'}, 'fr');
      const {el} = await pullQuote(story, {locale: 'fr'});
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('fr');
      expect(part(el, 'translation-note')!.textContent).to.contain('Traduit du chinois');
    });

    it('names the original’s script or region when its tag states one', async () => {
      const story = oneQuote('zh-Hant', {'zh-Hant': '合作共贏', en: 'Win-win cooperation'});
      const {el} = await pullQuote(story, {locale: 'en'});
      expect(flat(part(el, 'translation-note')!.textContent)).to.contain('Translated from Traditional Chinese');
    });

    it('says "Translated", naming no language, when the original’s tag names none (und, an unassigned code)', async () => {
      // Intl.DisplayNames gives back the code it cannot name ("Translated from xx"), and names
      // und, "undetermined", after the root locale: "Translated from root".
      for (const lang of ['und', 'xx', 'qaa']) {
        const story = oneQuote(lang, {[lang]: 'Words', en: 'Words in English', fr: 'Des mots', 'zh-Hans': '话语'});
        for (const [locale, said] of [['en', 'Translated'], ['fr', 'Traduit'], ['zh-Hans', '译文']]) {
          const {el} = await pullQuote(story, {locale});
          const note = part(el, 'translation-note')!.querySelector('span')!;
          expect(flat(note.textContent), `${lang}, in ${locale}`).to.equal(said);
          el.remove();
        }
      }
    });

    it('names the language of a tag whose region or variant Intl cannot name: fr-QC, "Translated from French"', async () => {
      const story = oneQuote('fr-QC', {'fr-QC': 'Des mots', en: 'Words'});
      const {el} = await pullQuote(story, {locale: 'en'});
      expect(flat(part(el, 'translation-note')!.querySelector('span')!.textContent)).to.equal('Translated from French');
    });
  });

  describe('bad input', () => {
    it('fires not-found for an unknown quote id, with a localised message, and recovers', async () => {
      const {el, event} = await pullQuote(await protocolDocument(), {quote: 'nobody', locale: 'zh-Hans'});
      expect(event.type).to.equal('news-error');
      expect((event as CustomEvent).detail.code).to.equal('not-found');
      expect((event as CustomEvent).detail.message).to.contain('"nobody"');
      expect(part(el, 'error')!.textContent).to.contain('报道中没有');
      // Drawn again (another locale, another update), the same failure is not announced again.
      let again = 0;
      el.addEventListener('news-error', () => again++);
      el.locale = 'en';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(part(el, 'error')!.textContent).to.contain('does not contain');
      expect(again, 'news-error events after the first').to.equal(0);
      const ready = new Promise((resolve) => el.addEventListener('news-ready', resolve, {once: true}));
      el.quote = 'landry-bridge';
      await ready;
    });

    it('announces not-found again for a new story that fails the same way, but not when drawn again', async () => {
      const {el, event} = await pullQuote(await protocolDocument(), {quote: 'nope', locale: 'en'});
      expect((event as CustomEvent).detail.code).to.equal('not-found');
      const heard: string[] = [];
      el.addEventListener('news-error', (e) => heard.push((e as CustomEvent).detail.code));
      el.requestUpdate();
      await el.updateComplete;
      expect(heard, 'drawn again with the same input').to.deep.equal([]);
      el.story = await protocolDocument();
      await el.updateComplete;
      expect(heard, 'a new story object').to.deep.equal(['not-found']);
      el.requestUpdate();
      await el.updateComplete;
      expect(heard, 'that story drawn again').to.deep.equal(['not-found']);
    });

    it('fires not-found for a story without quotes', async () => {
      const {event} = await pullQuote(minimalDocument());
      expect((event as CustomEvent).detail.code).to.equal('not-found');
    });

    it('renders quote text as text, never as markup', async () => {
      const story = minimalDocument({people: [{id: 'p', name: '<b>P</b>'}], quotes: [{id: 'q', text: '<img src=x onerror=alert(1)>', speaker: 'p'}]});
      const {el} = await pullQuote(story, {locale: 'en'});
      expect(part(el, 'quote')!.textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
      expect(shadow(el).querySelector('img, b')).to.equal(null);
    });
  });
});
