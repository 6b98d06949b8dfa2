/**
 * Injection: every text field of a document carrying markup, script, CSS and attribute-breaking
 * quotes, and every URL field a forbidden scheme (also disguised), through all four elements in
 * every layout. Nothing runs, no element is made from text, no forbidden URL reaches an `href`
 * or `src` in any shadow root (nested pull-quotes included), and links that open elsewhere
 * carry `rel="noopener noreferrer"`.
 */
import {expect} from '@open-wc/testing';
import '../src/index.js';
import type {StoryDocument} from '../src/story/types.js';
import {assertNoJunk, part, parts, shadow, withPlainSpaces} from './helpers.js';
import {assertSafeRendering, FORBIDDEN_URL_VARIANTS, shadowRoots} from './hostile-arbitraries.js';

type AnyElement = HTMLElement & {updateComplete: Promise<unknown>; story?: unknown};
type Pwned = {__pwned?: unknown};

/** Text that a careless template would turn into markup, script, style or a broken attribute. */
const TEXT_PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `<svg onload="window.__pwned='svg'"><b>bold</b></svg>`,
  `"><img src=x onerror=window.__pwned='attr-break'>`,
  `' onmouseover='window.__pwned=1' x='`,
  `</style><style>:host{display:none!important} *{color:red!important}</style>`,
  `x{} :host{background:url("javascript:window.__pwned=1")} width: expression(window.__pwned=1)`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<a href="javascript:window.__pwned='a'">click</a>`,
  `<!--<img src=x onerror=window.__pwned='comment'>-->`,
  `&lt;img src=x onerror=window.__pwned='entity'&gt; &amp; &#60;b&#62;`,
  `{{constructor.constructor('window.__pwned=1')()}} \${window.__pwned=1}`,
  `<?lit$123456789$><!--?lit$123456789$--> lit$123456789$`,
  `<math><mi xlink:href="javascript:window.__pwned=1">x</mi></math>`,
  `<template><img src=x onerror=window.__pwned='template'></template>`,
  `<object data="javascript:window.__pwned=1"></object><embed src="javascript:window.__pwned=1">`,
  `<form><button formaction="javascript:window.__pwned=1">go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">`,
  `<link rel=stylesheet href="data:text/css,*{display:none}">`,
  `\u202E<b>\u0000</b>\uD800"'\``,
];

/** Identifiers that must stay strings when they reach an attribute (a pull-quote's `quote`). */
const ID_PAYLOAD = `" onfocus="window.__pwned='id'" autofocus x="<img src=x onerror=window.__pwned='id'>`;

/** A document in which every text field holds `text` (as the original and as an English translation) and every URL `url`. */
function hostileDocument(text: string, url: string, logo = url): StoryDocument {
  const t = (suffix: string) => ({fr: `${text} ${suffix}`, en: `${text} ${suffix} (en)`});
  return {
    format: 'passerelle.story/1',
    id: 'hostile',
    lang: 'fr',
    headline: t('headline'),
    summary: t('summary'),
    dateline: t('dateline'),
    published: '2012-11-20',
    source: {name: t('source'), url},
    body: [t('body 0'), `${text} body 1`],
    organizations: [
      {
        id: ID_PAYLOAD,
        name: t('org'),
        shortName: t('short'),
        kind: t('kind'),
        region: t('region'),
        description: t('description'),
        members: {count: 3, unit: t('unit')},
        url,
        logo,
      },
      {id: 'plain', name: `${text}`, url, logo},
    ],
    people: [{id: 'person', name: t('person'), role: t('role'), organization: ID_PAYLOAD}],
    quotes: [
      {id: ID_PAYLOAD, text: t('quote'), speaker: 'person', context: t('context')},
      {id: 'q2', text: {'zh-Hans': `${text} 原文`, fr: `${text} traduit`}, lang: 'zh-Hans', speaker: ID_PAYLOAD},
    ],
    timeline: {
      title: t('timeline'),
      steps: [
        {id: ID_PAYLOAD, title: t('step'), description: t('step description'), place: t('place'), status: 'done', date: '2012', organizations: [ID_PAYLOAD, 'plain']},
        {id: 's2', title: `${text}`, status: 'planned'},
      ],
    },
  };
}

