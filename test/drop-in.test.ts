import {expect} from '@open-wc/testing';
import './readable-failures.js';
import {collected, inFirefox, withGarbageCollector} from './helpers.js';

// The one test of the built bundle (the others test src/): a plain page that loads only
// dist/cdn/passerelle.js and embeds the protocol story by its URL, as a card and as the full
// article. `npm test` builds first.
/** Opens a fixture page in an 800 px iframe, once it has loaded. */
async function openFrame(path: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow! as Window & typeof globalThis};
}

async function openPage(path: string) {
  const {frame, win} = await openFrame(path);
  const [card, full] = [...win.document.querySelectorAll('news-article')];
  const rendered = () =>
    [card, full].every((el) => el.shadowRoot?.querySelector('[part~="headline"]')) &&
    [...full.shadowRoot!.querySelectorAll('news-pull-quote')].every((q) => q.shadowRoot?.querySelector('blockquote'));
  for (let i = 0; i < 100 && !rendered(); i++) await new Promise((r) => setTimeout(r, 50));
  return {frame, win, card: card.shadowRoot!, full: full.shadowRoot!};
}

/** Waits, up to 5 s, until `done()` holds. */
const until = async (done: () => unknown, ms = 5000) => {
  for (let i = 0; i < ms / 50 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
};

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * On a page of a card and a full article: waits until both are drawn (`cardDrawn` says how the
 * card should be), removes them, collects garbage (the test browser exposes gc(), see
 * test/chromium.mjs) and says of each whether it was collected.
 */
async function collectedOnceRemoved(win: Window, cardDrawn: (card: Element) => boolean) {
  // In a function of its own, so that no variable of the caller holds an element.
  const removed = async () => {
    const [card, full] = [...win.document.querySelectorAll('news-article')];
    await until(() => cardDrawn(card) && full.shadowRoot?.querySelector('[part~="body"]'));
    expect(cardDrawn(card), 'the card drawn as expected').to.equal(true);
    card.remove();
    full.remove();
    return [card, full].map((el) => new WeakRef(el));
  };
  return collected(win, await removed());
}

describe('the drop-in bundle', () => {
  // Each test's page goes once it ends, passed or failed: a failed test leaves no frame running
  // (loading, retrying, timing out) beside the tests after it.
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the protocol story card and full article in French on a French page', async () => {
    const {win, card, full} = await openPage('/test/fixtures/drop-in-fr.html');
    expect(text(card.querySelector('[part~="headline"]'))).to.contain('L’Alliance numérique et la Chinese Cultural Industry Association');
    expect(text(card.querySelector('[part~="expand"]'))).to.equal('Lire la suite');
    expect(full.querySelectorAll('[part~="body"] > p')).to.have.length(7);
    const quotes = [...full.querySelectorAll('news-pull-quote')].map((q) => text(q.shadowRoot!.querySelector('blockquote')));
    expect(quotes).to.have.length(3);
    expect(quotes[1]).to.match(/^La Chine représente le marché le plus important/);
    // The minified styles still draw French quotation marks with no-break spaces.
    const words = full.querySelectorAll('news-pull-quote')[1].shadowRoot!.querySelector('blockquote p')!;
    expect(win.getComputedStyle(words).quotes).to.match(/^"«\u00a0" "\u00a0»"/);
    const steps = [...full.querySelectorAll('[part~="step"]')];
    expect(steps).to.have.length(3);
    expect(full.querySelectorAll('[part~="steps"] time')).to.have.length(0);
    expect(steps.every((s) => text(s).includes('Date non précisée'))).to.equal(true);
    const names = [...full.querySelectorAll('[part~="organizations"] [part~="name"]')].map((n) => n.textContent);
    expect(names).to.deep.equal(['Alliance numérique', 'Chinese Cultural Industry Association (CCIA)']);
    const scripts = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js'));
    expect(scripts.some((n) => /passerelle-fr\.js$/.test(n)), 'the French strings load on demand').to.equal(true);
    expect(scripts.some((n) => /zh-Hans/.test(n)), 'the Chinese strings are not loaded').to.equal(false);
  });

  it('renders them in Chinese under <html lang="zh-CN">', async () => {
    const {card, full} = await openPage('/test/fixtures/drop-in-zh-CN.html');
    expect(text(card.querySelector('[part~="headline"]'))).to.contain('数字联盟与中国文化产业协会');
    expect(text(card.querySelector('[part~="expand"]'))).to.equal('阅读全文');
    const quote = full.querySelectorAll('news-pull-quote')[1].shadowRoot!;
    expect(text(quote.querySelector('blockquote'))).to.contain('中国是全球最大的市场');
    expect(text(quote.querySelector('[part~="translation-note"]'))).to.contain('译自法语');
    expect(text(full.querySelector('[part~="timeline-title"]'))).to.equal('合作进程');
    expect(text(full.querySelector('[part~="source"]'))).to.contain('译自法语');
  });

  describe('what a page loads', () => {
    const scriptsOf = (win: Window) =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((n) => n.startsWith('/dist/cdn/'))
        .map((n) => n.replace('/dist/cdn/', ''));

    it('a page of cards loads the core alone; expanding a card loads one chunk more', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
      const [card] = [...win.document.querySelectorAll('news-article')];
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      expect(scriptsOf(win)).to.deep.equal(['passerelle.js']);
      for (const tag of ['news-pull-quote', 'news-timeline', 'news-org-badge']) expect(win.customElements.get(tag), tag).to.equal(undefined);

      (card.shadowRoot!.querySelector('[part~="expand"]') as HTMLButtonElement).click();
      await until(() => card.shadowRoot!.querySelector('[part~="body"] news-pull-quote')?.shadowRoot?.querySelector('blockquote'));
      expect(card.shadowRoot!.querySelectorAll('[part~="body"] > p')).to.have.length(7);
      expect(card.shadowRoot!.querySelectorAll('[part~="step"]')).to.have.length(3);
      // The details' own styles apply to an article that existed before they loaded.
      const step = card.shadowRoot!.querySelector('[part~="steps"]')!;
      expect(win.getComputedStyle(step).listStyleType).to.equal('none');
      // One chunk more: the full article and, with it, the other three elements.
      expect(scriptsOf(win)).to.have.length(2);
      expect(scriptsOf(win)[1]).to.match(/^passerelle-elements-/);
      for (const tag of ['news-pull-quote', 'news-timeline', 'news-org-badge']) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    });

    it('adding another element to a page of cards loads the chunk that defines it', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
      const [card] = [...win.document.querySelectorAll('news-article')];
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      expect(win.customElements.get('news-timeline')).to.equal(undefined);
      const timeline = win.document.createElement('news-timeline');
      timeline.setAttribute('src', '/dist/content/alliance-numerique-ccia.json');
      const badge = win.document.createElement('news-org-badge');
      badge.setAttribute('src', '/dist/content/alliance-numerique-ccia.json');
      badge.setAttribute('org', 'ccia');
      win.document.body.append(timeline, badge);
      await until(() => timeline.shadowRoot?.querySelector('[part~="step"]') && badge.shadowRoot?.querySelector('[part~="name"]'));
      expect(timeline.shadowRoot!.querySelectorAll('[part~="step"]')).to.have.length(3);
      expect(text(badge.shadowRoot!.querySelector('[part~="name"]'))).to.contain('Chinese Cultural Industry Association');
      expect(scriptsOf(win)).to.have.length(2);
    });

    it('elements added later inside a block of markup (as frameworks insert them) are defined and their story requested ahead', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
      const [card] = [...win.document.querySelectorAll('news-article')];
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      const section = win.document.createElement('section');
      section.innerHTML = '<div><news-timeline src="/dist/content/alliance-numerique-ccia.json?in-subtree"><p>Fallback</p></news-timeline></div>';
      win.document.body.append(section);
      const timeline = section.querySelector('news-timeline')!;
      await until(() => timeline.shadowRoot?.querySelector('[part~="step"]'));
      expect(timeline.shadowRoot?.querySelectorAll('[part~="step"]'), 'the timeline is defined and renders').to.have.length(3);
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const story = entries.filter((e) => e.name.endsWith('.json?in-subtree'));
      const elements = entries.find((e) => /passerelle-elements-/.test(e.name))!;
      expect(story).to.have.length(1);
      expect(story[0].startTime).to.be.at.most(elements.startTime);
    });

    it('an element made by another window’s code (here the page around the frame) and added later is defined too', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
      const [card] = [...win.document.querySelectorAll('news-article')];
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      // Of this window's classes, not the frame's: instanceof the frame's Element is false.
      const timeline = document.createElement('news-timeline');
      timeline.setAttribute('src', '/dist/content/alliance-numerique-ccia.json');
      expect(timeline instanceof win.Element).to.equal(false);
      win.document.body.append(timeline);
      await until(() => timeline.shadowRoot?.querySelector('[part~="step"]'));
      expect(win.customElements.get('news-timeline'), 'defined').to.not.equal(undefined);
      expect(timeline.shadowRoot?.querySelectorAll('[part~="step"]').length, 'the timeline renders').to.equal(3);
    });

    it("a French page fetches the French strings at once, beside the elements chunk, not after it", async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-timeline-fr.html');
      const timeline = win.document.querySelector('news-timeline')!;
      await until(() => timeline.shadowRoot?.querySelector('[part~="step"]'));
      expect(text(timeline.shadowRoot!.querySelector('[part~="step"]'))).to.contain('Date non précisée');
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const chunk = (pattern: RegExp) => entries.find((e) => pattern.test(new URL(e.name).pathname))!;
      const elements = chunk(/passerelle-elements-/);
      const french = chunk(/passerelle-fr\.js$/);
      // Asked for first, before the elements chunk (without it, only once that chunk had run).
      expect(french.startTime).to.be.at.most(elements.startTime);
    });

    it('a French page that names its strings file beside the script (modulepreload) gets them from that one request, made with the script\'s', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-fr-preload.html');
      const card = win.document.querySelector('news-article')!;
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      expect(text(card.shadowRoot!.querySelector('[part~="expand"]'))).to.equal('Lire la suite');
      const entries = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js'));
      const core = entries.find((e) => new URL(e.name).pathname === '/dist/cdn/passerelle.js')!;
      // The file the page names is the one the script imports: one request for the strings.
      expect(entries.filter((e) => /passerelle-fr/.test(e.name)).map((e) => [new URL(e.name).pathname, e.responseStatus])).to.deep.equal([['/dist/cdn/passerelle-fr.js', 200]]);
      // Asked for as the page is read, with the script, rather than once the script has run.
      expect(entries.find((e) => /passerelle-fr/.test(e.name))!.startTime).to.be.at.most(core.startTime);
    });

    it('under a policy that allows scripts by nonce, the strings line works given the nonce, and without it the script asks for them itself (README, Content-Security-Policy)', async () => {
      for (const variant of ['with', 'without']) {
        const {win} = await openFrame(`/faults/nonce-preload/${variant}`);
        const card = win.document.querySelector('news-article')!;
        await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
        expect(text(card.shadowRoot!.querySelector('[part~="expand"]')), variant).to.equal('Lire la suite');
        const strings = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => /passerelle-fr/.test(e.name));
        // Blocked, the line's request is one that got no answer (status 0); the script's own follows.
        // (Firefox lists no entry for a request the policy blocked: there the script's alone.)
        const blocked = inFirefox ? [] : [0];
        expect(strings.map((e) => e.responseStatus), variant).to.deep.equal(variant === 'with' ? [200] : [...blocked, 200]);
      }
    });

    it('a page that loads passerelle.js with a query (?ver=, as WordPress writes it) still draws every element, and says no error', async () => {
      // Its chunks import the core back by its plain name: a second copy of it comes with the
      // timeline, which keeps the first copy's <news-article> (README, Drop-in).
      const {frame, win} = await openFrame('/test/fixtures/drop-in-versioned.html');
      const [card, timeline] = [...win.document.querySelectorAll('news-article, news-timeline')];
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]') && timeline.shadowRoot?.querySelectorAll('[part~="step"]').length === 3);
      expect(text(card.shadowRoot!.querySelector('[part~="expand"]'))).to.equal('Lire la suite');
      expect(timeline.shadowRoot!.querySelectorAll('[part~="step"]')).to.have.length(3);
      expect((win as unknown as {newsErrors: string[]}).newsErrors).to.deep.equal([]);
      frame.remove();
    });

    it('a French page asks for its strings before it upgrades the articles on it, not after, its lang written either way', async () => {
      for (const path of ['/test/fixtures/drop-in-fr.html', '/test/fixtures/drop-in-fr.html?lang=fr_CA']) {
        const {win, card} = await openPage(path);
        expect(text(card.querySelector('[part~="expand"]')), path).to.equal('Lire la suite');
        const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const french = entries.find((e) => /passerelle-fr\.js$/.test(e.name))!;
        const definedAt = (win as unknown as {articleDefinedAt: number}).articleDefinedAt;
        expect(definedAt, 'the fixture saw <news-article> defined').to.be.a('number');
        // Upgrading many articles takes a while: the request goes out first (see request-ahead.ts).
        expect(french.startTime, path).to.be.below(definedAt);
      }
    });

    it('a timeline page asks for its story while the elements chunk loads, once', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-timeline-fr.html');
      const timeline = win.document.querySelector('news-timeline')!;
      await until(() => timeline.shadowRoot?.querySelector('[part~="step"]'));
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const story = entries.filter((e) => e.name.endsWith('/alliance-numerique-ccia.json'));
      const elements = entries.find((e) => /passerelle-elements-/.test(e.name))!;
      expect(story, 'one request, shared by the core and the element').to.have.length(1);
      // Asked for by the core (without it, only once the timeline's chunk had run).
      expect(story[0].startTime).to.be.at.most(elements.startTime);
    });

    it('a card in a frame does not take the focus back from the page around it when its new story comes', async () => {
      const {frame, win} = await openFrame('/test/fixtures/drop-in-cards.html');
      const card = win.document.querySelector('news-article')!;
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      (card.shadowRoot!.querySelector('[part~="expand"]') as HTMLElement).focus();
      // The frame's page sets another story, which takes a while; the card waits, its button
      // gone, and the reader goes on to the page's own field, out of the frame.
      card.setAttribute('src', `/faults/slow/400?${Math.random()}`);
      await until(() => card.hasAttribute('aria-busy'));
      const field = document.createElement('input');
      document.body.append(field);
      try {
        field.focus();
        expect(win.document.hasFocus(), 'the frame has lost the focus').to.equal(false);
        await until(() => card.shadowRoot?.querySelector('[part~="expand"]') && !card.hasAttribute('aria-busy'));
        await (card as unknown as {updateComplete: Promise<unknown>}).updateComplete;
        expect(document.activeElement, 'the field keeps the focus').to.equal(field);
      } finally {
        field.remove();
        frame.remove();
      }
    });

    it('a page of more stories than are kept requests each once, ahead of its element', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-many-stories.html');
      const badges = [...win.document.querySelectorAll('news-org-badge')];
      expect(badges).to.have.length(100);
      await until(() => badges.every((b) => b.shadowRoot?.querySelector('[part~="name"]')), 15000);
      expect(badges.filter((b) => !b.shadowRoot?.querySelector('[part~="name"]')), 'badges drawn').to.have.length(0);
      const fetched = (win as unknown as {__fetches: string[]}).__fetches.filter((url) => url.includes('alliance-numerique-ccia.json'));
      expect(fetched.length, 'requests').to.equal(100);
      expect(new Set(fetched).size).to.equal(100);
    });

    it('a story requested ahead of its element is requested once, even when it fails; an empty src, or one an inline story overrides, is not requested', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-prefetch.html');
      const timeline = win.document.querySelector('news-timeline')!;
      const badge = win.document.querySelector('news-org-badge')!;
      await until(() => timeline.shadowRoot?.querySelector('[part~="error"]') && badge.shadowRoot?.querySelector('[part~="name"]'));
      expect(text(timeline.shadowRoot!.querySelector('[part~="error"]'))).to.contain('the server answered with an error');
      expect(text(badge.shadowRoot!.querySelector('[part~="name"]'))).to.equal('The inline organisation');
      const fetched = ((win as unknown as {__fetches: string[]}).__fetches).map((url) => new URL(url).pathname + new URL(url).search);
      expect(fetched).to.deep.equal(['/faults/status/404?prefetch']);
    });

    it('a story requested ahead for an element that left the page before its chunk came is asked for again by the next element, not failed from memory', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
      const [card] = [...win.document.querySelectorAll('news-article')];
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      // The story's server is down for the first request only, as in a brief outage.
      const src = '/dist/content/alliance-numerique-ccia.json?outage';
      const asked: string[] = [];
      const realFetch = win.fetch;
      win.fetch = (input, init) => {
        asked.push(String(input));
        return asked.length === 1 ? Promise.resolve(new win.Response('down', {status: 503})) : realFetch(input, init);
      };
      // A route change takes the quote away before the elements chunk has arrived.
      const quote = win.document.createElement('news-pull-quote');
      quote.setAttribute('src', src);
      win.document.body.append(quote);
      quote.remove();
      await until(() => win.customElements.get('news-pull-quote'));
      await new Promise((r) => setTimeout(r, 200));
      expect(asked, 'requested ahead, and failed').to.have.length(1);
      // Later, another element names the same story.
      const timeline = win.document.createElement('news-timeline');
      const events: string[] = [];
      for (const type of ['news-ready', 'news-error']) timeline.addEventListener(type, () => events.push(type));
      timeline.setAttribute('src', src);
      win.document.body.append(timeline);
      await until(() => events.length);
      expect(events).to.deep.equal(['news-ready']);
      expect(timeline.shadowRoot!.querySelectorAll('[part~="step"]')).to.have.length(3);
      expect(asked, 'asked for again').to.have.length(2);
    });

    it('a story named by an element added later is requested beside the elements chunk', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
      const [card] = [...win.document.querySelectorAll('news-article')];
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      const timeline = win.document.createElement('news-timeline');
      timeline.setAttribute('src', '/dist/content/alliance-numerique-ccia.json?added');
      win.document.body.append(timeline);
      await until(() => timeline.shadowRoot?.querySelector('[part~="step"]'));
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const story = entries.filter((e) => e.name.endsWith('.json?added'));
      const elements = entries.find((e) => /passerelle-elements-/.test(e.name))!;
      expect(story).to.have.length(1);
      expect(story[0].startTime).to.be.at.most(elements.startTime);
    });

    it('a page that defined news-timeline itself still gets the other elements', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-timeline-taken.html');
      const quote = win.document.querySelector('news-pull-quote')!;
      const badge = win.document.querySelector('news-org-badge')!;
      await until(() => quote.shadowRoot?.querySelector('blockquote') && badge.shadowRoot?.querySelector('[part~="name"]'));
      // Both the element defined before the taken name in the chunk and the one defined after it.
      expect(text(quote.shadowRoot!.querySelector('blockquote'))).to.not.equal('');
      expect(text(badge.shadowRoot!.querySelector('[part~="name"]'))).to.contain('Chinese Cultural Industry Association');
      // The page keeps its own element under the name.
      expect(win.customElements.get('news-timeline')).to.equal((win as unknown as {PageTimeline: unknown}).PageTimeline);
    });

    it('passerelle-all.js is one file: every element and the French strings, and no other script', async () => {
      const {win} = await openFrame('/test/fixtures/drop-in-all-fr.html');
      const [card, full] = [...win.document.querySelectorAll('news-article')].map((el) => el.shadowRoot);
      const timeline = win.document.querySelector('news-timeline')!;
      await until(
        () =>
          card?.querySelector('[part~="expand"]') &&
          timeline.shadowRoot?.querySelector('[part~="step"]') &&
          full?.querySelector('news-pull-quote')?.shadowRoot?.querySelector('blockquote')
      );
      expect(text(card!.querySelector('[part~="expand"]'))).to.equal('Lire la suite');
      expect(full!.querySelectorAll('[part~="body"] > p')).to.have.length(7);
      expect(text(timeline.shadowRoot!.querySelector('[part~="step"]'))).to.contain('Date non précisée');
      // The minified templates keep a space between a badge's facts (copied text, screen readers):
      // a minifier drops the spaces at a template's ends.
      const spaced = (el: HTMLElement) => el.innerText.replace(/\s+/g, ' ').trim();
      const facts = full!.querySelector<HTMLElement>('[part~="facts"]')!;
      expect(spaced(facts)).to.equal([...facts.children].map((fact) => spaced(fact as HTMLElement)).join(' '));
      expect(facts.children.length).to.equal(3);
      expect(scriptsOf(win)).to.deep.equal(['passerelle-all.js']);
    });

    it('defineAll() defines every element at once, for pages that put them in their own shadow roots', async () => {
      const opened = await openFrame('/test/fixtures/drop-in-cards.html');
      const win = opened.win as typeof opened.win & {eval(code: string): Promise<{defineAll(): Promise<void>}>};
      const bundle = await win.eval('import("/dist/cdn/passerelle.js")');
      await bundle.defineAll();
      for (const tag of ['news-article', 'news-pull-quote', 'news-timeline', 'news-org-badge']) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    });
  });

  it('a page script that runs after the drop-in still hears the events of the stories in the page', async () => {
    // Inline stories are drawn as soon as the drop-in runs, before the page's later scripts:
    // their events wait for those scripts (DOMContentLoaded), so that a listener they add hears them.
    const {win} = await openFrame('/test/fixtures/drop-in-late-listener.html');
    const heard = () => (win as unknown as {__heard: string[]}).__heard;
    await until(() => heard().length >= 2);
    expect(heard()).to.deep.equal(['news-ready #inline', 'news-error #broken']);
    // Also one that listens only once the document has loaded, from its own DOMContentLoaded
    // listener (added after the drop-in's, as jQuery's ready() does).
    expect((win as unknown as {__heardOnceLoaded: string[]}).__heardOnceLoaded, 'heard from DOMContentLoaded on').to.deep.equal(heard());
  });

  withGarbageCollector(() => {
    it('a card and a full article removed from the page are not kept in memory, not even for the 15 s a file of the build may take', async () => {
      // The time limit on the full article's file held an error made at once, and with it the
      // elements that asked for the file.
      const {win} = await openFrame('/test/fixtures/drop-in-fr.html');
      const drawnInFrench = (card: Element) => text(card.shadowRoot?.querySelector('[part~="expand"]')) === 'Lire la suite';
      expect(await collectedOnceRemoved(win, drawnInFrench), 'each collected').to.deep.equal([true, true]);
    });
  });

  it('a story the page takes out before it has loaded, and puts back later, is announced when it is back', async () => {
    const {win} = await openFrame('/test/fixtures/drop-in-moved-early.html');
    const moved = win.document.getElementById('moved');
    await until(() => moved?.isConnected, 3000);
    const heard = () => (win as unknown as {__heard: string[]}).__heard;
    await until(() => heard().length >= 1, 3000);
    expect(heard()).to.deep.equal(['news-ready #moved']);
  });

  it('an inline story the page is still streaming when the drop-in runs is awaited, not failed: one news-ready, and the error of a broken one', async () => {
    const {win} = await openFrame('/faults/paused/800/drop-in-streamed.html');
    const heard = () => (win as unknown as {__heard: string[]}).__heard;
    await until(() => heard().length >= 2);
    // The drop-in ran during the pause: the element was defined with half a document.
    expect((win.performance.getEntriesByName(new URL('/dist/cdn/passerelle.js', win.location.href).href)[0] as PerformanceResourceTiming).responseEnd, 'the drop-in loaded during the pause').to.be.below(700);
    expect(heard()).to.deep.equal(['news-ready #streamed', 'news-error #broken']);
    const streamed = win.document.getElementById('streamed')!;
    expect(text(streamed.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('A story that arrived in two parts');
  });

  it('draws a new story in another language, on a page that states none, once its strings are here: not with the last story’s', async () => {
    const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
    const card = win.document.querySelector('news-article')! as HTMLElement & {story: unknown};
    // With no lang on the page, the story's (French) decides the interface's.
    win.document.documentElement.removeAttribute('lang');
    const button = () => text(card.shadowRoot?.querySelector('[part~="expand"]'));
    await until(() => button() === 'Lire la suite');
    // The Chinese strings are not loaded yet: what does the reader get as the new story arrives?
    const drawn = new Promise<string[]>((resolve) =>
      card.addEventListener('news-ready', () => {
        const meta = text(card.shadowRoot!.querySelector('[part~="meta"]'));
        resolve([card.shadowRoot!.querySelector('article')!.lang, button(), meta]);
      })
    );
    card.story = {format: 'passerelle.story/1', id: 'zh', lang: 'zh-Hans', headline: '中文标题'};
    expect(await drawn).to.deep.equal(['zh-Hans', '阅读全文', '日期未注明']);
  });

  it('a story given after a failure, on a page that states no language, is drawn once its own strings are here', async () => {
    const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
    win.document.documentElement.removeAttribute('lang');
    const card = win.document.createElement('news-article') as HTMLElement & {story: unknown};
    card.setAttribute('src', '/faults/status/404');
    win.document.body.append(card);
    await until(() => card.shadowRoot?.querySelector('[part~="error"]'));
    const drawn = new Promise<string[]>((resolve) =>
      card.addEventListener('news-ready', () => {
        const button = text(card.shadowRoot!.querySelector('[part~="expand"]'));
        resolve([card.shadowRoot!.querySelector('article')!.lang, button]);
      })
    );
    card.story = {format: 'passerelle.story/1', id: 'zh', lang: 'zh-Hans', headline: '中文标题'};
    expect(await drawn).to.deep.equal(['zh-Hans', '阅读全文']);
  });

  it('an element that failed keeps its failure, said once, while the strings of a new page language load', async () => {
    const {win} = await openFrame('/test/fixtures/drop-in-cards.html');
    const errors: string[] = [];
    win.document.addEventListener('news-error', (e) => errors.push((e as CustomEvent).detail.code));
    const quote = win.document.createElement('news-pull-quote');
    quote.setAttribute('quote', 'no-such-quote');
    quote.setAttribute('src', '/dist/content/alliance-numerique-ccia.json');
    win.document.body.append(quote);
    const error = () => text(quote.shadowRoot?.querySelector('[part~="error"]'));
    await until(() => error());
    expect(errors).to.deep.equal(['not-found']);
    // Busy at any moment from now on would be the failure taken away while the strings load.
    let busy = false;
    new win.MutationObserver(() => (busy ||= quote.hasAttribute('aria-busy'))).observe(quote, {attributes: true});
    win.document.documentElement.lang = 'zh-Hans';
    await until(() => error() === '报道中没有此元素所需的内容。');
    expect(error()).to.equal('报道中没有此元素所需的内容。');
    expect(busy, 'never loading again').to.equal(false);
    expect(errors, 'announced once').to.deep.equal(['not-found']);
  });

  describe('in a Vue app', () => {
    const TAGS = ['news-article', 'news-timeline', 'news-pull-quote', 'news-org-badge'];
    /** The app's page, with each element's first event (`ready` or the error's code) as it comes. */
    async function openApp(query: string) {
      const {frame, win} = await openFrame(`/test/fixtures/drop-in-vue.html${query}`);
      const heard = new Map<string, string>();
      for (const type of ['news-ready', 'news-error']) {
        win.document.addEventListener(type, (e) => {
          const {localName} = e.composedPath()[0] as Element;
          const detail = (e as CustomEvent).detail;
          if (!heard.has(localName)) heard.set(localName, detail.code ? `${detail.code}: ${detail.message}` : 'ready');
        });
      }
      await until(() => heard.size === TAGS.length);
      return {frame, win, heard};
    }

    it('draws every element once the app has waited for defineAll()', async () => {
      const {win, heard} = await openApp('?defineAll');
      expect(TAGS.map((tag) => heard.get(tag))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
      expect(text(win.document.querySelector('news-timeline')!.shadowRoot!.querySelector('ol'))).to.contain('Memorandum of understanding initialled');
    });

    it('without it, the elements not defined yet report the story Vue wrote as an attribute, rather than load for good', async () => {
      // Vue (as React) sets `story` as a property only where the element has one: the timeline,
      // the quote and the badge, defined once their chunk has loaded, get "[object Object]".
      const {win, heard} = await openApp('');
      expect(heard.get('news-article')).to.equal('ready');
      for (const tag of TAGS.slice(1)) {
        expect(heard.get(tag), tag).to.match(/^invalid-story: .*story property.*defineAll\(\)/);
        const el = win.document.querySelector(tag)!;
        expect(el.getAttribute('story')).to.equal('[object Object]');
        expect(el.hasAttribute('aria-busy'), `${tag} no longer loading`).to.equal(false);
        expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.equal('The story could not be shown: the document is not a valid story.');
      }
    });
  });

  describe('when a file of the build does not load at first (a flaky network)', () => {
    // Each test's page takes the build from its own path, where the first request for the files
    // named by `prefix` fails with 503 and the next one succeeds (see fault-middleware.mjs).
    const flaky = (prefix: string, fixture: string) =>
      openFrame(`/faults/cdn-failing/${Math.random().toString(36).slice(2)}/${prefix}/${fixture}`);
    const STORY = '/dist/content/alliance-numerique-ccia.json';

    it('a full article says it could not be loaded, in the page’s language, and draws once its src is set again', async () => {
      const {win} = await flaky('passerelle-elements-', 'drop-in-fr.html');
      const [card, full] = [...win.document.querySelectorAll('news-article')];
      const errors = (win as unknown as {newsErrors: {code: string; message: string}[]}).newsErrors;
      await until(() => errors.length);
      expect(errors.map((e) => e.code)).to.deep.equal(['fetch-failed']);
      expect(errors[0].message, 'names the file').to.match(/passerelle-elements-/);
      expect(full.hasAttribute('aria-busy'), 'no longer loading').to.equal(false);
      expect(text(full.shadowRoot!.querySelector('[part~="error"]'))).to.equal('Impossible de charger l’article : le réseau ou le serveur a refusé la requête.');
      expect(card.shadowRoot!.querySelector('[part~="headline"]'), 'the card beside it is drawn').to.not.equal(null);
      (full as HTMLElement & {src: string}).src = STORY;
      await until(() => full.shadowRoot!.querySelector('[part~="body"]'));
      expect(full.shadowRoot!.querySelectorAll('[part~="body"] > p')).to.have.length(7);
      expect(full.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    });

    it('a full article that could not be loaded draws once it is given another story inline, which sets no property', async () => {
      const {win} = await flaky('passerelle-elements-', 'drop-in-fr.html');
      const full = win.document.querySelectorAll('news-article')[1];
      const errors = (win as unknown as {newsErrors: {code: string}[]}).newsErrors;
      await until(() => errors.length);
      expect(errors.map((e) => e.code)).to.deep.equal(['fetch-failed']);
      // A CMS preview puts the story inline, which wins over src.
      const script = win.document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({...(await (await fetch(STORY)).json()), headline: {fr: 'Aperçu'}});
      full.append(script);
      await until(() => full.shadowRoot!.querySelector('[part~="body"]'));
      expect(text(full.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('Aperçu');
      expect(full.shadowRoot!.querySelectorAll('[part~="body"] > p')).to.have.length(7);
      expect(errors.map((e) => e.code), 'no second failure').to.deep.equal(['fetch-failed']);
    });

    it('pressing “Read more” leaves the card folded while the rest cannot load, and expands it when pressed again', async () => {
      const {win} = await flaky('passerelle-elements-', 'drop-in-cards.html');
      const card = win.document.querySelector('news-article')!;
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]'));
      const button = () => card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="expand"]')!;
      const rejections: unknown[] = [];
      win.addEventListener('unhandledrejection', (event) => rejections.push(event.reason));
      button().click();
      const failure = () => card.shadowRoot!.querySelector('[part~="expand-failed"]');
      await until(failure);
      expect(button().getAttribute('aria-expanded')).to.equal('false');
      expect(card.shadowRoot!.querySelector('[part~="body"]')).to.equal(null);
      expect(text(failure()), 'the press is answered').to.equal('The rest of the story could not be loaded. Try again.');
      expect(failure()!.getAttribute('role')).to.equal('alert');
      expect(button().nextElementSibling, 'under the button').to.equal(failure());
      button().click();
      await until(() => card.shadowRoot!.querySelector('[part~="body"]'));
      expect(failure(), 'gone once it loads').to.equal(null);
      expect(button().getAttribute('aria-expanded')).to.equal('true');
      expect(text(button())).to.equal('Show less');
      expect(rejections, 'the failed press throws nothing into the page').to.deep.equal([]);
    });

    it('a timeline waits undefined, and is drawn when another element added to the page loads its chunk again', async () => {
      const {win} = await flaky('passerelle-elements-', 'drop-in-timeline-fr.html');
      const first = win.document.querySelector('news-timeline')!;
      await until(() => win.performance.getEntriesByType('resource').some((e) => /passerelle-elements-/.test(e.name)));
      await new Promise((r) => setTimeout(r, 200));
      expect(win.customElements.get('news-timeline'), 'the chunk failed').to.equal(undefined);
      const quote = win.document.createElement('news-pull-quote');
      quote.setAttribute('src', STORY);
      quote.setAttribute('quote', 'landry-market');
      win.document.body.append(quote);
      await until(() => first.shadowRoot?.querySelector('[part~="step"]') && quote.shadowRoot?.querySelector('blockquote'));
      expect(first.shadowRoot!.querySelectorAll('[part~="step"]')).to.have.length(3);
      expect(text(first.shadowRoot!.querySelector('[part~="step"]'))).to.contain('Date non précisée');
      expect(text(quote.shadowRoot!.querySelector('blockquote'))).to.match(/^La Chine représente le marché le plus important/);
    });

    it('French strings that fail are said once in the console per request, not once per element', async () => {
      const {win} = await openFrame(`/faults/cdn-missing/${Math.random().toString(36).slice(2)}/passerelle-fr./drop-in-fr.html`);
      const [card, full] = [...win.document.querySelectorAll('news-article')];
      await until(() => text(card.shadowRoot?.querySelector('[part~="expand"]')) === 'Read more' && full.shadowRoot?.querySelectorAll('news-pull-quote').length);
      const failed = () => (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => /\/passerelle-fr\.js(\?retry=\d+)?$/.test(e.name));
      const saying = () => (win as unknown as {warnings: string[]}).warnings.filter((w) => w.includes('interface strings did not load'));
      // Time for the pull-quotes' own request to go out, and for each failure to be said.
      await new Promise((r) => setTimeout(r, 300));
      await until(() => saying().length === failed().length);
      const [failures, said] = [failed(), saying()];
      expect(failures.length, 'failed requests').to.be.at.least(1);
      expect(failures.every((e) => e.responseStatus === 503)).to.equal(true);
      // Two articles and three pull-quotes speak English for them.
      expect(said).to.deep.equal(failures.map(() => 'passerelle: the "fr" interface strings did not load; showing English.'));
    });

    withGarbageCollector(() => {
      it('an element removed while it speaks English for French strings that failed is not kept in memory by its wait for them', async () => {
        const {win} = await openFrame(`/faults/cdn-missing/${Math.random().toString(36).slice(2)}/passerelle-fr./drop-in-fr.html`);
        const drawnInEnglish = (card: Element) => text(card.shadowRoot?.querySelector('[part~="expand"]')) === 'Read more';
        expect(await collectedOnceRemoved(win, drawnInEnglish), 'each collected').to.deep.equal([true, true]);
      });

      it('an element removed while its strings are still asked for is not kept in memory when they then fail', async () => {
        // The French strings fail half a second after they are asked for, as the page loads, and
        // every time after (so that no later success lets go of whoever waits for them). The
        // elements are removed before that, still loading: not once the frame has loaded, which
        // the request, still under way, holds back.
        const frame = document.createElement('iframe');
        frame.src = `/faults/cdn-missing-late/${Math.random().toString(36).slice(2)}/passerelle-fr./drop-in-fr.html`;
        document.body.append(frame);
        const win = frame.contentWindow! as Window & typeof globalThis;
        const upgraded = () => [...(win.document?.querySelectorAll('news-article') ?? [])].filter((el) => el.shadowRoot).length === 2;
        await until(upgraded);
        const failed = () =>
          (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((e) => /\/passerelle-fr\.js$/.test(e.name) && e.responseStatus === 503);
        expect(failed(), 'the French strings not failed yet').to.equal(false);
        const removed = () => {
          const elements = [...win.document.querySelectorAll('news-article')];
          expect(elements.map((el) => el.getAttribute('aria-busy')), 'still loading').to.deep.equal(['true', 'true']);
          for (const el of elements) el.remove();
          return elements.map((el) => new WeakRef(el));
        };
        const refs = removed();
        await until(failed);
        expect(failed(), 'the French strings failed').to.equal(true);
        expect(await collected(win, refs), 'each collected').to.deep.equal([true, true]);
      });
    });

    it('French strings that fail at first: the story stays French, and once a later request loads them every element speaks French', async () => {
      const {win} = await flaky('passerelle-fr.', 'drop-in-fr.html');
      const [card, full] = [...win.document.querySelectorAll('news-article')];
      await until(() => card.shadowRoot?.querySelector('[part~="expand"]') && full.shadowRoot?.querySelector('[part~="body"]'));
      const requests = () =>
        (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => /\/passerelle-fr\.js(\?retry=\d+)?$/.test(e.name));
      expect(requests()[0].responseStatus, 'the first request for the French strings failed').to.equal(503);
      expect(text(card.shadowRoot!.querySelector('[part~="headline"]'))).to.contain('L’Alliance numérique et la Chinese Cultural Industry Association');
      expect([card, full].some((el) => el.hasAttribute('aria-busy')), 'none is left loading').to.equal(false);
      expect((win as unknown as {newsErrors: unknown[]}).newsErrors, 'the story itself did not fail').to.deep.equal([]);
      // The elements that came later (the full article's pull-quotes, or this card) ask again;
      // once the strings are here, those that had fallen back to English follow.
      const later = win.document.createElement('news-article');
      later.setAttribute('src', STORY);
      win.document.body.append(later);
      await until(() => text(later.shadowRoot?.querySelector('[part~="expand"]') ?? null) === 'Lire la suite');
      await until(() => text(card.shadowRoot!.querySelector('[part~="expand"]')) === 'Lire la suite');
      expect(text(card.shadowRoot!.querySelector('[part~="expand"]')), 'the card').to.equal('Lire la suite');
      expect(text(full.shadowRoot!.querySelector('[part~="meta"]')), 'the full article').to.contain('Date non précisée');
      expect(requests().map((e) => e.responseStatus)).to.deep.equal([503, 200]);
      // Asked for again under a new URL: most browsers keep a failed import() for the page's life.
      expect(requests()[1].name, 'the second request').to.match(/\?retry=\d+$/);
    });
  });

  it('a card moved while it speaks English for want of its strings follows the others into French once they load', async () => {
    // A page of French cards whose strings fail at first: nothing else on it asks for them again.
    const {win} = await openFrame(`/faults/cdn-failing/${Math.random().toString(36).slice(2)}/passerelle-fr./drop-in-cards.html?lang=fr`);
    const [card] = [...win.document.querySelectorAll('news-article')];
    const expand = (el: Element) => text(el.shadowRoot?.querySelector('[part~="expand"]'));
    await until(() => expand(card) === 'Read more');
    expect(expand(card), 'drawn in English, its strings missing').to.equal('Read more');
    // Moved, as a framework re-orders a list: taken out of the page and put back.
    win.document.body.append(card);
    const later = win.document.createElement('news-article');
    later.setAttribute('src', '/dist/content/alliance-numerique-ccia.json');
    win.document.body.append(later);
    await until(() => expand(later) === 'Lire la suite' && expand(card) === 'Lire la suite');
    expect([expand(later), expand(card)], 'the new card, and the one moved').to.deep.equal(['Lire la suite', 'Lire la suite']);
  });

  it('French strings that never answer: after 15 s, as for a story, the elements are drawn, and in French once a later request brings the strings', async function () {
    // Browsers set no time limit on an import(): without the loader's own, a stalled server left
    // every element loading for good.
    this.timeout(40_000);
    // The loader's clock starts when the core asks for the strings: after `opening`, before `opened`.
    const opening = performance.now();
    // Opened once its document is read, not on its load event: Firefox holds that back for the
    // import() still waiting for the stalled strings (a browser's page spinner then spins until
    // the server lets go), Chromium does not.
    const frame = document.createElement('iframe');
    frame.src = `/faults/cdn-stalling/${Math.random().toString(36).slice(2)}/passerelle-fr./drop-in-fr.html`;
    document.body.append(frame);
    const win = frame.contentWindow! as Window & typeof globalThis;
    await until(() => win.document.URL.includes('drop-in-fr.html') && win.document.readyState !== 'loading');
    const opened = performance.now();
    const [card, full] = [...win.document.querySelectorAll('news-article')];
    const expand = (el: Element | null | undefined) => text(el?.shadowRoot?.querySelector('[part~="expand"]'));
    // Still waiting 14.5 s after the page was asked for: the loader did not give up sooner.
    await new Promise((r) => setTimeout(r, opening + 14_500 - performance.now()));
    expect(card.getAttribute('aria-busy'), 'still waiting for its strings at 14.5 s').to.equal('true');
    // Drawn within 17.5 s of the request: the loader gave up at 15 s, not later.
    await until(() => !card.hasAttribute('aria-busy') && !full.hasAttribute('aria-busy'), opened + 17_500 - performance.now());
    expect(card.hasAttribute('aria-busy'), 'given up on its strings by 17.5 s').to.equal(false);
    // Drawn in English at first; the full article's pull-quotes, drawn then, ask for the strings
    // again and may already have brought French: either way, drawn.
    expect(['Read more', 'Lire la suite'], 'drawn').to.include(expand(card));
    expect(text(card.shadowRoot!.querySelector('[part~="headline"]'))).to.contain('L’Alliance numérique et la Chinese Cultural Industry Association');
    expect(full.shadowRoot!.querySelector('[part~="body"]'), 'the full article too').to.not.equal(null);
    const later = win.document.createElement('news-article');
    later.setAttribute('src', '/dist/content/alliance-numerique-ccia.json');
    win.document.body.append(later);
    await until(() => expand(later) === 'Lire la suite' && expand(card) === 'Lire la suite', 10_000);
    expect([expand(later), expand(card)]).to.deep.equal(['Lire la suite', 'Lire la suite']);
  });
});
