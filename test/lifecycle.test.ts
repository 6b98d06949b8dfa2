import {expect, html, waitUntil} from '@open-wc/testing';
import '../src/news-article.js';
import '../src/news-org-badge.js';
import type {NewsArticle} from '../src/news-article/news-article.js';
import {failed, langOf, minimalDocument, mount, part, PROTOCOL_STORY_URL, protocolDocument, ready, shadow} from './helpers.js';

const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}t=${Math.random().toString(36).slice(2)}`;
const settle = () => new Promise((r) => setTimeout(r, 60));

describe('lifecycle and edge cases', () => {
  it('tells the page’s author in the console why a story cannot be shown (the element says only that it cannot)', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const invalid = {...minimalDocument(), headline: 42};
      const {event} = await mount<NewsArticle>(html`<news-article locale="fr" .story=${invalid}></news-article>`);
      expect(event.type).to.equal('news-error');
      const missing = await mount(html`<news-org-badge locale="fr" org="nope" .story=${minimalDocument()}></news-org-badge>`);
      expect(missing.event.type).to.equal('news-error');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.startsWith('passerelle: <'))).to.deep.equal([
      'passerelle: <news-article> invalid-story: headline: expected a non-empty string, or an object with one as "en"',
      'passerelle: <news-org-badge> not-found: org: no organization "nope" in story "minimal"',
    ]);
  });

  it('names a story’s malformed values in the console once, however many elements the page gives that story to', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      // One object, as a page hands its story to a card, a badge and a full article.
      const story = {...minimalDocument({organizations: [{id: 'o', name: 'O'}]}), summary: 42};
      const events = [
        await mount(html`<news-article locale="en" .story=${story}></news-article>`),
        await mount(html`<news-org-badge locale="en" org="o" .story=${story}></news-org-badge>`),
        await mount(html`<news-article locale="en" layout="full" .story=${story}></news-article>`),
      ].map(({event}) => event.type);
      expect(events).to.deep.equal(['news-ready', 'news-ready', 'news-ready']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.startsWith('passerelle: story'))).to.deep.equal([
      'passerelle: story "minimal": ignored 1 malformed value(s):\n  summary: expected a non-empty string, or an object with one as "en"',
    ]);
  });

  it('retries when src is set again to the same URL that failed', async () => {
    const url = fresh('/faults/status/503');
    const {el, event} = await mount<NewsArticle>(html`<news-article src=${url}></news-article>`);
    expect(event.type).to.equal('news-error');
    const original = window.fetch;
    let calls = 0;
    window.fetch = (...args) => (calls++, original(...args));
    try {
      const again = failed(el);
      el.src = url;
      await again;
      el.setAttribute('src', url);
      await failed(el);
      expect(calls).to.equal(2);
    } finally {
      window.fetch = original;
    }
  });

  it('takes its failure away when its src is taken away, as an element without a story waits', async () => {
    for (const url of [fresh('/faults/status/404'), fresh('/faults/status/503')]) {
      const {el, event} = await mount<NewsArticle>(html`<news-article locale="en" src=${url}></news-article>`);
      expect(event.type).to.equal('news-error');
      expect(shadow(el).textContent, 'the failure is said').to.contain('could not be loaded');
      el.removeAttribute('src');
      await el.updateComplete;
      expect(el.getAttribute('aria-busy'), 'waiting for a story').to.equal('true');
      expect(shadow(el).textContent, 'no failure of a URL it no longer has').to.not.contain('could not be loaded');
    }
  });

  it('reads an inline story and fallback made by an iframe’s document (a node of another window)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const other = frame.contentDocument!;
      const {el} = await mount<NewsArticle>(html`<news-article locale="en" src=${PROTOCOL_STORY_URL}></news-article>`);
      const script = other.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(minimalDocument({headline: 'From the frame'}));
      const shown = ready(el);
      el.append(script);
      await shown;
      expect(part(el, 'headline')!.textContent!.trim()).to.equal('From the frame');
      // The author's fallback, shown on failure rather than the element's own message.
      const {el: failing} = await mount<NewsArticle>(html`<news-article locale="en" src=${fresh('/faults/status/404')}></news-article>`);
      const fallback = other.createElement('p');
      fallback.textContent = 'Read the story on our site.';
      failing.append(fallback);
      await failing.updateComplete;
      expect(shadow(failing).querySelector('slot'), 'the fallback slot').to.not.equal(null);
      expect(shadow(failing).textContent).to.not.contain('could not be loaded');
    } finally {
      frame.remove();
    }
  });

  it('reads an inline story in a script of the SVG namespace rather than fail on it', async () => {
    const {el} = await mount<NewsArticle>(html`<news-article locale="en" src=${PROTOCOL_STORY_URL}></news-article>`);
    const script = document.createElementNS('http://www.w3.org/2000/svg', 'script');
    script.setAttribute('type', 'application/json');
    script.textContent = JSON.stringify(minimalDocument({headline: 'From an SVG script'}));
    const shown = ready(el);
    el.append(script);
    await shown;
    expect(part(el, 'headline')!.textContent!.trim()).to.equal('From an SVG script');
  });

  it('takes a child script as its story once its type makes it the inline document, and lets it go when it no longer does', async () => {
    const {el} = await mount<NewsArticle>(html`<news-article locale="en" src=${PROTOCOL_STORY_URL}></news-article>`);
    const fromSrc = part(el, 'headline')!.textContent!.trim();
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.textContent = JSON.stringify(minimalDocument({headline: 'Inline'}));
    el.append(script);
    await settle();
    await el.updateComplete;
    expect(part(el, 'headline')!.textContent!.trim(), 'a text/plain script is not read').to.equal(fromSrc);
    script.type = 'application/json';
    await settle();
    await el.updateComplete;
    expect(part(el, 'headline')!.textContent!.trim()).to.equal('Inline');
    script.type = 'text/plain';
    await settle();
    await el.updateComplete;
    expect(part(el, 'headline')!.textContent!.trim()).to.equal(fromSrc);
  });

  it('announces the same story again when it comes back after another input', async () => {
    const story = minimalDocument();
    const {el} = await mount<NewsArticle>(html`<news-article locale="en" .story=${story}></news-article>`);
    let events = 0;
    el.addEventListener('news-ready', () => events++);
    el.story = undefined; // no input: back to loading
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    el.story = story;
    await el.updateComplete;
    expect(events).to.equal(1);
  });

  it('keeps the shown locale when switched away and back before the new one loads', async () => {
    const {el} = await mount<NewsArticle>(html`<news-article locale="fr" .story=${await protocolDocument()}></news-article>`);
    el.locale = 'zh-Hans';
    await el.updateComplete;
    el.locale = 'fr';
    await el.updateComplete;
    await settle();
    await el.updateComplete;
    expect(part(el, 'expand')!.textContent!.trim()).to.equal('Lire la suite');
  });

  it('does not take comments (framework markers) for fallback content', async () => {
    const el = document.createElement('news-article') as NewsArticle;
    el.append(document.createComment('v-if'), document.createTextNode('  \n '));
    el.locale = 'en';
    el.src = fresh('/faults/status/404');
    const error = failed(el);
    document.body.append(el);
    try {
      await error;
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('could not be loaded');
    } finally {
      el.remove();
    }
  });

  it('follows its own children: an inline document written later renders in its element only, also one written while detached', async () => {
    const inline = (headline: string) =>
      Object.assign(document.createElement('script'), {type: 'application/json', textContent: JSON.stringify(minimalDocument({headline}))});
    const [a, b] = [0, 1].map(() => Object.assign(document.createElement('news-article') as NewsArticle, {locale: 'en'}));
    document.body.append(a, b);
    try {
      await Promise.all([a.updateComplete, b.updateComplete]);
      const bReady = ready(b);
      b.append(inline('Written into the second'));
      await bReady;
      expect(part(b, 'headline')!.textContent).to.equal('Written into the second');
      expect(part(a, 'loading'), 'the first still waits for its story').to.not.equal(null);
      // Detached, given its document, then put back.
      a.remove();
      a.append(inline('Written while detached'));
      const aReady = ready(a);
      document.body.append(a);
      await aReady;
      expect(part(a, 'headline')!.textContent).to.equal('Written while detached');
      // And it goes on following its children once back.
      a.querySelector('script')!.textContent = JSON.stringify(minimalDocument({headline: 'Edited in place'}));
      await waitUntil(() => part(a, 'headline')?.textContent === 'Edited in place');
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('on a page without lang, first renders a fetched story in its own language, not in English', async () => {
    const previous = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = document.createElement('news-article') as NewsArticle;
      el.src = fresh(PROTOCOL_STORY_URL);
      const headlineAtReady = new Promise<string>((resolve) =>
        el.addEventListener('news-ready', () => resolve(langOf(part(el, 'headline')!)!), {once: true})
      );
      document.body.append(el);
      expect(await headlineAtReady).to.equal('fr');
      expect(part(el, 'expand')!.textContent!.trim()).to.equal('Lire la suite');
      el.remove();
    } finally {
      if (previous !== null) document.documentElement.setAttribute('lang', previous);
    }
  });

  it('announces a story that arrived while detached once it is attached again', async () => {
    const el = document.createElement('news-article') as NewsArticle;
    el.locale = 'en';
    el.src = fresh(PROTOCOL_STORY_URL);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await settle();
    await settle();
    const announced = ready(el);
    document.body.append(el);
    await announced;
    expect(part(el, 'headline')).to.not.equal(null);
    el.remove();
  });

  it('follows a lang change inside a shadow root it sits in', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({mode: 'open'});
    const section = document.createElement('section');
    section.lang = 'en';
    root.append(section);
    try {
      const {el} = await mount<NewsArticle>(html`<news-article .story=${await protocolDocument()}></news-article>`, section);
      expect(part(el, 'expand')!.textContent!.trim()).to.equal('Read more');
      section.lang = 'zh-CN';
      await settle();
      await el.updateComplete;
      await settle();
      expect(part(el, 'expand')!.textContent!.trim()).to.equal('阅读全文');
    } finally {
      host.remove();
    }
  });

  it('resolves relative URLs against the URL a redirect finally served the document from', async () => {
    const {el} = await mount<NewsArticle>(html`<news-article locale="en" src=${fresh('/faults/redirect/x')} layout="full"></news-article>`);
    expect(part(el, 'logo')!.getAttribute('src')).to.equal(`${location.origin}/test/fixtures/logo.svg`);
  });

  it('gives fetch-failed for a src that is not a URL', async () => {
    // Chromium's URL parser takes a space in a host (it escapes it), so that one fails at fetch;
    // the other two are not URLs at all and never reach fetch.
    for (const src of ['http://exa mple/x.json', 'http://[', 'http://example.com:99999/x.json']) {
      const {el, event} = await mount<NewsArticle>(html`<news-article locale="en" src=${src}></news-article>`);
      expect((event as CustomEvent).detail, src).to.include({code: 'fetch-failed', src});
      expect(part(el, 'error')!.textContent, src).to.contain('could not be loaded');
    }
  });

  it('lets the events of its fallback children through, but not those of its pull-quotes', async () => {
    const heard: string[] = [];
    // The element that fired each event: composed events reach the document retargeted to the
    // outermost host, so their target alone would name the article for a pull-quote's too.
    const listener = (e: Event) => heard.push((e.composedPath()[0] as Element).localName);
    document.addEventListener('news-ready', listener);
    try {
      const story = await protocolDocument();
      const el = document.createElement('news-article') as NewsArticle;
      el.layout = 'full';
      el.src = fresh('/faults/status/404');
      const badge = document.createElement('news-org-badge');
      (badge as unknown as {story: unknown}).story = story;
      el.append(badge);
      document.body.append(el);
      await failed(el);
      await settle();
      el.story = story;
      await ready(el);
      await settle();
      expect(heard.filter((n) => n === 'news-org-badge')).to.have.length(1);
      expect(heard.filter((n) => n === 'news-pull-quote')).to.have.length(0);
      expect(heard.filter((n) => n === 'news-article'), 'the article announces its story once').to.have.length(1);
      expect(shadow(el).querySelectorAll('news-pull-quote')).to.have.length(3);
      el.remove();
    } finally {
      document.removeEventListener('news-ready', listener);
    }
  });

  it('lets the events of its fallback children through when it falls back after showing its pull-quotes', async () => {
    const heard: string[] = [];
    const listener = (e: Event) => heard.push((e.composedPath()[0] as Element).localName);
    document.addEventListener('news-ready', listener);
    const el = document.createElement('news-article') as NewsArticle;
    try {
      const story = await protocolDocument();
      // The fallback badge has no story yet: it announces one only once the article has failed.
      const badge = document.createElement('news-org-badge') as HTMLElement & {story: unknown};
      el.append(badge);
      el.layout = 'full';
      el.story = story;
      const shown = ready(el);
      document.body.append(el);
      await shown;
      await settle();
      expect(shadow(el).querySelectorAll('news-pull-quote')).to.have.length(3);
      const error = failed(el);
      el.story = {format: 'nope'};
      await error;
      await el.updateComplete;
      badge.story = story;
      await settle();
      expect(heard).to.deep.equal(['news-article', 'news-org-badge']);
    } finally {
      el.remove();
      document.removeEventListener('news-ready', listener);
    }
  });
});