/** Every rendering of the four elements worth checking, with what to do to reach it. */
const VARIANTS: {tag: string; attributes: Record<string, string>; then?: (el: AnyElement) => Promise<void>}[] = [
  {tag: 'news-article', attributes: {layout: 'card'}},
  {tag: 'news-article', attributes: {layout: 'card'}, then: (el) => click(el, 'expand')},
  {tag: 'news-article', attributes: {layout: 'full'}},
  {tag: 'news-article', attributes: {layout: 'full', locale: 'en'}},
  {tag: 'news-article', attributes: {layout: 'card', href: 'https://elsewhere.example/story'}},
  {tag: 'news-org-badge', attributes: {variant: 'compact'}},
  {tag: 'news-org-badge', attributes: {variant: 'detailed', locale: 'en'}},
  {tag: 'news-org-badge', attributes: {variant: 'detailed', org: 'plain'}},
  {tag: 'news-pull-quote', attributes: {locale: 'en'}},
  {tag: 'news-pull-quote', attributes: {quote: 'q2', locale: 'fr'}, then: (el) => click(el, 'toggle')},
  {tag: 'news-timeline', attributes: {orientation: 'vertical'}},
  {tag: 'news-timeline', attributes: {orientation: 'horizontal', locale: 'zh-Hans'}},
];

async function click(el: AnyElement, name: string) {
  const button = part(el, name);
  if (!button) throw new Error(`no ${name} button`);
  button.click();
  await el.updateComplete;
  await settleNested(el);
}

/** Waits for the pull-quotes an article renders inside itself. */
async function settleNested(el: Element) {
  for (let i = 0; i < 3; i++) {
    const inner = shadowRoots(el).flatMap((root) => [...root.querySelectorAll('news-pull-quote')]) as AnyElement[];
    await Promise.all(inner.map((q) => q.updateComplete));
  }
}

/** Renders `tag` with `story` and waits for its first news-ready or news-error. */
async function render(tag: string, story: unknown, attributes: Record<string, string> = {}): Promise<{el: AnyElement; type: string; detail: any}> {
  const el = document.createElement(tag) as AnyElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.story = story;
  const settled = new Promise<{type: string; detail: any}>((resolve) => {
    el.addEventListener('news-ready', (e) => resolve({type: 'news-ready', detail: (e as CustomEvent).detail}), {once: true});
    el.addEventListener('news-error', (e) => resolve({type: 'news-error', detail: (e as CustomEvent).detail}), {once: true});
  });
  box.append(el);
  const {type, detail} = await settled;
  await el.updateComplete;
  await settleNested(el);
  return {el, type, detail};
}

/** Lets image errors, frames and timers that an injection would have started run. */
const aMoment = () => new Promise((r) => setTimeout(r, 50));

let box: HTMLDivElement;

