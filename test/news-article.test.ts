import {expect, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/news-article.js';
import {NewsArticle} from '../src/news-article/news-article.js';
import {STEP_SLICE} from '../src/news-timeline/timeline.template.js';
import type {StoryDocument} from '../src/story/types.js';
import {
  assertNoJunk,
  failed,
  inEmulatedMedia,
  langOf,
  LOCALES,
  minimalDocument,
  mount,
  part,
  parts,
  PROTOCOL_STORY_URL,
  protocolDocument,
  ready,
  shadow,
  textRange,
  withPlainSpaces,
} from './helpers.js';


/** The protocol story's URL, made new so that it is fetched afresh (the loader keeps what it loaded). */
const fresh = () => `${PROTOCOL_STORY_URL}?fresh=${Math.random().toString(36).slice(2)}`;

async function article(story: StoryDocument, attrs: {locale?: string; layout?: string; href?: string; level?: number} = {}) {
  const {el} = await mount<NewsArticle>(
    html`<news-article
      .story=${story}
      locale=${attrs.locale ?? 'fr'}
      layout=${attrs.layout ?? 'card'}
      heading-level=${attrs.level ?? 2}
      href=${attrs.href ?? ''}
    ></news-article>`
  );
  return el;
}

/**
 * Runs `during` with the full article's module loaded through `network` (which is given the real
 * loader: offline, it never calls it; slow, it calls it later), then puts the real loader back.
 */
type LoadDetails = typeof NewsArticle.loadDetails;
async function withDetailsNetwork(network: (load: LoadDetails) => ReturnType<LoadDetails>, during: () => Promise<void>) {
  const {loadDetails} = NewsArticle;
  NewsArticle.loadDetails = () => network(() => loadDetails.call(NewsArticle));
  try {
    await during();
  } finally {
    NewsArticle.loadDetails = loadDetails;
  }
}
const offline = () => Promise.reject(new Error('offline'));
/** A network that holds the module until `arrive()` is called. */
function slowNetwork() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return {arrive, arrived, network: (load: LoadDetails) => arrived.then(load)};
}

