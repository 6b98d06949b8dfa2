/**
 * `<news-article jsonld>`: search-engine data as a `<script type="application/ld+json">` child,
 * built by `storyToJsonLd` from what the story states and nothing else. Off by default; kept in
 * step with the story and the locale; removed when turned off or on error; never fallback
 * content; hostile text stays text; and on a strict page (Trusted Types) it needs, and only
 * needs, the `passerelle` policy.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../src/news-article.js';
import type {NewsArticle} from '../src/news-article/news-article.js';
import {serializeJsonLd, storyToJsonLd} from '../src/story/json-ld.js';
import {parseStory} from '../src/story/parse-story.js';
import type {QuoteDocument, StoryDocument} from '../src/story/types.js';
import {failed, fallbackShown, minimalDocument, mount, part, protocolDocument} from './helpers.js';

type Json = Record<string, any>;

const scripts = (el: Element) => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];

/** The element's one JSON-LD script, parsed; fails unless there is exactly one. */
function jsonLd(el: Element): Json {
  const found = scripts(el);
  expect(found.length, 'JSON-LD scripts').to.equal(1);
  expect(found[0].hasAttribute('data-passerelle')).to.equal(true);
  return JSON.parse(found[0].text);
}

async function article(story: StoryDocument, attrs: {locale?: string; jsonld?: boolean} = {}) {
  const {el} = await mount<NewsArticle>(
    html`<news-article .story=${story} locale=${attrs.locale ?? 'fr'} ?jsonld=${attrs.jsonld ?? true}></news-article>`
  );
  return el;
}

/** What a quote's words are in the language they were said in: the verbatim text. */
const verbatim = (quote: QuoteDocument, storyLang: string) => (typeof quote.text === 'string' ? quote.text : quote.text[quote.lang ?? storyLang]);