describe('injection', () => {
  // Every forbidden URL is dropped with a console warning: expected here, so not printed.
  let warn: typeof console.warn;
  before(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => (console.warn = warn));

  beforeEach(() => {
    delete (window as Pwned).__pwned;
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => {
    box.remove();
    expect((window as Pwned).__pwned, 'window.__pwned').to.equal(undefined);
  });

  describe('markup, script, CSS and quotes in every text field', () => {
    for (const payload of TEXT_PAYLOADS) {
      it(`renders as text: ${JSON.stringify(payload).slice(0, 70)}`, async () => {
        const url = FORBIDDEN_URL_VARIANTS[TEXT_PAYLOADS.indexOf(payload) % FORBIDDEN_URL_VARIANTS.length];
        // Every variant at once, then one moment for anything an injection would have started.
        const rendered = await Promise.all(
          VARIANTS.map(async ({tag, attributes, then}) => {
            const {el, type} = await render(tag, hostileDocument(payload, url), attributes);
            expect(type, `<${tag} ${JSON.stringify(attributes)}>`).to.equal('news-ready');
            await then?.(el);
            return {el, attributes};
          })
        );
        await aMoment();
        for (const {el, attributes} of rendered) {
          const {images, links} = assertSafeRendering(el);
          assertNoJunk(el);
          // Forbidden logo URLs are dropped, so there are no images at all; the only link is the page's own href.
          expect(images, 'images').to.have.length(0);
          expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(attributes.href ? [attributes.href] : []);
          // The payload is on screen, character for character (but the kind of space: see withPlainSpaces), as text.
          const texts = shadowRoots(el).flatMap((root) => [...root.querySelectorAll('*')].map((n) => withPlainSpaces(n.textContent)!));
          expect(texts.some((t) => t.includes(withPlainSpaces(payload)!)), 'the payload is shown as text').to.equal(true);
          // No style got in: the element is displayed and its text keeps its colour.
          expect(getComputedStyle(el).display).to.not.equal('none');
          for (const root of shadowRoots(el)) {
            expect(root.querySelector('style, link, script')).to.equal(null);
            for (const node of root.querySelectorAll('p, span, h1, h2, h3, h4, h5, h6')) {
              expect(getComputedStyle(node).color).to.not.equal('rgb(255, 0, 0)');
            }
          }
        }
      });
    }

    it('keeps the headline exactly as written, entities and all, in a text node', async () => {
      const payload = TEXT_PAYLOADS[10];
      const {el} = await render('news-article', hostileDocument(payload, 'https://example.org/'), {layout: 'full'});
      const headline = part(el, 'headline')!;
      expect(headline.textContent).to.equal(`${payload} headline`);
      expect([...headline.childNodes].every((n) => n.nodeType === Node.TEXT_NODE || n.nodeType === Node.COMMENT_NODE)).to.equal(true);
    });

    it('passes an identifier full of quotes to a nested pull-quote as one attribute value', async () => {
      const {el} = await render('news-article', hostileDocument('x', 'https://example.org/'), {layout: 'full'});
      const quotes = parts(el, 'quote');
      expect(quotes.map((q) => q.getAttribute('quote'))).to.deep.equal([ID_PAYLOAD, 'q2']);
      for (const q of quotes) {
        expect([...q.attributes].map((a) => a.name).sort()).to.deep.equal(['exportparts', 'locale', 'part', 'quote']);
        expect(q.shadowRoot!.querySelector('blockquote')).to.not.equal(null);
      }
    });
  });

  describe('URLs', () => {
    for (const url of FORBIDDEN_URL_VARIANTS) {
      it(`drops ${JSON.stringify(url).slice(0, 60)} from every href and src`, async () => {
        for (const {tag, attributes, then} of VARIANTS.filter((v) => !v.attributes.href)) {
          const {el, type} = await render(tag, hostileDocument('Text', url), attributes);
          expect(type).to.equal('news-ready');
          await then?.(el);
          const {images, links} = assertSafeRendering(el);
          expect(images).to.have.length(0);
          expect(links).to.have.length(0);
          // The blockquote's cite is the source URL, dropped too.
          for (const root of shadowRoots(el)) expect(root.querySelector('[cite]')).to.equal(null);
          el.remove();
        }
      });
    }

    it('keeps an entity-encoded scheme (javascript&colon;…) as what it is: a harmless relative path', async () => {
      const {el} = await render('news-org-badge', hostileDocument('Text', 'javascript&colon;window.__pwned=1', 'javascript:window.__pwned=1'), {variant: 'detailed'});
      const link = part(el, 'name') as HTMLAnchorElement;
      expect(link.protocol).to.equal(location.protocol);
      expect(link.pathname).to.match(/javascript&colon;window\.__pwned=1$/);
      assertSafeRendering(el);
    });

    it('opens every link from a document in a new tab with rel="noopener noreferrer", and only http(s) ones', async () => {
      const url = 'https://elsewhere.example/page?a="b"&c=<d>';
      for (const {tag, attributes, then} of VARIANTS.filter((v) => !v.attributes.href)) {
        const {el} = await render(tag, hostileDocument('Text', url), attributes);
        await then?.(el);
        const {links} = assertSafeRendering(el);
        for (const a of links) {
          expect(a.target).to.equal('_blank');
          expect(a.rel).to.equal('noopener noreferrer');
          expect(a.href).to.equal(new URL(url).href);
        }
        el.remove();
      }
      // The full article links the source and both organisations, the card's badges their names.
      const {el} = await render('news-article', hostileDocument('Text', url), {layout: 'full'});
      expect(assertSafeRendering(el).links.length).to.be.at.least(3 + 2 /* step badges */);
    });

    it('does not put a forbidden scheme from the page’s own href attribute in the headline link', async () => {
      for (const href of FORBIDDEN_URL_VARIANTS.slice(0, 6)) {
        const {el} = await render('news-article', hostileDocument('Text', 'https://example.org/'), {href});
        assertSafeRendering(el);
        expect(part(el, 'headline')!.querySelector('a')).to.equal(null);
        // Without a usable href the card expands in place, as without one.
        expect(part(el, 'expand')).to.not.equal(null);
        el.remove();
      }
    });
  });

  describe('the other ways in', () => {
    it('reads an inline document whose strings hold </script> (escaped as the page must) as text', async () => {
      const story = hostileDocument(`</script><script>window.__pwned='inline'</script>`, 'javascript:window.__pwned=1');
      // A page embedding JSON in HTML escapes "<" (\u003c), or the HTML parser would end the script element early.
      const json = JSON.stringify(story).replace(/</g, '\\u003c');
      const fragment = document.createRange().createContextualFragment(
        `<news-article layout="full"><script type="application/json">${json}</script></news-article>`
      );
      const el = fragment.firstElementChild as AnyElement;
      const ready = new Promise((resolve) => el.addEventListener('news-ready', resolve, {once: true}));
      box.append(fragment); // scripts from createContextualFragment run when inserted: a data block must not
      await ready;
      await el.updateComplete;
      await settleNested(el);
      await aMoment();
      expect(part(el, 'headline')!.textContent).to.equal(`</script><script>window.__pwned='inline'</script> headline`);
      assertSafeRendering(el);
      expect(el.querySelectorAll('script')).to.have.length(1);
    });

    it('fails a javascript: or vbscript: src with fetch-failed, running nothing', async () => {
      for (const src of ['javascript:window.__pwned=1', ' JaVaScRiPt:window.__pwned=1', 'vbscript:msgbox(1)']) {
        const el = document.createElement('news-article');
        el.setAttribute('src', src);
        const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('news-error', (e) => resolve(e as CustomEvent), {once: true}));
        box.append(el);
        expect((await failed).detail.code).to.equal('fetch-failed');
        await aMoment();
        assertSafeRendering(el);
      }
    });

    it('takes the page’s own attributes as values only: locale, lang, quote, org, layout, variant, heading-level', async () => {
      const payload = `"><img src=x onerror=window.__pwned='attribute'>`;
      const story = hostileDocument('Text', 'https://example.org/');
      const cases: [string, Record<string, string>][] = [
        ['news-article', {locale: payload, layout: payload, 'heading-level': payload}],
        ['news-article', {layout: 'full', locale: payload}],
        ['news-org-badge', {org: payload, variant: payload}],
        ['news-org-badge', {locale: payload, variant: 'detailed'}],
        ['news-pull-quote', {quote: payload, locale: payload}],
        ['news-pull-quote', {locale: payload}],
        ['news-timeline', {orientation: payload, locale: payload, 'heading-level': payload}],
      ];
      for (const [tag, attributes] of cases) {
        const section = document.createElement('section');
        section.setAttribute('lang', payload);
        box.append(section);
        const el = document.createElement(tag) as AnyElement;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.story = story;
        const settled = new Promise((resolve) => {
          el.addEventListener('news-ready', resolve, {once: true});
          el.addEventListener('news-error', resolve, {once: true});
        });
        section.append(el);
        await settled;
        await el.updateComplete;
        await settleNested(el);
        await aMoment();
        assertSafeRendering(el);
        assertNoJunk(el);
        expect(shadow(el).querySelector('[part~="base"], [part~="error"]'), `<${tag}> renders or shows its error`).to.not.equal(null);
        section.remove();
      }
    });
  });
});
