/**
 * The catalogue's *Show code* (stories/show-code.ts): the markup it gives, pasted into a plain
 * page that loads the drop-in bundle (dist/cdn/passerelle.js, as test/drop-in.test.ts; `npm test`
 * builds first), shows the story. Storybook's own snippet of a story given as a property is the
 * bare element, which waits for a story for ever.
 */
import {expect} from '@open-wc/testing';
import {html, render, type TemplateResult} from 'lit';
import {pageMarkup, PROTOCOL_SRC} from '../stories/show-code.js';
import type {StoryDocument} from '../src/story/types.js';
import {minimalDocument, protocolDocument} from './helpers.js';
import './readable-failures.js';

/** Where this test server serves the shipped protocol story. */
const SHIPPED_PROTOCOL = '/dist/content/alliance-numerique-ccia.json';

/** The snippet Storybook makes of `template` (its sourceDecorator): rendered into a detached div, Lit's markers taken out. */
function storybookSnippet(template: TemplateResult): string {
  const container = document.createElement('div');
  render(template, container);
  return container.innerHTML.replace(/<!--\?lit\$[0-9]+\$-->|<!--\??-->/g, '');
}

interface PastedPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & {events: {type: string; code?: string}[]; injected?: boolean};
}

/** A page of `markup` with the drop-in script, in an iframe, once every element has settled (or after 5 s). */
async function paste(markup: string): Promise<PastedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>
      window.events = [];
      for (const type of ['news-ready', 'news-error']) addEventListener(type, (event) => events.push({type, code: event.detail.code}));
    </script>
    <script type="module" src="/dist/cdn/passerelle.js"></script>
  </head>
  <body>${markup}</body>
</html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PastedPage['win'];
  const count = win.document.querySelectorAll('news-article, news-pull-quote, news-org-badge, news-timeline').length;
  for (let i = 0; i < 100 && win.events.length < count; i++) await new Promise((r) => setTimeout(r, 50));
  return {frame, win};
}

const headline = (win: Window) =>
  (win.document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="headline"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Show code', () => {
  let protocol: StoryDocument;
  before(async () => {
    protocol = await protocolDocument();
  });

  const markupOf = (template: TemplateResult, story: unknown) => pageMarkup(storybookSnippet(template), story, {protocol, protocolSrc: SHIPPED_PROTOCOL});

  it('names the shipped protocol story by its src, and the page shows it', async () => {
    const markup = markupOf(html`<news-article .story=${protocol} layout="card"></news-article>`, protocol);
    const {frame, win} = await paste(markup);
    expect(win.events).to.deep.equal([{type: 'news-ready', code: undefined}]);
    expect(headline(win)).to.equal('Alliance numérique and the Chinese Cultural Industry Association sign a protocol aimed at bringing the digital industries of Quebec and China closer together');
    expect(markup).to.equal(`<news-article src="${SHIPPED_PROTOCOL}" layout="card"></news-article>`);
    frame.remove();
  });

  it('by default names it where the README and the Introduction say a page serves it', () => {
    const snippet = storybookSnippet(html`<news-article .story=${protocol} layout="full"></news-article>`);
    expect(pageMarkup(snippet, protocol, {protocol})).to.equal(`<news-article src="${PROTOCOL_SRC}" layout="full"></news-article>`);
    expect(PROTOCOL_SRC).to.equal('/stories/alliance-numerique-ccia.json');
  });

  it('writes another document inline, and the page shows it', async () => {
    const story = minimalDocument({headline: 'A story written into the page'});
    const markup = markupOf(html`<news-article .story=${story} layout="full"><a href="/news/1">Fallback</a></news-article>`, story);
    const {frame, win} = await paste(markup);
    expect(win.events).to.deep.equal([{type: 'news-ready', code: undefined}]);
    expect(headline(win)).to.equal('A story written into the page');
    expect(markup).to.match(/^<news-article layout="full">\s*<script type="application\/json">/);
    // The fallback stays, for a page whose script does not load.
    expect(win.document.querySelector('news-article > a')).to.have.property('textContent', 'Fallback');
    // Storybook transforms a snippet twice: the second time changes nothing.
    expect(pageMarkup(markup, story, {protocol, protocolSrc: SHIPPED_PROTOCOL})).to.equal(markup);
    frame.remove();
  });

  it('keeps text that looks like markup as text: no </script> in a document ends its script', async () => {
    const hostile = '</script><img src=x onerror="window.injected = true"><!-- <script>';
    const story = minimalDocument({headline: hostile, summary: '</SCRIPT ><b>bold</b>'});
    const markup = markupOf(html`<news-article .story=${story}></news-article>`, story);
    const {frame, win} = await paste(markup);
    expect(win.events).to.deep.equal([{type: 'news-ready', code: undefined}]);
    expect(headline(win)).to.equal(hostile);
    const article = win.document.querySelector('news-article')!;
    expect(article.shadowRoot!.querySelector('[part~="summary"]')!.textContent!.trim()).to.equal('</SCRIPT ><b>bold</b>');
    // No element was made of the text, in the page or in the element's shadow root.
    expect(win.document.querySelectorAll('img, b')).to.have.length(0);
    expect(article.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
    expect(win.document.querySelectorAll('script[type="application/json"]')).to.have.length(1);
    expect(win.injected).to.equal(undefined);
    expect(markup).not.to.match(/<img|<b>|<!--/i);
    frame.remove();
  });

  it("writes the catalogue's other files and its in-page document as paths a reader can follow", () => {
    const failing = markupOf(html`<news-timeline src="./content/no-such-story.json"></news-timeline>`, undefined);
    expect(failing).to.equal('<news-timeline src="/dist/content/no-such-story.json"></news-timeline>');
    const tooLarge = markupOf(html`<news-org-badge src="blob:http://localhost:6006/0f7c9b4e-1d2a-4c35-9d7e-3b1f6f0a2c11"></news-org-badge>`, undefined);
    expect(tooLarge).to.equal('<news-org-badge src="/dist/content/a-story-over-1-MiB.json"></news-org-badge>');
  });
});