describe('<news-article jsonld>', () => {
  describe('off by default', () => {
    it('adds no script and loads no JSON-LD code without the attribute', async () => {
      const el = await article(await protocolDocument(), {jsonld: false});
      expect(el.jsonld).to.equal(false);
      expect(el.hasAttribute('jsonld')).to.equal(false);
      expect(el.querySelectorAll('script').length).to.equal(0);
      // The first test in this page: nothing has asked for the element's JSON-LD module yet (this
      // file imports the pure function itself, for the tests below).
      const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(loaded.filter((name) => name.includes('json-ld-script'))).to.deep.equal([]);
    });
  });

  describe('the protocol story', () => {
    it('holds the headline, the language, the organisations and the three quotes verbatim, and no date', async () => {
      const doc = await protocolDocument();
      const el = await article(doc, {locale: 'fr'});
      const data = jsonLd(el);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('NewsArticle');
      expect(data.headline).to.equal((doc.headline as Json).fr);
      expect(data.description).to.equal((doc.summary as Json).fr);
      expect(data.inLanguage).to.equal('fr');
      // The story states no date: none is given, nor any other field it does not state.
      expect(data).to.not.have.property('datePublished');
      expect(data).to.not.have.property('dateline');
      expect(data).to.not.have.property('isBasedOn');
      expect(data.about.map((o: Json) => [o['@type'], o.name])).to.deep.equal([
        ['Organization', 'Alliance numérique'],
        ['Organization', 'Chinese Cultural Industry Association'],
      ]);
      expect(data.about[1].alternateName).to.equal('CCIA');
      expect(data.about[0].areaServed).to.equal('Québec');
      expect(data.about[0].description).to.equal((doc.organizations![0].description as Json).fr);
      expect(data.hasPart).to.have.length(3);
      data.hasPart.forEach((quotation: Json, i: number) => {
        expect(quotation['@type']).to.equal('Quotation');
        expect(quotation.text).to.equal(verbatim(doc.quotes![i], doc.lang));
        expect(quotation.inLanguage).to.equal('fr');
      });
      expect(data.hasPart[0].creator).to.deep.equal({'@type': 'Organization', name: 'Alliance numérique'});
      expect(data.hasPart[1].creator).to.deep.equal({
        '@type': 'Person',
        name: 'Serge Landry',
        jobTitle: 'directeur',
        affiliation: {'@type': 'Organization', name: 'Alliance numérique'},
      });
    });

    for (const locale of ['en', 'zh-Hans']) {
      it(`in ${locale}: the article in translation, the quotes still in the words that were said`, async () => {
        const doc = await protocolDocument();
        const data = jsonLd(await article(doc, {locale}));
        expect(data.inLanguage).to.equal(locale);
        expect(data.headline).to.equal((doc.headline as Json)[locale]);
        expect(data.description).to.equal((doc.summary as Json)[locale]);
        // In the locale's words, or the original's (a name English keeps in French).
        const name = doc.organizations![0].name as Json;
        expect(data.about[0].name).to.equal(name[locale] ?? name[doc.lang]);
        expect(data.hasPart.map((q: Json) => [q.text, q.inLanguage])).to.deep.equal(doc.quotes!.map((q) => [verbatim(q, doc.lang), 'fr']));
        expect(data.hasPart[1].creator.jobTitle).to.equal((doc.people![0].role as Json)[locale]);
      });
    }

    it('a regional locale reads its language (fr-CA → fr)', async () => {
      const data = jsonLd(await article(await protocolDocument(), {locale: 'fr-CA'}));
      expect(data.inLanguage).to.equal('fr');
    });

    it('is the same data as storyToJsonLd gives for the story and locale', async () => {
      const doc = await protocolDocument();
      const el = await article(doc, {locale: 'en'});
      expect(scripts(el)[0].text).to.equal(serializeJsonLd(storyToJsonLd(parseStory(doc), {locale: 'en', baseUrl: document.baseURI})));
    });
  });

  describe('follows the element', () => {
    it('a locale switch rewrites the one script in the new language', async () => {
      const el = await article(await protocolDocument(), {locale: 'fr'});
      const before = scripts(el)[0];
      el.locale = 'en';
      await waitUntil(() => jsonLd(el).inLanguage === 'en', 'JSON-LD in English');
      expect(scripts(el).length).to.equal(1);
      expect(scripts(el)[0] === before, 'the same element, its text replaced').to.equal(true);
      el.locale = 'zh-Hans';
      await waitUntil(() => jsonLd(el).inLanguage === 'zh-Hans', 'JSON-LD in Chinese');
      expect(scripts(el).length).to.equal(1);
    });

    it('a new story rewrites it', async () => {
      const el = await article(minimalDocument({headline: 'First'}));
      expect(jsonLd(el).headline).to.equal('First');
      el.story = minimalDocument({headline: 'Second'});
      await el.updateComplete;
      expect(jsonLd(el).headline).to.equal('Second');
    });

    it('removing the attribute removes the script; setting it again brings it back', async () => {
      const el = await article(minimalDocument());
      expect(scripts(el).length).to.equal(1);
      el.removeAttribute('jsonld');
      await el.updateComplete;
      expect(el.jsonld).to.equal(false);
      expect(el.querySelectorAll('script').length).to.equal(0);
      el.jsonld = true;
      await el.updateComplete;
      expect(el.getAttribute('jsonld')).to.equal('');
      expect(jsonLd(el).headline).to.equal('A headline');
    });

    it('turned on after the story is shown, it adds the script', async () => {
      const el = await article(minimalDocument(), {jsonld: false});
      el.setAttribute('jsonld', '');
      await el.updateComplete;
      expect(jsonLd(el).headline).to.equal('A headline');
    });

    it('an error removes it, and the error message shows: the script is not fallback content', async () => {
      const el = await article(minimalDocument());
      expect(scripts(el).length).to.equal(1);
      const error = failed(el);
      el.story = {format: 'passerelle.story/1'};
      await error;
      await el.updateComplete;
      expect(el.querySelectorAll('script').length).to.equal(0);
      expect(part(el, 'error') !== null, 'the error message').to.equal(true);
      expect(fallbackShown(el)).to.equal(false);
    });

    it('with fallback children: they are hidden beside the story and shown on error, the script gone', async () => {
      const {el} = await mount<NewsArticle>(
        html`<news-article jsonld locale="en" .story=${minimalDocument()}><p>Read it on our site</p></news-article>`
      );
      expect(scripts(el).length).to.equal(1);
      expect(fallbackShown(el)).to.equal(false);
      const error = failed(el);
      el.story = 42;
      await error;
      await el.updateComplete;
      expect(scripts(el).length).to.equal(0);
      expect(fallbackShown(el)).to.equal(true);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
    });

    it('keeps the inline story input working, and leaves that script alone', async () => {
      const inline = JSON.stringify(minimalDocument({headline: 'Inline'}));
      const container = document.createElement('div');
      container.innerHTML = `<news-article jsonld locale="en"><script type="application/json">${inline}</script></news-article>`;
      const el = container.firstElementChild as NewsArticle;
      document.body.append(container);
      try {
        await waitUntil(() => scripts(el).length === 1, 'JSON-LD written');
        expect(part(el, 'headline')!.textContent).to.equal('Inline');
        expect(jsonLd(el).headline).to.equal('Inline');
        const children = [...el.children].map((c) => c.getAttribute('type'));
        expect(children).to.deep.equal(['application/json', 'application/ld+json']);
        expect(el.querySelector('script[type="application/json"]')!.textContent).to.equal(inline);
        // The inline document still wins and still updates the element.
        el.querySelector('script[type="application/json"]')!.textContent = JSON.stringify(minimalDocument({headline: 'Edited'}));
        await waitUntil(() => jsonLd(el).headline === 'Edited', 'JSON-LD follows the edited inline story');
        expect(part(el, 'headline')!.textContent).to.equal('Edited');
      } finally {
        container.remove();
      }
    });

    it('adopts a script it finds (server-rendered) instead of adding a second one, and removes extra copies', async () => {
      const container = document.createElement('div');
      container.innerHTML = `<news-article jsonld locale="en"><script type="application/ld+json" data-passerelle>{"stale":true}</script><script type="application/ld+json" data-passerelle>{}</script></news-article>`;
      const el = container.firstElementChild as NewsArticle;
      el.story = minimalDocument({headline: 'Fresh'});
      document.body.append(container);
      try {
        await waitUntil(() => scripts(el).length === 1 && jsonLd(el).headline === 'Fresh', 'one up-to-date script');
      } finally {
        container.remove();
      }
    });

    it("leaves the page's own JSON-LD alone", async () => {
      const container = document.createElement('div');
      container.innerHTML = `<news-article jsonld locale="en"><script type="application/ld+json">{"@type":"WebPage"}</script></news-article>`;
      const el = container.firstElementChild as NewsArticle;
      el.story = minimalDocument();
      document.body.append(container);
      try {
        await waitUntil(() => el.querySelector('script[data-passerelle]'), 'JSON-LD written');
        el.jsonld = false;
        await el.updateComplete;
        expect(scripts(el).map((s) => s.text)).to.deep.equal(['{"@type":"WebPage"}']);
      } finally {
        container.remove();
      }
    });
  });

  describe('what the story states, and only that', () => {
    it('a stated date becomes datePublished at its precision', async () => {
      for (const published of ['2012-11-20', '2012-11', '2012']) {
        const data = jsonLd(await article(minimalDocument({published})));
        expect(data.datePublished).to.equal(published);
      }
    });

    it('the source is the work it is based on; relative URLs resolve against the page, as the rendered links do', async () => {
      const doc = minimalDocument({
        dateline: 'Beijing',
        source: {name: 'Passerelle', url: '/news/2012/protocol.html'},
        organizations: [{id: 'a', name: 'A', url: '../orgs/a.html', logo: 'https://cdn.example/a.svg', country: 'CA'}],
      });
      const data = jsonLd(await article(doc, {locale: 'en'}));
      expect(data.dateline).to.equal('Beijing');
      expect(data.isBasedOn).to.deep.equal({
        '@type': 'CreativeWork',
        url: new URL('/news/2012/protocol.html', document.baseURI).href,
        publisher: {'@type': 'Organization', name: 'Passerelle'},
      });
      expect(data).to.not.have.property('publisher');
      expect(data.about[0]).to.deep.equal({
        '@type': 'Organization',
        name: 'A',
        url: new URL('../orgs/a.html', document.baseURI).href,
        logo: 'https://cdn.example/a.svg',
        address: {'@type': 'PostalAddress', addressCountry: 'CA'},
      });
    });

    it('storyToJsonLd leaves out relative URLs when it has no base to resolve them', () => {
      const story = parseStory(
        minimalDocument({source: {name: 'S', url: 'protocol.html'}, organizations: [{id: 'a', name: 'A', url: '//cdn.example/a', logo: 'a.svg'}]})
      );
      const data = storyToJsonLd(story) as Json;
      expect(data.isBasedOn).to.deep.equal({'@type': 'CreativeWork', publisher: {'@type': 'Organization', name: 'S'}});
      expect(data.about[0]).to.deep.equal({'@type': 'Organization', name: 'A'});
      expect(storyToJsonLd(story, {baseUrl: 'https://news.example/2012/'}).isBasedOn).to.deep.equal({
        '@type': 'CreativeWork',
        url: 'https://news.example/2012/protocol.html',
        publisher: {'@type': 'Organization', name: 'S'},
      });
    });

    it('prose the story has not translated is left out rather than labelled with the wrong language; names stay', () => {
      const story = parseStory({
        ...minimalDocument({lang: 'fr', headline: {fr: 'Titre', en: 'Title'}, summary: 'Résumé seulement en français'}),
        organizations: [{id: 'a', name: 'Association', description: 'Décrite en français'}],
        people: [{id: 'p', name: 'Marie', role: 'présidente', organization: 'a'}],
        quotes: [{id: 'q', text: {fr: 'Les mots', en: 'The words'}, speaker: 'p'}],
      });
      const data = storyToJsonLd(story, {locale: 'en'}) as Json;
      expect(data.headline).to.equal('Title');
      expect(data.inLanguage).to.equal('en');
      expect(data).to.not.have.property('description');
      expect(data.about).to.deep.equal([{'@type': 'Organization', name: 'Association'}]);
      expect(data.hasPart).to.deep.equal([
        {
          '@type': 'Quotation',
          text: 'Les mots',
          inLanguage: 'fr',
          creator: {'@type': 'Person', name: 'Marie', affiliation: {'@type': 'Organization', name: 'Association'}},
        },
      ]);
      // A locale the story has no text in: the original, said to be in the original's language.
      const zh = storyToJsonLd(story, {locale: 'zh-Hans'}) as Json;
      expect([zh.headline, zh.inLanguage, zh.description]).to.deep.equal(['Titre', 'fr', 'Résumé seulement en français']);
    });

    it('a story that states only a headline gives only a headline: no empty lists of organisations or quotes', () => {
      const data = storyToJsonLd(parseStory(minimalDocument({organizations: [], quotes: []})));
      expect(data).to.deep.equal({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A headline', inLanguage: 'en'});
    });

    it('an acronym and a region are names: they stay when the story has not translated them', () => {
      const story = parseStory(
        minimalDocument({
          lang: 'fr',
          headline: {fr: 'Titre', en: 'Title', 'zh-Hans': '标题'},
          organizations: [{id: 'a', name: {fr: 'Association québécoise', en: 'Quebec Association'}, shortName: 'AQ', region: 'Québec'}],
        })
      );
      // In English the name is translated, and the story's own name goes beside the acronym (see below).
      const alternates: Record<string, unknown> = {en: ['AQ', 'Association québécoise'], 'zh-Hans': 'AQ'};
      for (const locale of ['en', 'zh-Hans']) {
        const [org] = (storyToJsonLd(story, {locale}) as Json).about;
        expect([org.alternateName, org.areaServed], locale).to.deep.equal([alternates[locale], 'Québec']);
      }
    });

    it('a name given in translation keeps the story’s own beside it, so that who is meant can be found', async () => {
      const story = parseStory(await protocolDocument());
      const zh = storyToJsonLd(story, {locale: 'zh-Hans'}) as Json;
      expect(zh.about.map((o: Json) => [o.name, o.alternateName])).to.deep.equal([
        ['数字联盟', 'Alliance numérique'],
        ['中国文化产业协会', ['CCIA', 'Chinese Cultural Industry Association']],
      ]);
      const landry = zh.hasPart.map((q: Json) => q.creator).find((c: Json) => c['@type'] === 'Person');
      expect([landry.name, landry.alternateName]).to.deep.equal(['塞尔日·兰德里', 'Serge Landry']);
      // A name the reader's language keeps as it is has nothing beside it, French punctuation's
      // spaces (made non-breaking where shown) or not.
      const fr = storyToJsonLd(
        parseStory(minimalDocument({lang: 'fr', organizations: [{id: 'f', name: 'Festival « Montréal en lumière »', shortName: 'MEL'}]})),
        {locale: 'fr'}
      ) as Json;
      expect(fr.about[0].alternateName).to.equal('MEL');
      const en = storyToJsonLd(story, {locale: 'en'}) as Json;
      expect(en.about.map((o: Json) => [o.name, o.alternateName])).to.deep.equal([
        ['Alliance numérique', undefined],
        ['Chinese Cultural Industry Association', 'CCIA'],
      ]);
    });

    it('a dateline the story has not translated is left out, as the summary is', () => {
      const story = parseStory(minimalDocument({lang: 'fr', headline: {fr: 'Titre', en: 'Title'}, dateline: 'Pékin, le 20 novembre'}));
      expect(storyToJsonLd(story, {locale: 'fr'}).dateline).to.equal('Pékin, le 20 novembre');
      expect(storyToJsonLd(story, {locale: 'en'})).to.not.have.property('dateline');
    });

    it('a relative URL resolved against a base that is not http(s) is left out: a search engine cannot follow it', () => {
      const story = parseStory(minimalDocument({source: {name: 'S', url: 'protocol.html'}, organizations: [{id: 'a', name: 'A', url: 'a.html'}]}));
      const data = storyToJsonLd(story, {baseUrl: 'file:///home/editor/site/'}) as Json;
      expect(data.isBasedOn).to.deep.equal({'@type': 'CreativeWork', publisher: {'@type': 'Organization', name: 'S'}});
      expect(data.about).to.deep.equal([{'@type': 'Organization', name: 'A'}]);
    });
  });

  describe('hostile text', () => {
    const payloads = [
      `</script><img src=x onerror="window.__pwned='img'">`,
      `</SCRIPT ><script>window.__pwned='script'</script>`,
      `<!--<script>window.__pwned='comment'</script>`,
      `\u2028\u2029 "quotes" \\ backslash \u0000`,
    ];
    for (const payload of payloads) {
      it(`stays text and parses back exactly: ${JSON.stringify(payload).slice(0, 40)}`, async () => {
        const doc = minimalDocument({
          headline: payload,
          summary: payload,
          organizations: [{id: 'o', name: payload, description: payload}],
          quotes: [{id: 'q', text: payload, speaker: 'o'}],
        });
        const el = await article(doc, {locale: 'en'});
        const [script] = scripts(el);
        expect(script.text).to.not.include('<');
        const data = jsonLd(el);
        expect([data.headline, data.description, data.about[0].name, data.about[0].description, data.hasPart[0].text]).to.deep.equal(
          Array(5).fill(payload)
        );
        expect(el.querySelectorAll('*').length, 'no element made from text').to.equal(1);
        // An HTML parser, as a server-rendered page would be read, ends the script nowhere early.
        const parsed = new DOMParser().parseFromString(`<body><script type="application/ld+json">${script.text}</script>`, 'text/html');
        expect(parsed.body.children.length).to.equal(1);
        expect(JSON.parse(parsed.body.firstElementChild!.textContent!).headline).to.equal(payload);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect((window as {__pwned?: unknown}).__pwned).to.equal(undefined);
      });
    }

    it('serializeJsonLd escapes every < and round-trips', () => {
      const value = {text: '</script><!-- <b>'};
      const text = serializeJsonLd(value);
      expect(text).to.equal('{"text":"\\u003c/script>\\u003c!-- \\u003cb>"}');
      expect(JSON.parse(text)).to.deep.equal(value);
    });
  });

  describe('on a page with a strict Content-Security-Policy and Trusted Types', () => {
    type StrictWindow = Window & typeof globalThis & {__violations: {directive: string; sample: string}[]};

    /** Opens the strict page (test/fixtures/strict-csp.html) in a frame, its elements rendered. */
    async function openStrictPage(variant: 'listed' | 'lit-html') {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = `/faults/strict-csp/${variant}`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as StrictWindow;
      const el = (id: string) => win.document.getElementById(id)!;
      await waitUntil(() => ['full', 'card'].every((id) => el(id).shadowRoot?.querySelector('[part~="headline"]')), 'the articles render', {timeout: 5000});
      // The page's two elements whose story answers 404 warn of it as they fail: only the
      // warnings after that are the test's (on a loaded machine they came late, and counted).
      await waitUntil(
        () => el('failing').shadowRoot?.querySelector('[part~="error"]') && el('fallback').shadowRoot && !el('fallback').hasAttribute('aria-busy'),
        'the failing elements fail',
        {timeout: 5000}
      );
      const warnings: string[] = [];
      win.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      return {frame, win, el, warnings};
    }

    it("with the 'passerelle' policy listed: the data is written, with zero violations", async () => {
      const {frame, win, el, warnings} = await openStrictPage('listed');
      try {
        for (const id of ['full', 'card']) el(id).setAttribute('jsonld', '');
        await waitUntil(() => ['full', 'card'].every((id) => el(id).querySelector('script[data-passerelle]')), 'JSON-LD written', {timeout: 5000});
        expect(JSON.parse(el('full').querySelector('script[data-passerelle]')!.textContent!).hasPart).to.have.length(3);
        expect(JSON.parse(el('card').querySelector('script[data-passerelle]')!.textContent!)).to.include({
          headline: 'An inline story',
          inLanguage: 'en',
          datePublished: '2012-11-20',
        });
        // A locale switch rewrites the script's text through the policy too.
        el('full').setAttribute('locale', 'en');
        await waitUntil(() => JSON.parse(el('full').querySelector('script[data-passerelle]')!.textContent!).inLanguage === 'en', 'rewritten', {timeout: 5000});
        el('full').removeAttribute('jsonld');
        await waitUntil(() => !el('full').querySelector('script'), 'removed');
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(win.__violations, JSON.stringify(win.__violations)).to.deep.equal([]);
        expect(warnings).to.deep.equal([]);
        // The JSON-LD code came as a chunk of its own, from 'self'.
        const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('json-ld'));
        expect(chunks).to.have.length(1);
      } finally {
        frame.remove();
      }
    });

    it('with only lit-html listed: no script, one warning that names the policy, and the article still renders', async () => {
      const {frame, win, el, warnings} = await openStrictPage('lit-html');
      try {
        el('card').setAttribute('jsonld', '');
        await waitUntil(() => warnings.length > 0, 'a warning', {timeout: 5000});
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('"passerelle"');
        expect(el('card').querySelectorAll('script[data-passerelle]').length).to.equal(0);
        expect(el('card').shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('An inline story');
        expect(win.__violations.map((v) => v.directive)).to.include('trusted-types');
      } finally {
        frame.remove();
      }
    });

    it('with only lit-html listed: one warning for the page, however many articles ask and however often', async () => {
      const {frame, el, warnings} = await openStrictPage('lit-html');
      try {
        for (const id of ['full', 'card']) el(id).setAttribute('jsonld', '');
        await waitUntil(() => warnings.length > 0, 'a warning', {timeout: 5000});
        // Each locale switch makes each article try to write its data again.
        for (const locale of ['en', 'fr']) for (const id of ['full', 'card']) el(id).setAttribute('locale', locale);
        const inFrench = (id: string) => el(id).shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'fr';
        await waitUntil(() => inFrench('full') && inFrench('card'), 'back in French', {timeout: 5000});
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(warnings, warnings.join('\n')).to.have.length(1);
        for (const id of ['full', 'card']) expect(el(id).querySelectorAll('script[data-passerelle]').length).to.equal(0);
      } finally {
        frame.remove();
      }
    });
  });
});