describe('<news-article>', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const layout of ['card', 'full']) {
        it(`is accessible as a ${layout} in ${locale}`, async () => {
          const el = await article(await protocolDocument(), {locale, layout});
          await expect(el).to.be.accessible();
        });
      }
    }
    inEmulatedMedia(() => {
      for (const locale of LOCALES) {
        it(`is accessible in ${locale} in dark mode, expanded`, async () => {
          await emulateMedia({colorScheme: 'dark'});
          const el = await article(await protocolDocument(), {locale});
          (part(el, 'expand') as HTMLButtonElement).click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }

      it('follows the dark colour scheme', async () => {
        const light = getComputedStyle(part(await article(minimalDocument()), 'base')!).backgroundColor;
        await emulateMedia({colorScheme: 'dark'});
        const dark = getComputedStyle(part(await article(minimalDocument()), 'base')!).backgroundColor;
        expect(light).to.equal('rgb(255, 255, 255)');
        expect(dark).to.not.equal(light);
      });
    });

    it('beside a <news-timeline> of the same story, leaves the timeline the one region of its name', async () => {
      await import('../src/news-timeline.js');
      const box = document.createElement('div');
      document.body.append(box);
      try {
        const story = await protocolDocument();
        await mount(html`<news-timeline .story=${story} locale="fr"></news-timeline>`, box);
        const el = await mount<NewsArticle>(html`<news-article .story=${story} layout="full" locale="fr"></news-article>`, box);
        await el.el.updateComplete;
        // A titled section is a region landmark; two with one name make the page's landmarks ambiguous.
        const section = part(el.el, 'timeline')!;
        expect(section.hasAttribute('aria-labelledby') || section.hasAttribute('aria-label')).to.equal(false);
        await expect(box).to.be.accessible();
      } finally {
        box.remove();
      }
    });
  });

  describe('the protocol story as a card', () => {
    it('shows headline, summary, "date not stated" and both organisations in French, and no dateline it does not state', async () => {
      const el = await article(await protocolDocument(), {locale: 'fr'});
      expect(part(el, 'base')!.localName).to.equal('article');
      expect(part(el, 'headline')!.localName).to.equal('h2');
      expect(part(el, 'headline')!.textContent).to.contain('L’Alliance numérique et la Chinese Cultural Industry Association signent un protocole');
      expect(part(el, 'summary')!.textContent).to.contain('200 entreprises membres');
      expect(part(el, 'meta')!.textContent!.trim()).to.equal('Date non précisée');
      expect(shadow(el).querySelector('time')).to.equal(null);
      const badges = parts(el, 'badge').map((b) => [b.querySelector('[part~="logo"]')!.textContent, b.querySelector('[part~="name"]')!.textContent!.trim()]);
      expect(badges).to.deep.equal([
        ['AN', 'Alliance numérique'],
        ['CCIA', 'Chinese Cultural Industry Association (CCIA)'],
      ]);
      expect(part(el, 'body')).to.equal(null);
      assertNoJunk(el);
    });

    it('shows the English translation with a "translated from French" credit', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      expect(part(el, 'headline')!.textContent).to.contain('Alliance numérique and the Chinese Cultural Industry Association sign a protocol');
      expect(langOf(part(el, 'headline')!)).to.equal('en');
      expect(part(el, 'meta')!.textContent!.trim()).to.equal('Date not stated');
      expect(part(el, 'source')!.textContent).to.contain('Translated from French');
      expect(part(el, 'expand')!.textContent!.trim()).to.equal('Read more');
    });

    it('shows the Chinese translation under zh-CN with its interface in Chinese', async () => {
      const el = await article(await protocolDocument(), {locale: 'zh-CN'});
      expect(part(el, 'headline')!.textContent).to.contain('数字联盟与中国文化产业协会签署合作备忘录');
      expect(langOf(part(el, 'headline')!)).to.equal('zh-Hans');
      expect(part(el, 'meta')!.textContent!.trim()).to.equal('日期未注明');
      expect(part(el, 'source')!.textContent).to.contain('译自法语');
      expect(part(el, 'expand')!.textContent!.trim()).to.equal('阅读全文');
    });

    it('does not call a regional version of the original’s language a translation', async () => {
      // A British or a Canadian reader of an American or a French story: the words are their own
      // region's, but nothing was translated.
      const british = minimalDocument({lang: 'en', headline: {en: 'The color of news', 'en-GB': 'The colour of news'}});
      const card = await article(british, {locale: 'en-GB'});
      expect(part(card, 'headline')!.textContent!.trim()).to.equal('The colour of news');
      expect(part(card, 'source'), 'no translation credit').to.equal(null);
      const quebec = minimalDocument({lang: 'fr', headline: 'Un titre', summary: {fr: 'Le courriel.', 'fr-CA': 'Le courriel, au Québec.'}});
      const full = await article(quebec, {locale: 'fr-CA', layout: 'full'});
      expect(part(full, 'summary')!.textContent).to.equal('Le courriel, au Québec.');
      expect(part(full, 'source')?.textContent ?? '', 'no translation credit').to.not.contain('Traduit');
      // Another language is still credited.
      const french = await article(quebec, {locale: 'en'});
      expect(part(french, 'source'), 'the original alone in English').to.equal(null);
      expect(part(await article({...british, summary: {en: 'A summary.', fr: 'Un résumé.'}}, {locale: 'fr-CA'}), 'source')!.textContent!.trim()).to.equal('Traduit de l’anglais');
    });

    it('falls back to the original, marked with its lang, where a translation is missing', async () => {
      const story = await protocolDocument();
      story.summary = 'Résumé seulement en français.';
      const el = await article(story, {locale: 'en'});
      expect(part(el, 'summary')!.textContent).to.equal('Résumé seulement en français.');
      expect(langOf(part(el, 'summary')!)).to.equal('fr');
      expect(langOf(part(el, 'headline')!)).to.equal('en');
    });

    it('credits the translation when any of the story’s words shown is translated, not the headline alone', async () => {
      // A partly translated story: the headline only in the French original.
      const story = minimalDocument({lang: 'fr', headline: 'Un titre', body: [{fr: 'Le texte.', en: 'The text.'}]});
      // The card shows only the original headline: nothing to credit.
      expect(part(await article(story, {locale: 'en'}), 'source')).to.equal(null);
      // A translated summary under it is credited…
      const card = await article({...story, summary: {fr: 'Un résumé.', en: 'A summary.'}}, {locale: 'en'});
      expect(langOf(part(card, 'headline')!)).to.equal('fr');
      expect(part(card, 'source')!.textContent!.trim()).to.equal('Translated from French');
      // …and so is the translated body of the full article.
      const full = await article(story, {locale: 'en', layout: 'full'});
      expect(part(full, 'body')!.textContent!.trim()).to.equal('The text.');
      expect(part(full, 'source')!.textContent!.trim()).to.equal('Translated from French');
      // …and a translated timeline, the rest in the original.
      const steps = await article(
        minimalDocument({lang: 'fr', headline: 'Un titre', timeline: {steps: [{id: 's', title: {fr: 'Signé', en: 'Signed'}, status: 'done'}]}}),
        {locale: 'en', layout: 'full'}
      );
      expect(part(steps, 'step-title')!.textContent!.trim()).to.equal('Signed');
      expect(part(steps, 'source')!.textContent!.trim()).to.equal('Translated from French');
      // …and a translated dateline on the card, the headline and summary in the original.
      const dated = await article(minimalDocument({lang: 'fr', headline: 'Un titre', dateline: {fr: 'Montréal, Québec', en: 'Montreal, Quebec'}}), {locale: 'en'});
      expect(part(dated, 'meta')!.textContent).to.contain('Montreal, Quebec');
      expect(part(dated, 'source')?.textContent?.trim(), 'dateline').to.equal('Translated from French');
      // …and a step's translated description or place, its title in the original.
      for (const translated of [{description: {fr: 'Paraphé à Montréal.', en: 'Initialled in Montreal.'}}, {place: {fr: 'Pékin', en: 'Beijing'}}]) {
        const step = await article(
          minimalDocument({lang: 'fr', headline: 'Un titre', timeline: {steps: [{id: 's', title: 'Signé', status: 'done', ...translated}]}}),
          {locale: 'en', layout: 'full'}
        );
        expect(part(step, 'source')?.textContent?.trim(), Object.keys(translated)[0]).to.equal('Translated from French');
      }
    });

    it('marks a text with its own language wherever it differs from the interface’s', async () => {
      // German has a translation here but no interface: the text is German under an English one.
      const german = await article(minimalDocument({lang: 'fr', headline: {fr: 'Un titre', de: 'Eine Schlagzeile'}}), {locale: 'de'});
      expect(part(german, 'headline')!.textContent).to.equal('Eine Schlagzeile');
      expect(langOf(part(german, 'headline')!)).to.equal('de');
      // Traditional Chinese shown to a reader of Simplified: the same language in other glyphs.
      const traditional = await article(minimalDocument({lang: 'zh-Hant', headline: '數位聯盟簽署協議'}), {locale: 'zh-Hans'});
      expect(langOf(part(traditional, 'headline')!)).to.equal('zh-Hant');
    });

    it('shows an unsupported locale the original text and an English interface', async () => {
      const el = await article(await protocolDocument(), {locale: 'de-DE'});
      expect(langOf(part(el, 'headline')!)).to.equal('fr');
      expect(part(el, 'expand')!.textContent!.trim()).to.equal('Read more');
      expect(part(el, 'source')).to.equal(null);
    });
  });

  describe('properties', () => {
    it('uses heading-level for the headline', async () => {
      for (const level of [1, 3, 6]) {
        const el = await article(minimalDocument(), {level});
        expect(part(el, 'headline')!.localName).to.equal(`h${level}`);
      }
      const invalid = await article(minimalDocument(), {level: 9});
      expect(part(invalid, 'headline')!.localName).to.equal('h2');
    });

    it('is a card for a layout it does not know, "Full" among them (values are lower case)', async () => {
      for (const layout of ['Full', 'wide', '']) {
        const el = await article(await protocolDocument(), {layout});
        expect(part(el, 'expand'), layout).to.not.equal(null);
        expect(part(el, 'body'), layout).to.equal(null);
      }
    });

    it('draws every heading level 1–6 as that heading, which keeps its lang and labels the article', async () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        const el = await article(minimalDocument({lang: 'fr', headline: 'Un titre en français'}), {locale: 'en', level});
        const headline = part(el, 'headline')!;
        expect(headline.localName).to.equal(`h${level}`);
        expect(langOf(headline), `h${level}`).to.equal('fr');
        const label = shadow(el).getElementById(part(el, 'base')!.getAttribute('aria-labelledby')!);
        expect(label === headline, `h${level} labels the article`).to.equal(true);
      }
    });

    it('puts the full article’s timeline title one level below the headline, at most h6', async () => {
      for (const [level, title] of [[1, 'h2'], [4, 'h5'], [5, 'h6'], [6, 'h6']] as const) {
        const el = await article(await protocolDocument(), {layout: 'full', level});
        expect(part(el, 'timeline-title')!.localName, `under h${level}`).to.equal(title);
      }
    });

    it('gives the organisations shown in detail a heading of their own, at the timeline title’s level, so that they are not read as part of the timeline', async () => {
      const outline = (el: Element) => [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent!.trim()}`);
      const full = await article(await protocolDocument(), {layout: 'full', locale: 'fr'});
      expect(outline(full)).to.deep.equal(['h2 ' + part(full, 'headline')!.textContent!.trim(), 'h3 Les étapes du rapprochement', 'h3 Organisations']);
      const title = part(full, 'organizations-title')!;
      expect(title.compareDocumentPosition(part(full, 'organizations')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'the list follows its heading').to.not.equal(0);
      // An expanded card too; a folded one shows its compact badges under no heading of theirs.
      const card = await article(await protocolDocument(), {locale: 'en', level: 4});
      expect(part(card, 'organizations-title')).to.equal(null);
      (part(card, 'expand') as HTMLButtonElement).click();
      await waitUntil(() => part(card, 'organizations-title'), 'expanded');
      expect(outline(card).slice(-1)).to.deep.equal(['h5 Organizations']);
      // No organisations, no heading over nothing.
      const none = await article(minimalDocument({body: ['A paragraph.']}), {layout: 'full'});
      expect(part(none, 'organizations-title')).to.equal(null);
    });

    it('links the headline to href and then has no expand button', async () => {
      // A story with more to show, so that the button is missing because of href alone.
      const el = await article(await protocolDocument(), {href: '/news/protocol'});
      const link = part(el, 'headline')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/news/protocol');
      expect(part(el, 'expand')).to.equal(null);
    });

    it('links the headline only in a card: a full article given href has no headline link', async () => {
      const el = await article(await protocolDocument(), {layout: 'full', href: '/news/protocol'});
      expect(part(el, 'headline')!.querySelectorAll('a')).to.have.length(0);
      expect(parts(el, 'expand')).to.have.length(0);
    });

    it('shows no summary, not even an empty box, for a story without one, whatever the page sets on ::part(summary)', async () => {
      const style = document.createElement('style');
      // A line clamp, as a page of cards may set: a display of its own, padding and a border.
      style.textContent = 'news-article::part(summary) { display: -webkit-box; -webkit-line-clamp: 2; padding: 1em; border: 2px solid; }';
      document.head.append(style);
      try {
        const without = await article(minimalDocument());
        const summary = part(without, 'summary');
        expect(summary === null || summary.getClientRects().length === 0, 'no box').to.equal(true);
        // The space between the header and the button is that of a card whose summary was never there.
        const gap = (el: Element) => part(el, 'expand')!.getBoundingClientRect().top - shadow(el).querySelector('header')!.getBoundingClientRect().bottom;
        const withSummary = await article(minimalDocument({summary: 'A summary'}));
        expect(part(withSummary, 'summary')!.getClientRects().length, 'a summary is shown').to.equal(1);
        expect(gap(without)).to.be.below(gap(withSummary) - part(withSummary, 'summary')!.getBoundingClientRect().height + 1);
        expect(shadow(without).textContent).not.to.contain('undefined');
      } finally {
        style.remove();
      }
    });

    it('has its Read more button for any story when it has no href, as the contract says', async () => {
      // Even a story with nothing beyond the card (elements.md: "A card without href has a button
      // that expands it in place"); expanded, it is the full article, here the same text.
      const el = await article(minimalDocument({summary: 'A summary'}));
      const button = part(el, 'expand') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await waitUntil(() => button.getAttribute('aria-expanded') === 'true');
      expect(part(el, 'summary')!.textContent).to.equal('A summary');
    });

    it('shows a dateline in the reader’s language', async () => {
      const story = minimalDocument({lang: 'fr', dateline: {fr: 'Pékin', en: 'Beijing', 'zh-Hans': '北京'}});
      for (const [locale, place] of [['fr', 'Pékin'], ['en', 'Beijing'], ['zh-CN', '北京'], ['de', 'Pékin']]) {
        const el = await article(story, {locale});
        const dateline = part(el, 'meta')!.querySelector('.dateline')!;
        expect(dateline.textContent).to.equal(place);
        expect(langOf(dateline)).to.equal(locale === 'de' ? 'fr' : locale === 'zh-CN' ? 'zh-Hans' : locale);
      }
    });

    it('shows a stated date in <time datetime> at its precision', async () => {
      for (const [published, text] of [
        ['2012-11-20', '20 novembre 2012'],
        ['2012-11', 'novembre 2012'],
        ['2012', '2012'],
      ]) {
        const el = await article(minimalDocument({lang: 'fr', published}));
        const time = shadow(el).querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal(published);
        expect(time.textContent).to.equal(text);
      }
    });

    it('writes "Source:" as each language does: a space after it in English, before and after in French, none after 来源：', async () => {
      const said = {name: {en: 'La Presse', fr: 'La Presse', 'zh-Hans': '新闻报'}};
      for (const [locale, shown] of [['en', 'Source: La Presse'], ['fr', 'Source\u00a0: La Presse'], ['zh-Hans', '来源：新闻报']]) {
        const el = await article(minimalDocument({source: said}), {locale});
        const label = part(el, 'source')!.querySelector('span')!;
        expect(label.textContent, locale).to.equal(shown);
      }
    });

    it('marks the source’s name with its own language, linked or not, so that a screen reader says it as written', async () => {
      for (const [source, lang] of [
        [{name: 'La Presse'}, 'fr'],
        [{name: 'La Presse', url: 'https://example.org/article'}, 'fr'],
        [{name: {fr: 'La Presse', en: 'The Press'}}, 'en'],
      ] as const) {
        const el = await article(minimalDocument({lang: 'fr', source}), {locale: 'en'});
        const name = part(el, 'source')!.querySelector('url' in source ? 'a' : 'span > span')!;
        expect(name.getAttribute('lang'), JSON.stringify(source)).to.equal(lang);
      }
    });

    it('shows the source with its link, opened safely', async () => {
      const el = await article(minimalDocument({source: {name: 'La Presse', url: 'https://example.org/article'}}), {locale: 'en'});
      const link = part(el, 'source')!.querySelector('a')!;
      expect(link.textContent).to.equal('La Presse');
      expect(link.href).to.equal('https://example.org/article');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('renders every field of the full layout: body, pull-quotes, timeline, detailed organisations', async () => {
      const story = await protocolDocument();
      const el = await article(story, {locale: 'fr', layout: 'full'});
      const paragraphs = [...part(el, 'body')!.querySelectorAll('p')].map((p) => withPlainSpaces(p.textContent));
      expect(paragraphs).to.deep.equal(story.body!.map((p) => withPlainSpaces((p as Record<string, string>).fr)));
      const quotes = parts(el, 'quote');
      expect(quotes.map((q) => q.localName)).to.deep.equal(['news-pull-quote', 'news-pull-quote', 'news-pull-quote']);
      expect(quotes.map((q) => q.getAttribute('quote'))).to.deep.equal(story.quotes!.map((q) => q.id));
      expect(part(el, 'timeline-title')!.textContent).to.equal('Les étapes du rapprochement');
      expect(part(el, 'timeline-title')!.localName).to.equal('h3');
      expect(parts(el, 'step')).to.have.length(story.timeline!.steps.length);
      // A step's "Lieu :" is for screen readers: it takes no room on screen here either.
      const placeWords = shadow(el).querySelector('[part~="step"] .place .visually-hidden')!.getBoundingClientRect();
      expect(placeWords.width * placeWords.height).to.be.at.most(1);
      const detailed = parts(el, 'badge').filter((b) => b.closest('[part~="organizations"]')).map((b) => b.textContent!.replace(/[ \n]+/g, ' '));
      expect(detailed[0]).to.contain('Regroupement industriel').and.contain('Québec').and.contain('200\u00a0entreprises membres');
      expect(detailed[1]).to.contain('Organisme industriel').and.contain('Chine');
      // Side by side in columns, where a card lines its compact badges up in a row.
      expect(getComputedStyle(part(el, 'organizations')!).display).to.equal('grid');
      expect(part(el, 'expand')).to.equal(null);
      assertNoJunk(el);
    });

    it('places each pull-quote after the paragraph that contains its words, else after the lede', async () => {
      const story = await protocolDocument();
      story.quotes!.push({id: 'elsewhere', text: 'Words said nowhere in the body', lang: 'en', speaker: 'serge-landry'});
      const el = await article(story, {locale: 'fr', layout: 'full'});
      const after = (id: string) => {
        const quote = shadow(el).querySelector(`news-pull-quote[quote="${id}"]`)!;
        let node = quote.previousElementSibling;
        while (node && node.localName !== 'p') node = node.previousElementSibling;
        return [...part(el, 'body')!.querySelectorAll('p')].indexOf(node as HTMLParagraphElement);
      };
      expect([after('alliance-aim'), after('landry-market'), after('landry-bridge'), after('elsewhere')]).to.deep.equal([1, 4, 5, 0]);
    });

    it('places a pull-quote by its words, however the paragraph spaces or breaks them', async () => {
      // French typesetting puts no-break spaces before "!" and inside « »; the quote's words may
      // be typed with plain ones, or the paragraph broken across lines.
      const story = minimalDocument({
        lang: 'fr',
        headline: 'Titre',
        body: ['Premier paragraphe.', 'Le directeur a déclaré\u00a0: «\u00a0Nous signons\naujourd’hui\u00a0!\u00a0»', 'Dernier paragraphe.'],
        people: [{id: 'p', name: 'Serge Landry'}],
        quotes: [{id: 'q', text: 'Nous signons aujourd’hui !', speaker: 'p'}],
      });
      const el = await article(story, {layout: 'full'});
      const quote = shadow(el).querySelector('news-pull-quote')!;
      expect(quote.previousElementSibling!.textContent).to.contain('Le directeur a déclaré');
    });

    it('shows the story’s quotes in a full article that has no body', async () => {
      const story = await protocolDocument();
      delete story.body;
      const el = await article(story, {layout: 'full'});
      expect(parts(el, 'quote').map((q) => q.getAttribute('quote'))).to.deep.equal(story.quotes!.map((q) => q.id));
    });

    it('shows its pull-quotes, like its body, in the original to a reader whose language the story lacks', async () => {
      const el = await article(await protocolDocument(), {locale: 'de', layout: 'full'});
      const quote = parts(el, 'quote')[0];
      await (quote as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      const words = shadow(quote).querySelector('blockquote')!;
      expect(words.textContent).to.contain('à faciliter, renforcer et construire une coopération durable');
      expect(langOf(words)).to.equal('fr');
    });

    it('draws no timeline for a timeline without steps: no heading over nothing', async () => {
      const el = await article(minimalDocument({timeline: {title: 'Next steps', steps: []}}), {layout: 'full', locale: 'en'});
      expect(part(el, 'timeline')).to.equal(null);
      expect(part(el, 'timeline-title')).to.equal(null);
    });

    it('heads an untitled timeline in the interface language, marked as such', async () => {
      const story = minimalDocument({lang: 'fr', headline: 'Titre', timeline: {steps: [{id: 's', title: 'Signature', status: 'done'}]}});
      for (const [locale, words, lang] of [
        ['fr', 'Chronologie', 'fr'],
        ['en', 'Timeline', 'en'],
        ['zh-CN', '时间线', 'zh-Hans'],
        ['de', 'Timeline', 'en'],
      ]) {
        const el = await article(story, {locale, layout: 'full'});
        const title = part(el, 'timeline-title')!;
        expect(title.textContent, locale).to.equal(words);
        expect(langOf(title), locale).to.equal(lang);
      }
    });

    it('marks a timeline title shown untranslated with its original lang', async () => {
      const story = await protocolDocument();
      story.timeline!.title = 'Les étapes du rapprochement';
      const el = await article(story, {locale: 'en', layout: 'full'});
      const title = part(el, 'timeline-title')!;
      expect(title.textContent).to.equal('Les étapes du rapprochement');
      expect(langOf(title)).to.equal('fr');
    });

    it('gives its pull-quotes the story and its locale, and keeps their events to itself', async () => {
      const events: string[] = [];
      const listener = (e: Event) => events.push(`${e.type}:${(e.composedPath()[0] as Element).localName}`);
      document.addEventListener('news-ready', listener);
      try {
        const el = await article(await protocolDocument(), {locale: 'zh-CN', layout: 'full'});
        const quote = parts(el, 'quote')[1];
        await (quote as unknown as {updateComplete: Promise<unknown>}).updateComplete;
        expect(shadow(quote).querySelector('blockquote')!.textContent).to.contain('中国是全球最大的市场');
        expect(shadow(quote).querySelector('figcaption')!.textContent).to.contain('译自法语');
        await new Promise((r) => setTimeout(r, 50));
        expect(events).to.deep.equal(['news-ready:news-article']);
      } finally {
        document.removeEventListener('news-ready', listener);
      }
    });

    it('keeps its pull-quotes’ events to itself as an expanded card too, however often it is expanded', async () => {
      const events: string[] = [];
      const listener = (e: Event) => events.push(`${e.type}:${(e.composedPath()[0] as Element).localName}`);
      document.addEventListener('news-ready', listener);
      try {
        const el = await article(await protocolDocument(), {locale: 'en'});
        const button = part(el, 'expand') as HTMLButtonElement;
        for (let round = 0; round < 2; round++) {
          button.click();
          await new Promise((r) => setTimeout(r, 0));
          await el.updateComplete;
          const quotes = parts(el, 'quote');
          expect(quotes).to.have.length(3);
          await Promise.all(quotes.map((q) => (q as unknown as {updateComplete: Promise<unknown>}).updateComplete));
          await new Promise((r) => setTimeout(r, 50));
          button.click();
          await new Promise((r) => setTimeout(r, 0));
          await el.updateComplete;
          expect(parts(el, 'quote')).to.have.length(0);
        }
        expect(events).to.deep.equal(['news-ready:news-article']);
      } finally {
        document.removeEventListener('news-ready', listener);
      }
    });

    it('shows the member count with Intl grouping and the unit in each language', async () => {
      const withMembers = async (count: number) => {
        const story = await protocolDocument();
        story.organizations![0].members = {count};
        return story;
      };
      const fr = await article(await withMembers(1200), {locale: 'fr', layout: 'full'});
      expect(part(fr, 'facts')!.textContent).to.contain('1\u202f200\u00a0membres');
      const en = await article(await withMembers(1200), {locale: 'en', layout: 'full'});
      expect(part(en, 'facts')!.textContent).to.contain('1,200\u00a0members');
      const one = await article(await withMembers(1), {locale: 'en', layout: 'full'});
      expect(part(one, 'facts')!.textContent).to.contain('1\u00a0member');
    });

    it('never parses text from the document as HTML', async () => {
      const el = await article(minimalDocument({headline: '<img src=x onerror="window.__pwned=1"><b>bold</b>', summary: '<script>window.__pwned=1</script>'}));
      expect(part(el, 'headline')!.textContent).to.equal('<img src=x onerror="window.__pwned=1"><b>bold</b>');
      expect(shadow(el).querySelector('img, b, script')).to.equal(null);
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
    });
  });

  describe('keyboard', () => {
    it('expands and folds the card with the keyboard, keeping focus on the button', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      const button = part(el, 'expand') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const details = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(details.textContent).to.contain('independent developers in Quebec');
      expect(parts(el, 'quote')).to.have.length(3);
      // The expanded card is the full article: the same parts, in the same order.
      const full = await article(await protocolDocument(), {locale: 'en', layout: 'full'});
      const partNames = (root: Element) =>
        [...shadow(root).querySelectorAll('[part]')].map((p) => p.getAttribute('part')).filter((p) => !['expand', 'headline'].includes(p!));
      expect(partNames(el)).to.deep.equal(partNames(full));
      expect(shadow(el).activeElement).to.equal(button);
      expect(button.textContent!.trim()).to.equal('Show less');
      // A disclosure: what the button revealed comes right after it, so that reading on and
      // Tab go into it rather than past the card. The button directly follows the summary.
      expect(button.previousElementSibling, 'before the button').to.equal(part(el, 'summary'));
      expect(button.nextElementSibling, 'after the button').to.equal(details);
      await sendKeys({press: 'Tab'});
      expect(details.contains(shadow(el).activeElement), 'Tab goes into what was revealed').to.equal(true);
      button.focus();
      await sendKeys({press: ' '}); // the space bar, by the name both engines' drivers know
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'body')).to.equal(null);
      expect(shadow(el).activeElement).to.equal(button);
    });

    it('says under Read more when the rest cannot load, keeping focus there, and forgets it once the article is shown another way', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      const button = part(el, 'expand') as HTMLButtonElement;
      await withDetailsNetwork(offline, async () => {
        button.focus();
        await sendKeys({press: 'Enter'});
        await waitUntil(() => part(el, 'expand-failed'), 'the failure said');
      });
      expect(part(el, 'expand-failed')!.textContent).to.equal('The rest of the story could not be loaded. Try again.');
      // An alert: a screen reader says it at once, as the answer to the press, where the focus stays.
      expect(part(el, 'expand-failed')!.getAttribute('role'), 'said at once').to.equal('alert');
      expect(shadow(el).activeElement, 'focus stays on the button').to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
      // Shown in full once it can load, then as a card again: the failure is old news, not said again.
      el.layout = 'full';
      await waitUntil(() => part(el, 'body'), 'shown in full');
      el.layout = 'card';
      await el.updateComplete;
      expect(part(el, 'expand'), 'a card again').to.not.equal(null);
      expect(part(el, 'expand-failed')).to.equal(null);
    });

    it('does not say an old failure again once a later press has opened the card and Show less folded it', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      const button = part(el, 'expand') as HTMLButtonElement;
      await withDetailsNetwork(offline, async () => {
        button.click();
        await waitUntil(() => part(el, 'expand-failed'), 'the failure said');
      });
      // Back online: the next press opens the card, and Show less folds it.
      button.click();
      await waitUntil(() => part(el, 'body'), 'the card opens');
      expect(part(el, 'expand-failed'), 'open').to.equal(null);
      button.click();
      await el.updateComplete;
      expect(part(el, 'body'), 'folded').to.equal(null);
      expect(button.textContent!.trim()).to.equal('Read more');
      expect(part(el, 'expand-failed'), 'the old failure, under a button that has since worked').to.equal(null);
    });

    it('does not say a failed Read more under a new story, nor once the card is given href and back', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      const pressOffline = () =>
        withDetailsNetwork(offline, async () => {
          (part(el, 'expand') as HTMLButtonElement).click();
          await waitUntil(() => part(el, 'expand-failed'), 'the failure said');
        });
      await pressOffline();
      // Another story in the card: its Read more has not been pressed.
      const next = ready(el);
      el.story = minimalDocument({lang: 'en', headline: 'Another story'});
      await next;
      await el.updateComplete;
      expect(part(el, 'headline')!.textContent!.trim()).to.equal('Another story');
      expect(part(el, 'expand-failed'), 'under a new story').to.equal(null);
      // A link for a while (no button, nothing to have failed), then a button again.
      await pressOffline();
      el.href = '/news/protocol';
      await el.updateComplete;
      expect(part(el, 'expand-failed'), 'under a link, with no button to try again').to.equal(null);
      el.removeAttribute('href');
      await el.updateComplete;
      expect(part(el, 'expand'), 'a button again').to.not.equal(null);
      expect(part(el, 'expand-failed'), 'under the new button').to.equal(null);
    });

    it('does not say a failed Read more under a new story put in place of its inline document, which sets no property', async () => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(await protocolDocument());
      const {el} = await mount<NewsArticle>(html`<news-article locale="en">${script}</news-article>`);
      await withDetailsNetwork(offline, async () => {
        (part(el, 'expand') as HTMLButtonElement).click();
        await waitUntil(() => part(el, 'expand-failed'), 'the failure said');
      });
      // A CMS preview rewrites the document in place.
      const next = ready(el);
      script.textContent = JSON.stringify(minimalDocument({headline: 'Another story'}));
      await next;
      await el.updateComplete;
      expect(part(el, 'headline')!.textContent!.trim()).to.equal('Another story');
      expect(part(el, 'expand-failed'), 'under a new story').to.equal(null);
    });

    it('opens once the rest arrives, however often Read more was pressed meanwhile, leaving focus where the reader took it', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      const button = part(el, 'expand') as HTMLButtonElement;
      const {arrive, network} = slowNetwork();
      await withDetailsNetwork(network, async () => {
        button.focus();
        // Nothing seems to happen: the reader presses again, then moves on, clicking the page's
        // text (which leaves the focus on the body).
        await sendKeys({press: 'Enter'});
        await sendKeys({press: 'Enter'});
        button.blur();
        arrive();
        await waitUntil(() => part(el, 'body'), 'the card opens');
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(document.activeElement, 'focus not pulled back to the card').to.equal(document.body);
      });
    });

    it('gives the keyboard focus back to the card when a new story took away what it was on, unless the reader has moved it', async () => {
      // Another src while Read more has focus: the card waits for it, with no button, then draws it.
      const {el} = await mount<NewsArticle>(html`<news-article locale="en" src=${fresh()}></news-article>`);
      const first = part(el, 'expand') as HTMLButtonElement;
      first.focus();
      let next = ready(el);
      el.src = fresh();
      await next;
      await el.updateComplete;
      expect(first.isConnected, 'the button taken away while the card waited').to.equal(false);
      expect(shadow(el).activeElement, 'another src: on Read more').to.equal(part(el, 'expand'));
      // Focus on a button the expanded card revealed (a quote's Show the original), and another
      // story set: the card folds.
      (part(el, 'expand') as HTMLButtonElement).click();
      await waitUntil(() => shadow(el).querySelector('news-pull-quote')?.shadowRoot?.querySelector('button'), 'the card expands');
      const quote = shadow(el).querySelector('news-pull-quote')!;
      quote.shadowRoot!.querySelector('button')!.focus();
      expect(shadow(el).activeElement, 'in the details').to.equal(quote);
      next = ready(el);
      el.story = minimalDocument({headline: 'Another story', body: ['Its body.']});
      await next;
      await el.updateComplete;
      expect(shadow(el).activeElement, 'another story: on Read more').to.equal(part(el, 'expand'));
      // A card with href: its headline's link.
      el.href = 'https://example.org/story';
      await el.updateComplete;
      (part(el, 'headline')!.querySelector('a') as HTMLElement).focus();
      next = ready(el);
      el.story = undefined;
      el.src = fresh();
      await next;
      await el.updateComplete;
      expect(shadow(el).activeElement, 'with href: on the headline').to.equal(part(el, 'headline')!.querySelector('a'));
      // The reader moves on while the new story loads: the focus stays where they put it.
      const elsewhere = document.createElement('button');
      document.body.append(elsewhere);
      try {
        next = ready(el);
        el.src = fresh();
        // While the card waits (its update has taken the link away), the reader moves on.
        await el.updateComplete;
        expect(part(el, 'headline'), 'waiting').to.equal(null);
        elsewhere.focus();
        await next;
        await el.updateComplete;
        expect(document.activeElement, 'not pulled back').to.equal(elsewhere);
      } finally {
        elsewhere.remove();
      }
    });

    it('leaves the focus on the page’s body when the reader clicked the page while the new story loaded, or it failed', async () => {
      const {el} = await mount<NewsArticle>(html`<news-article locale="en" src=${fresh()}></news-article>`);
      (part(el, 'expand') as HTMLButtonElement).focus();
      // A click on the page's text (which moves no focus, the card having lost it already).
      let next = ready(el);
      el.src = fresh();
      await el.updateComplete;
      expect(document.activeElement, 'the card waits, its button gone').to.equal(document.body);
      document.body.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}));
      await next;
      await el.updateComplete;
      expect(document.activeElement, 'after a click').to.equal(document.body);
      // A failure in between: a story given later, maybe much later, takes no focus.
      (part(el, 'expand') as HTMLButtonElement).focus();
      const failure = failed(el);
      el.src = '/faults/status/404?focus';
      await failure;
      next = ready(el);
      el.src = fresh();
      await next;
      await el.updateComplete;
      expect(document.activeElement, 'after a failure').to.equal(document.body);
    });

    it('shows a new story folded, even when the card was expanded', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      const button = part(el, 'expand') as HTMLButtonElement;
      button.click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const next = ready(el);
      el.story = await protocolDocument();
      await next;
      await el.updateComplete;
      expect(part(el, 'expand')!.getAttribute('aria-expanded')).to.equal('false');
      expect(parts(el, 'body')).to.have.length(0);
      expect(parts(el, 'quote')).to.have.length(0);
    });

    it('stays open when given its story again by the same src, and folds for another story given inline', async () => {
      const {el} = await mount<NewsArticle>(html`<news-article locale="en" src=${PROTOCOL_STORY_URL}></news-article>`);
      await waitUntil(() => part(el, 'expand'), 'the card drawn');
      (part(el, 'expand') as HTMLButtonElement).click();
      await waitUntil(() => part(el, 'body'), 'the card expands');
      // A page script (or a framework re-rendering) sets the same URL again: the same story, still open.
      el.src = PROTOCOL_STORY_URL;
      await el.updateComplete;
      expect(part(el, 'expand')!.getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'body'), 'the rest still shown').to.not.equal(null);
      // A CMS preview puts another story inline, which wins over src: it is drawn folded.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(minimalDocument({headline: 'Another story', body: ['Its body.']}));
      const next = ready(el);
      el.append(script);
      await next;
      expect(part(el, 'headline')!.textContent).to.contain('Another story');
      expect(part(el, 'expand')!.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'body'), 'the new story folded').to.equal(null);
      // The inline story taken away, src's story (the same one, fetched once) is back: folded too.
      const back = ready(el);
      script.remove();
      await back;
      expect(part(el, 'headline')!.textContent).to.contain('Alliance numérique');
      expect(part(el, 'expand')!.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'body'), 'the first story, back, folded').to.equal(null);
    });

    it('does not open a story that replaced the one Read more was pressed for while the rest loaded', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      const {arrive, arrived, network} = slowNetwork();
      await withDetailsNetwork(network, async () => {
        (part(el, 'expand') as HTMLButtonElement).click();
        const next = ready(el);
        el.story = minimalDocument({headline: 'Another story', body: ['Its body.']});
        await next;
        arrive();
        await arrived;
        await new Promise((r) => setTimeout(r, 0));
        await el.updateComplete;
        expect(part(el, 'headline')!.textContent).to.contain('Another story');
        expect(part(el, 'expand')!.getAttribute('aria-expanded')).to.equal('false');
        expect(part(el, 'body')).to.equal(null);
      });
    });

    it('answers a Read more still loading only if the card still has its button: given href meanwhile, it opens nothing and says nothing', async () => {
      for (const outcome of ['arrives', 'fails'] as const) {
        const el = await article(await protocolDocument(), {locale: 'en'});
        const {arrive, arrived} = slowNetwork();
        const network = (load: LoadDetails) => arrived.then(() => (outcome === 'arrives' ? load() : offline()));
        await withDetailsNetwork(network, async () => {
          (part(el, 'expand') as HTMLButtonElement).click();
          el.href = '/news/protocol';
          await el.updateComplete;
          arrive();
          await arrived;
          await new Promise((r) => setTimeout(r, 0));
          await el.updateComplete;
        });
        expect(part(el, 'headline')!.querySelector('a'), outcome).to.not.equal(null);
        expect(part(el, 'body'), `${outcome}: no details a link card cannot fold`).to.equal(null);
        expect(part(el, 'expand-failed'), `${outcome}: no "try again" without a button`).to.equal(null);
      }
    });

    it('takes a story attribute away as an input gone: its error goes, and the element waits', async () => {
      const {el} = await mount<NewsArticle>(html`<news-article locale="en" story="[object Object]"></news-article>`);
      await waitUntil(() => part(el, 'error'), 'the attribute reported');
      el.removeAttribute('story');
      await waitUntil(() => !part(el, 'error'), 'the error gone');
      expect(el.getAttribute('aria-busy')).to.equal('true');
    });

    it('folds an expanded card when it is given href, which leaves it no button to fold it', async () => {
      const el = await article(await protocolDocument(), {locale: 'en'});
      (part(el, 'expand') as HTMLButtonElement).click();
      await waitUntil(() => part(el, 'body'), 'the card expands');
      el.href = '/news/protocol';
      await el.updateComplete;
      expect(part(el, 'expand')).to.equal(null);
      expect(part(el, 'body'), 'no details without a button to fold them').to.equal(null);
      expect(parts(el, 'quote')).to.have.length(0);
      expect(part(el, 'headline')!.querySelector('a')!.getAttribute('href')).to.equal('/news/protocol');
    });

    it('does not fire news-ready again when the card is expanded', async () => {
      const el = await article(await protocolDocument());
      let events = 0;
      el.addEventListener('news-ready', () => events++);
      (part(el, 'expand') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(events).to.equal(0);
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    it('never starts a French line with a closing guillemet, at any phone width', async () => {
      // The published text has ordinary spaces inside « »: at 320 px a line began "», déclare…".
      const el = await article(await protocolDocument(), {locale: 'fr', layout: 'full'});
      const body = part(el, 'body')!;
      const guillemets = [...body.querySelectorAll('p')].flatMap((p) => {
        const node = [...p.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE)!;
        return [...node.data.matchAll(/\S+\s»|«\s\S+/g)].map((m) => ({node, start: m.index, end: m.index + m[0].length}));
      });
      expect(guillemets.length, '« and » in the body').to.equal(6);
      for (let width = 280; width <= 560; width += 4) {
        await setViewport({width, height: 800});
        for (const {node, start, end} of guillemets) {
          const lines = new Set([...textRange(node, start, end).getClientRects()].map((r) => Math.round(r.top)));
          expect(lines.size, `"${node.data.slice(start, end)}" at ${width} px`).to.equal(1);
        }
      }
    });

    it('grows the full article’s headline with the reader’s zoom: twice the size at 200%', async () => {
      // Zooming a 1280 px window to 200% leaves a viewport of 640 px, to 400% one of 320 px. A
      // headline sized by the viewport (1.25em + 1vw) grew to 165% of its size at 200%, while
      // the text around it doubled (WCAG 1.4.4).
      const el = await article(await protocolDocument(), {locale: 'fr', layout: 'full'});
      const size = (name: string) => parseFloat(getComputedStyle(part(el, name)!).fontSize);
      const ofBody = () => size('headline') / parseFloat(getComputedStyle(part(el, 'body')!.querySelector('p')!).fontSize);
      await setViewport({width: 1280, height: 800});
      expect(ofBody(), 'at 1280 px, the headline to the body').to.equal(2);
      await setViewport({width: 640, height: 800});
      expect(ofBody(), 'at 640 px (1280 px at 200%)').to.equal(2);
      await setViewport({width: 600, height: 800});
      expect(ofBody(), 'at 600 px (1200 px at 200%)').to.equal(2);
      // Smaller on a phone, at its own size: 1.6 times the body.
      await setViewport({width: 320, height: 800});
      expect(ofBody(), 'at 320 px').to.be.closeTo(1.6, 0.01);
    });

    it('draws a long timeline a slice per task, as <news-timeline> does, and updateComplete waits for every step', async () => {
      // 8,000 steps in one task froze the page for more than a second.
      const story = await protocolDocument();
      const steps = Array.from({length: 2000}, (_, i) => ({id: `s${i}`, title: `Step ${i + 1}`, status: 'done' as const}));
      story.timeline = {steps};
      const el = document.createElement('news-article') as NewsArticle;
      Object.assign(el, {layout: 'full', locale: 'en', story});
      const items = () => shadow(el).querySelectorAll('[part~="timeline"] [part~="step"]').length;
      let drawnWhenReady = 0;
      el.addEventListener('news-ready', () => (drawnWhenReady = items()));
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(drawnWhenReady, 'steps in the DOM at news-ready').to.be.greaterThan(50);
        expect(drawnWhenReady, 'steps drawn in the first task').to.be.at.most(STEP_SLICE);
        expect(items(), 'steps once updateComplete settles').to.equal(2000);
        // Shown again after a while as a card: from the first slice again, not all 2000 at once.
        el.layout = 'card';
        await el.updateComplete;
        expect(items(), 'as a card').to.equal(0);
        el.layout = 'full';
        (el as unknown as {performUpdate(): void}).performUpdate(); // the update that shows it, now
        expect(items(), 'steps drawn in the task that shows it in full again').to.be.at.most(STEP_SLICE);
        await el.updateComplete;
        expect(items()).to.equal(2000);
      } finally {
        el.remove();
      }
    });

    it('fires news-ready once the full article’s pull-quotes have drawn, and only once', async () => {
      const el = document.createElement('news-article') as NewsArticle;
      Object.assign(el, {layout: 'full', locale: 'en', story: await protocolDocument()});
      const quotesDrawn: boolean[][] = [];
      el.addEventListener('news-ready', () =>
        quotesDrawn.push([...shadow(el).querySelectorAll('news-pull-quote')].map((q) => !!q.shadowRoot?.querySelector('blockquote')))
      );
      // A page counting embeds hears one news-ready per article, also when it listens in the
      // capture phase, which runs before anything inside the article could stop the quotes'.
      const heard: string[] = [];
      const count = (event: Event) => heard.push(`${event.eventPhase === Event.CAPTURING_PHASE ? 'capture' : 'bubble'} ${event.type}`);
      for (const type of ['news-ready', 'news-error']) {
        document.addEventListener(type, count, true);
        document.addEventListener(type, count);
      }
      document.body.append(el);
      try {
        await waitUntil(() => quotesDrawn.length, 'news-ready');
        await new Promise((r) => setTimeout(r, 50));
        expect(quotesDrawn).to.deep.equal([[true, true, true]]);
        expect(heard).to.deep.equal(['capture news-ready', 'bubble news-ready']);
      } finally {
        el.remove();
        for (const type of ['news-ready', 'news-error']) {
          document.removeEventListener(type, count, true);
          document.removeEventListener(type, count);
        }
      }
    });

    for (const width of [280, 320, 1024]) {
      it(`fits a ${width} px column without horizontal overflow`, async () => {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        document.body.append(box);
        try {
          const story = await protocolDocument();
          story.headline = {fr: 'Unmotextrêmementlongsansaucuneespacequipourraitdéborderdelacarte'.repeat(3)};
          const {el} = await mount<NewsArticle>(html`<news-article .story=${story} layout="full" locale="fr"></news-article>`, box);
          const base = part(el, 'base') as HTMLElement;
          expect(base.getBoundingClientRect().width).to.be.at.most(width);
          expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        } finally {
          box.remove();
        }
      });
    }

    for (const [width, padding] of [[320, 16], [639, 16], [641, 24], [1024, 24]]) {
      it(`pads a card and a full article ${padding} px in a ${width} px column (wider from 40rem up)`, async () => {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        document.body.append(box);
        try {
          for (const layout of ['card', 'full']) {
            const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()} layout=${layout} locale="fr"></news-article>`, box);
            expect(getComputedStyle(part(el, 'base')!).paddingLeft, layout).to.equal(`${padding}px`);
            el.remove();
          }
        } finally {
          box.remove();
        }
      });
    }
  });

  describe('theming', () => {
    it('takes --news-* custom properties from any ancestor', async () => {
      const host = document.createElement('div');
      host.style.setProperty('--news-accent-color', 'rgb(200, 0, 100)');
      host.style.setProperty('--news-surface-color', 'transparent');
      host.style.setProperty('--news-font-family', 'Georgia, serif');
      document.body.append(host);
      try {
        const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()} locale="en"></news-article>`, host);
        const base = part(el, 'base')!;
        expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(base).fontFamily).to.contain('Georgia');
        expect(getComputedStyle(part(el, 'expand')!).color).to.equal('rgb(200, 0, 100)');
      } finally {
        host.remove();
      }
    });

    it('exposes the documented parts', async () => {
      const el = await article(await protocolDocument(), {layout: 'full', locale: 'en'});
      for (const name of ['base', 'headline', 'meta', 'summary', 'body', 'quote', 'organizations', 'badge', 'source']) {
        expect(part(el, name), name).to.not.equal(null);
      }
    });
  });

  it('renders the whole body without junk text in each locale (Japanese: the French original)', async () => {
    for (const [locale, shown] of [['fr', 'fr'], ['en', 'en'], ['zh-Hans', 'zh-Hans'], ['ja', 'fr']]) {
      const story = await protocolDocument();
      const el = await article(story, {locale, layout: 'full'});
      assertNoJunk(el);
      const paragraphs = [...part(el, 'body')!.querySelectorAll('p')];
      expect(paragraphs.map((p) => withPlainSpaces(p.textContent))).to.deep.equal(
        story.body!.map((p) => withPlainSpaces((p as Record<string, string>)[shown]))
      );
      expect(paragraphs.every((p) => p.lang === shown)).to.equal(true);
    }
  });
});
