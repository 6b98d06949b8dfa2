/**
 * Lifecycle under stress: elements moved, cloned, detached mid-fetch, upgraded after their
 * attributes were set, defined twice, and attached and detached 2,000 times without leaving
 * observers, listeners or timers behind. (test/lifecycle.test.ts has the single-step cases.)
 */
import {expect, html} from '@open-wc/testing';
import '../src/index.js';
import {NewsArticle} from '../src/news-article/news-article.js';
import {NewsOrgBadge} from '../src/news-org-badge/news-org-badge.js';
import {NewsPullQuote} from '../src/news-pull-quote/news-pull-quote.js';
import {NewsTimeline} from '../src/news-timeline/news-timeline.js';
import {define} from '../src/define.js';
import type {StoryDocument} from '../src/story/types.js';
import {assertNoJunk, collected, fallbackShown, minimalDocument, mount, part, parts, PROTOCOL_STORY_URL, protocolDocument, ready, shadow} from './helpers.js';

type AnyElement = HTMLElement & {updateComplete: Promise<unknown>; story?: unknown};

const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}t=${Math.random().toString(36).slice(2)}`;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
let uniqueTag = 0;
const newTag = (base: string) => `${base}-late-${++uniqueTag}-${Math.random().toString(36).slice(2, 7)}`;

/** Counts news-ready and news-error on `el`. */
function countEvents(el: Element) {
  const counts = {ready: 0, error: 0};
  el.addEventListener('news-ready', () => counts.ready++);
  el.addEventListener('news-error', () => counts.error++);
  return counts;
}

const nextEvent = (el: Element, type: 'news-ready' | 'news-error') =>
  new Promise<CustomEvent>((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent), {once: true}));

/** Counts the page's fetches of URLs containing `needle`. */
function spyOnFetch(needle: string) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input, init) => {
    if (String(input).includes(needle)) calls.push(String(input));
    return original(input, init);
  };
  return {calls, restore: () => (window.fetch = original)};
}

let box: HTMLDivElement;
beforeEach(() => {
  box = document.createElement('div');
  document.body.append(box);
});
afterEach(() => box.remove());

describe('lifecycle stress', () => {
  describe('moved', () => {
    it('moves between containers, into a shadow root and back, keeping its story, announcing it once, following the new lang', async () => {
      box.lang = 'fr';
      const {el} = await mount<NewsArticle>(html`<news-article layout="full" .story=${await protocolDocument()}></news-article>`, box);
      const counts = countEvents(el);
      const other = document.createElement('section');
      other.lang = 'en';
      const host = document.createElement('div');
      const root = host.attachShadow({mode: 'open'});
      const inner = document.createElement('div');
      inner.lang = 'zh-CN';
      root.append(inner);
      box.append(other, host);
      for (const [target, title] of [
        [other, 'Steps towards closer ties'],
        [inner, '合作进程'],
        [box, 'Les étapes du rapprochement'],
        [other, 'Steps towards closer ties'],
      ] as const) {
        target.append(el);
        // A new language shows once its strings have loaded: the first move into Chinese waits for
        // that chunk, which a busy test server can take longer than a fixed pause to serve.
        for (let waited = 0; waited < 3000 && part(el, 'timeline-title')?.textContent !== title; waited += 50) await pause(50);
        await el.updateComplete;
        expect(part(el, 'timeline-title')!.textContent).to.equal(title);
        expect(parts(el, 'quote')).to.have.length(3);
        assertNoJunk(el);
      }
      expect(counts).to.deep.equal({ready: 0, error: 0});
    });

    it('is moved while its src is loading, and renders once where it ends up, from one request', async () => {
      const url = fresh('/faults/slow/200');
      const spy = spyOnFetch(url);
      try {
        const el = document.createElement('news-article') as NewsArticle;
        el.setAttribute('src', url);
        el.locale = 'en';
        const counts = countEvents(el);
        const a = document.createElement('div');
        const b = document.createElement('div');
        box.append(a, b);
        a.append(el);
        await pause(20);
        b.append(el);
        await pause(20);
        a.append(el);
        await nextEvent(el, 'news-ready');
        await pause(50);
        expect(counts).to.deep.equal({ready: 1, error: 0});
        expect(spy.calls).to.have.length(1);
        expect(el.parentElement).to.equal(a);
      } finally {
        spy.restore();
      }
    });
  });

  describe('cloned', () => {
    it('a clone (cloneNode(true)) of a rendered element with src renders on its own', async () => {
      const url = fresh(PROTOCOL_STORY_URL);
      const {el} = await mount<NewsArticle>(html`<news-article src=${url} locale="en" layout="full" heading-level="3"></news-article>`, box);
      const clone = el.cloneNode(true) as NewsArticle;
      expect(clone.shadowRoot, 'a shadow root is not cloned').to.equal(null);
      const ready = nextEvent(clone, 'news-ready');
      box.append(clone);
      await ready;
      await clone.updateComplete;
      expect(part(clone, 'headline')!.localName).to.equal('h3');
      expect(part(clone, 'headline')!.textContent).to.equal(part(el, 'headline')!.textContent);
      expect(parts(clone, 'quote')).to.have.length(3);
      // Two independent elements: folding state and shadow roots (and so ids) are their own.
      expect(shadow(clone)).to.not.equal(shadow(el));
      expect(shadow(clone).getElementById('headline')).to.equal(part(clone, 'headline'));
    });

    it('a clone of an element with an inline document renders it; its fallback children come along', async () => {
      const json = JSON.stringify(minimalDocument({headline: 'Inline and cloned'}));
      for (const tag of ['news-article', 'news-timeline'] as const) {
        const el = document.createElement(tag) as AnyElement;
        el.setAttribute('locale', 'en');
        el.innerHTML = `<script type="application/json">${json}</script><p>Fallback</p>`;
        const first = Promise.race([nextEvent(el, 'news-ready'), nextEvent(el, 'news-error')]);
        box.append(el);
        await first;
        const clone = el.cloneNode(true) as AnyElement;
        const second = Promise.race([nextEvent(clone, 'news-ready'), nextEvent(clone, 'news-error')]);
        box.append(clone);
        const event = await second;
        await clone.updateComplete;
        if (tag === 'news-article') {
          expect(event.type).to.equal('news-ready');
          expect(part(clone, 'headline')!.textContent).to.equal('Inline and cloned');
        } else {
          // No timeline in that story: the clone says so, and shows its fallback.
          expect(event.detail.code).to.equal('not-found');
          expect(fallbackShown(clone)).to.equal(true);
        }
        expect(clone.querySelector('p')!.textContent).to.equal('Fallback');
      }
    });

    it('a clone of an element given its story as a property waits for one (properties are not cloned), then renders it', async () => {
      const story = await protocolDocument();
      const {el} = await mount<NewsOrgBadge>(html`<news-org-badge org="ccia" .story=${story}></news-org-badge>`, box);
      const clone = el.cloneNode(true) as NewsOrgBadge;
      const counts = countEvents(clone);
      box.append(clone);
      await clone.updateComplete;
      expect(clone.getAttribute('aria-busy')).to.equal('true');
      expect(counts).to.deep.equal({ready: 0, error: 0});
      const ready = nextEvent(clone, 'news-ready');
      clone.story = el.story;
      await ready;
      expect(part(clone, 'name')!.textContent).to.contain('Chinese Cultural Industry Association');
    });
  });

  describe('detached mid-fetch', () => {
    it('re-attached before the answer: one request, one news-ready', async () => {
      const url = fresh('/faults/slow/250');
      const spy = spyOnFetch(url);
      try {
        const el = document.createElement('news-timeline') as NewsTimeline;
        el.setAttribute('src', url);
        const counts = countEvents(el);
        box.append(el);
        await pause(50);
        el.remove();
        await pause(50);
        box.append(el);
        await nextEvent(el, 'news-ready');
        await pause(50);
        expect(spy.calls).to.have.length(1);
        expect(counts).to.deep.equal({ready: 1, error: 0});
        expect(parts(el, 'step')).to.have.length(3);
      } finally {
        spy.restore();
      }
    });

    it('detached for good: it announces nothing while detached, and never throws', async () => {
      const url = fresh('/faults/slow/100');
      const el = document.createElement('news-pull-quote') as NewsPullQuote;
      el.setAttribute('src', url);
      const counts = countEvents(el);
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        box.append(el);
        await pause(20);
        el.remove();
        await pause(300);
        await el.updateComplete;
        expect(counts).to.deep.equal({ready: 0, error: 0});
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('src changed while detached: the first answer is ignored, the second one shown', async () => {
      const slow = fresh('/faults/slow/300');
      const el = document.createElement('news-article') as NewsArticle;
      el.locale = 'en';
      el.src = slow;
      const counts = countEvents(el);
      box.append(el);
      await pause(30);
      el.remove();
      el.story = minimalDocument({headline: 'Given while detached'});
      await pause(400); // the slow answer arrives, for an input that is no longer the winner
      const ready = nextEvent(el, 'news-ready');
      box.append(el);
      expect((await ready).detail.story.headline).to.deep.equal({en: 'Given while detached'});
      await pause(50);
      expect(counts).to.deep.equal({ready: 1, error: 0});
      expect(part(el, 'headline')!.textContent).to.equal('Given while detached');
    });

    it('a failure that arrives while detached is announced once it is attached again', async () => {
      const url = fresh('/faults/status/503');
      const el = document.createElement('news-org-badge') as NewsOrgBadge;
      el.src = url;
      const counts = countEvents(el);
      box.append(el);
      await el.updateComplete;
      el.remove();
      await pause(200);
      expect(counts).to.deep.equal({ready: 0, error: 0});
      const failed = nextEvent(el, 'news-error');
      box.append(el);
      expect((await failed).detail).to.include({code: 'http-error', src: url});
      await pause(30);
      expect(counts).to.deep.equal({ready: 0, error: 1});
    });
  });

  describe('upgraded after its attributes were set', () => {
    const classes = {
      'news-article': NewsArticle,
      'news-org-badge': NewsOrgBadge,
      'news-pull-quote': NewsPullQuote,
      'news-timeline': NewsTimeline,
    } as const;

    it('in the page: attributes, lang, an inline document and the story property set before the tag is defined all count', async () => {
      const story = await protocolDocument();
      const cases: [keyof typeof classes, Record<string, string>, 'property' | 'inline' | 'src', (el: AnyElement) => void][] = [
        ['news-article', {layout: 'full', 'heading-level': '4'}, 'property', (el) => expect(part(el, 'headline')!.localName).to.equal('h4')],
        ['news-org-badge', {org: 'ccia', variant: 'detailed'}, 'inline', (el) => expect(part(el, 'facts')).to.not.equal(null)],
        ['news-pull-quote', {quote: 'landry-bridge'}, 'src', (el) => expect(part(el, 'quote')!.textContent).to.contain('pont')],
        ['news-timeline', {orientation: 'horizontal'}, 'property', (el) => expect(part(el, 'steps')!.classList.contains('horizontal')).to.equal(true)],
      ];
      for (const [base, attributes, input, check] of cases) {
        const tag = newTag(base);
        const section = document.createElement('section');
        section.lang = 'fr';
        box.append(section);
        const el = document.createElement(tag) as AnyElement;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        if (input === 'property') el.story = story; // an own property on the not-yet-upgraded element
        if (input === 'inline') el.innerHTML = `<script type="application/json">${JSON.stringify(story)}</script>`;
        if (input === 'src') el.setAttribute('src', fresh(PROTOCOL_STORY_URL));
        section.append(el);
        expect(el.shadowRoot).to.equal(null);
        const ready = nextEvent(el, 'news-ready');
        customElements.define(tag, class extends (classes[base] as typeof NewsArticle) {});
        await ready;
        await el.updateComplete;
        check(el);
        expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('fr');
        assertNoJunk(el);
      }
    });

    it('detached: upgraded when it is attached (or by customElements.upgrade), then renders', async () => {
      const tag = newTag('news-article');
      const el = document.createElement(tag) as AnyElement;
      el.setAttribute('locale', 'en');
      el.story = minimalDocument({headline: 'Upgraded late'});
      customElements.define(tag, class extends NewsArticle {});
      expect(el.shadowRoot, 'a detached element is not upgraded by define()').to.equal(null);
      customElements.upgrade(el);
      const ready = nextEvent(el, 'news-ready');
      box.append(el);
      await ready;
      await el.updateComplete;
      expect(part(el, 'headline')!.textContent).to.equal('Upgraded late');
    });
  });

  describe('defined twice', () => {
    let warnings: unknown[][];
    let warn: typeof console.warn;
    beforeEach(() => {
      warnings = [];
      warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
    });
    afterEach(() => (console.warn = warn));

    it('define() with another class does not throw, warns once, and keeps the first definition', () => {
      class Other extends NewsArticle {}
      expect(() => define('news-article', Other)).to.not.throw();
      expect(customElements.get('news-article')).to.equal(NewsArticle);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.equal('passerelle: <news-article> is already defined on this page (by another copy of the library, or another script); keeping that one.');
      // The same class again is not a second copy: silence.
      define('news-article', NewsArticle);
      expect(warnings).to.have.length(1);
    });

    it('a second copy of the library (the drop-in bundle on a page that has the npm one) warns per element and changes nothing', async () => {
      const {el} = await mount<NewsArticle>(html`<news-article locale="en" .story=${minimalDocument()}></news-article>`, box);
      const bundle = '/dist/cdn/passerelle.js';
      const module = (await import(/* @vite-ignore */ bundle)) as {NewsArticle: CustomElementConstructor; defineAll(): Promise<void>};
      expect(module.NewsArticle).to.not.equal(NewsArticle);
      const collisions = () => warnings.map((w) => String(w[0])).filter((w) => w.includes('is already defined on this page'));
      // The bundle defines <news-article> at once; the others when their chunks load.
      expect(collisions()).to.have.length(1);
      await module.defineAll();
      expect(collisions()).to.have.length(4);
      for (const [tag, cls] of [
        ['news-article', NewsArticle],
        ['news-org-badge', NewsOrgBadge],
        ['news-pull-quote', NewsPullQuote],
        ['news-timeline', NewsTimeline],
      ] as const) {
        expect(customElements.get(tag)).to.equal(cls);
      }
      el.story = minimalDocument({headline: 'Still working'});
      await el.updateComplete;
      expect(part(el, 'headline')!.textContent).to.equal('Still working');
      // The other copy's classes still work under a name of their own.
      const tag = newTag('news-article');
      customElements.define(tag, class extends module.NewsArticle {});
      const other = document.createElement(tag) as AnyElement;
      other.setAttribute('locale', 'en');
      other.story = minimalDocument({headline: 'From the other copy'});
      const ready = nextEvent(other, 'news-ready');
      box.append(other);
      await ready;
      await other.updateComplete;
      expect(part(other, 'headline')!.textContent).to.equal('From the other copy');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 2,000 attach/detach cycles

/**
 * Counts what an element could leave behind: MutationObservers still observing, event
 * listeners still registered (as the DOM dedupes them), timers still pending, message ports
 * still open. Installed around the cycles only.
 */
function instrument() {
  const OriginalObserver = window.MutationObserver;
  const observing = new Set<MutationObserver>();
  class CountingObserver extends OriginalObserver {
    override observe(target: Node, options?: MutationObserverInit) {
      observing.add(this);
      return super.observe(target, options);
    }
    override disconnect() {
      observing.delete(this);
      return super.disconnect();
    }
  }
  window.MutationObserver = CountingObserver;

  const listeners = new Map<EventTarget, Set<string>>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const key = (type: string, callback: unknown, options?: boolean | EventListenerOptions) => {
    if (!ids.has(callback as object)) ids.set(callback as object, ++nextId);
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    return `${type}|${ids.get(callback as object)}|${capture}`;
  };
  const {addEventListener, removeEventListener} = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, callback, options) {
    if (callback && !(typeof options === 'object' && options?.once)) {
      let set = listeners.get(this);
      if (!set) listeners.set(this, (set = new Set()));
      set.add(key(type, callback, options));
    }
    return addEventListener.call(this, type, callback, options);
  };
  EventTarget.prototype.removeEventListener = function (type, callback, options) {
    if (callback) listeners.get(this)?.delete(key(type, callback, options));
    return removeEventListener.call(this, type, callback, options);
  };

  const {setTimeout: originalSetTimeout, clearTimeout: originalClearTimeout, setInterval: originalSetInterval} = window;
  const pending = new Set<number>();
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = originalSetTimeout(
      (...a: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...args
    );
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    originalClearTimeout(id);
  }) as typeof window.clearTimeout;
  let intervals = 0;
  window.setInterval = ((...args: Parameters<typeof setInterval>) => (intervals++, originalSetInterval(...args))) as typeof window.setInterval;

  /** Whether `target` is `element` or inside it (its children, its shadow tree, nested ones). */
  const within = (target: EventTarget, element: Element) => {
    for (let node = target instanceof Node ? target : null; node; node = (node.getRootNode() as ShadowRoot).host ?? null) {
      if (element.contains(node)) return true;
    }
    return false;
  };

  return {
    snapshot: () => ({
      observers: observing.size,
      listeners: [...listeners.values()].reduce((n, set) => n + set.size, 0),
      timers: pending.size,
      intervals,
    }),
    /** Listeners on anything but `element` and what it holds: those that would keep it alive. */
    outsideListeners: (element: Element) =>
      [...listeners].filter(([target]) => !within(target, element)).reduce((n, [, set]) => n + set.size, 0),
    restore() {
      window.MutationObserver = OriginalObserver;
      EventTarget.prototype.addEventListener = addEventListener;
      EventTarget.prototype.removeEventListener = removeEventListener;
      window.setTimeout = originalSetTimeout;
      window.clearTimeout = originalClearTimeout;
      window.setInterval = originalSetInterval;
    },
  };
}

type Gc = {gc?: () => void};
const heap = () => {
  (window as Gc).gc?.();
  return (performance as Performance & {memory?: {usedJSHeapSize: number}}).memory?.usedJSHeapSize;
};

describe('2,000 attach/detach cycles', function () {
  this.timeout(60_000);

  const CYCLES = 2000;
  let story: StoryDocument;
  before(async () => {
    story = await protocolDocument();
  });

  const subjects: [string, (el: AnyElement) => void, 'plain' | 'shadow'][] = [
    ['news-article', (el) => el.setAttribute('layout', 'full'), 'shadow'], // with three pull-quotes inside, each watching two trees
    ['news-article', (el) => el.setAttribute('layout', 'card'), 'plain'],
    ['news-org-badge', (el) => el.setAttribute('variant', 'detailed'), 'plain'],
    ['news-pull-quote', (el) => el.setAttribute('locale', 'en'), 'shadow'],
    ['news-timeline', (el) => el.setAttribute('orientation', 'horizontal'), 'plain'],
  ];

  it('the one observer of every element\'s children keeps no detached element alive', async () => {
    // Detached elements stay registered with it (an observer cannot stop watching one node):
    // they must still be collected, even with a change to their children while detached.
    // Made in a function of their own: a suspended async function keeps its last values.
    const detachedCards = async () => {
      const refs: WeakRef<Element>[] = [];
      for (let i = 0; i < 50; i++) {
        const el = document.createElement('news-article') as AnyElement;
        el.story = story;
        box.append(el);
        await el.updateComplete;
        el.remove();
        el.append(document.createElement('p'));
        refs.push(new WeakRef(el));
      }
      return refs;
    };
    // Collected within a few collections: one pass may find a card still referenced from a
    // stack or task in flight (seen in CI: one card of 50 after two passes, and after five).
    const kept = (await collected(window, await detachedCards())).map((gone, i) => (gone ? -1 : i)).filter((i) => i >= 0);
    expect(kept).to.deep.equal([]);
  });

  for (const [tag, configure, where] of subjects) {
    it(`<${tag}> (${where === 'shadow' ? 'in a shadow root' : 'in the page'}) leaves no observer, listener or timer behind`, async () => {
      const host = document.createElement('div');
      box.append(host);
      const container: ParentNode = where === 'shadow' ? host.attachShadow({mode: 'open'}) : host;
      const lang = document.createElement('div');
      lang.lang = 'fr';
      container.append(lang);
      // Before counting, one element like it draws once and goes. What a page makes once and
      // keeps is then there whichever test runs first (the modules a full article loads; the one
      // observer of every element's children, made when the first element connects: see the
      // previous test), and the counts are of what this element leaves behind.
      const first = document.createElement(tag) as AnyElement;
      configure(first);
      first.story = story;
      const drawn = ready(first);
      lang.append(first);
      await drawn;
      first.remove();

      const counters = instrument();
      try {
        const el = document.createElement(tag) as AnyElement;
        configure(el);
        const counts = countEvents(el);
        el.story = story;
        const before = counters.snapshot();
        const outsideBefore = counters.outsideListeners(el);
        const heapBefore = heap();
        lang.append(el);
        await el.updateComplete;
        await pause(20);
        const attached = counters.snapshot();
        const peaks = {observers: 0, listeners: 0, timers: 0};
        for (let i = 0; i < CYCLES; i++) {
          el.remove();
          if (i % 3 === 0) await el.updateComplete; // sometimes a render while detached…
          lang.append(el);
          if (i % 2 === 0) await el.updateComplete; // …sometimes several moves in one task
          if (i % 100 === 0) {
            const now = counters.snapshot();
            peaks.observers = Math.max(peaks.observers, now.observers);
            peaks.listeners = Math.max(peaks.listeners, now.listeners);
            peaks.timers = Math.max(peaks.timers, now.timers);
          }
        }
        await el.updateComplete;
        await pause(20);
        const after = counters.snapshot();
        el.remove();
        await pause(20);
        const detached = counters.snapshot();
        const heapAfter = heap();

        // While attached: what one attachment needs, not one more per cycle.
        expect(after, 'attached, after the cycles').to.deep.equal(attached);
        expect(peaks.observers).to.be.at.most(attached.observers);
        expect(peaks.listeners).to.be.at.most(attached.listeners + 2);
        expect(peaks.timers).to.be.at.most(attached.timers + 2);
        // Detached: back to where it started, with nothing left observing or waiting.
        expect(detached.observers, 'observers once detached').to.equal(before.observers);
        expect(detached.timers, 'timers once detached').to.equal(before.timers);
        expect(detached.listeners - before.listeners, 'listeners once detached').to.be.at.most(attached.listeners - before.listeners);
        // Its own listeners go with it; none may stay on the page, the document or an ancestor.
        expect(counters.outsideListeners(el), 'listeners outside the element once detached').to.equal(outsideBefore);
        expect(detached.intervals).to.equal(before.intervals);
        // One story, announced once, whatever the moves.
        expect(counts).to.deep.equal({ready: 1, error: 0});
        // The test browser exposes gc() (test/chromium.mjs), so this always runs there.
        expect((window as Gc).gc, 'gc() is exposed').to.be.a('function');
        expect(heapAfter! - heapBefore!, 'heap growth after GC').to.be.below(5 * 1024 * 1024);
      } finally {
        counters.restore();
      }
    });
  }
});
