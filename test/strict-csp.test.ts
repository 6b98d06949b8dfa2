/**
 * A page with a strict Content-Security-Policy — scripts, styles, images and requests from
 * 'self' only, no inline script or style, no eval, Trusted Types enforced — embeds all four
 * elements with the drop-in bundle (dist/cdn/passerelle.js; `npm test` builds it first). They
 * render, styled, with zero violations. The page is test/fixtures/strict-csp.html, served with
 * the header by test/fault-middleware.mjs (/faults/strict-csp/<variant>).
 */
import {expect} from '@open-wc/testing';
import './readable-failures.js';

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}
type StrictWindow = Window & typeof globalThis & {__violations: Violation[]; __reports: string[]};

const IDS = ['full', 'card', 'quote', 'badge', 'logo', 'timeline', 'failing', 'fallback'];

/** Opens the strict page in a frame and waits until every element has rendered its story or its error. */
async function openStrictPage(variant: 'listed' | 'lit-html' | 'unlisted', settled = true) {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/faults/strict-csp/${variant}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as StrictWindow;
  const doc = win.document;
  const el = (id: string) => doc.getElementById(id)!;
  const done = () =>
    IDS.every((id) => el(id).shadowRoot?.querySelector('[part~="base"], [part~="error"], [part~="fallback"]:not([hidden])')) &&
    [...el('full').shadowRoot!.querySelectorAll('news-pull-quote')].every((q) => q.shadowRoot?.querySelector('blockquote')) &&
    el('card').shadowRoot!.querySelector('[part~="expand"]')?.textContent?.trim() === '阅读全文';
  for (let i = 0; settled && i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
  // Let late violations (an image, a chunk) arrive.
  await new Promise((r) => setTimeout(r, 100));
  return {frame, win, doc, el, rendered: done()};
}

/** A CSS colour as getComputedStyle gives it (`#fff` → `rgb(255, 255, 255)`), worked out in this page. */
function colour(value: string): string {
  const probe = document.createElement('div');
  probe.style.color = value.trim();
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  expect(value.trim(), 'a custom property holding a colour').to.not.equal('');
  return computed;
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('serves the page with the policy (the test would prove nothing otherwise)', async () => {
    const response = await fetch('/faults/strict-csp/listed');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html passerelle"
    );
  });

  for (const variant of ['listed', 'lit-html'] as const) {
    it(`renders all four elements, styled, with zero violations (trusted-types ${variant === 'listed' ? 'lit-html passerelle' : 'lit-html'})`, async () => {
      const {frame, win, el, rendered} = await openStrictPage(variant);
      try {
        expect(rendered, 'every element rendered').to.equal(true);
        expect(win.__violations, JSON.stringify(win.__violations)).to.deep.equal([]);
        expect(win.__reports).to.deep.equal([]);
        const style = (node: Element | null | undefined) => win.getComputedStyle(node!);
        const root = (id: string) => el(id).shadowRoot!;

        // Each element paints its own surface from its constructable stylesheet: the colours of
        // its private defaults (read from the element, so a redesign does not break the test),
        // where an unstyled element would be transparent and borderless.
        for (const [id, selector] of [
          ['full', 'article'],
          ['card', 'article'],
          ['quote', 'figure'],
          ['logo', '[part~="base"]'],
          ['timeline', 'section'],
          ['failing', '[part~="error"]'],
        ]) {
          const host = style(el(id));
          expect(host.display, `<${el(id).localName} id=${id}> display`).to.equal('block');
          const surface = style(root(id).querySelector(selector));
          expect(surface.backgroundColor, `${id} surface`).to.equal(colour(host.getPropertyValue('--_surface')));
          expect(surface.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
          expect(surface.borderTopColor, `${id} border`).to.equal(colour(host.getPropertyValue('--_border')));
          expect(surface.borderTopWidth).to.equal('1px');
          expect(surface.borderTopStyle).to.equal('solid');
        }
        expect(style(el('badge')).display).to.equal('inline-block');
        // The initials are a grid (a flex item, so blockified), not the inline <span> they would be unstyled.
        expect(style(root('badge').querySelector('[part~="logo"]')).display, 'initials').to.be.oneOf(['grid', 'inline-grid']);
        // The French interface strings were loaded as a chunk (import() from 'self').
        expect(root('full').querySelector('[part~="timeline-title"]')!.textContent).to.equal('Les étapes du rapprochement');
        // The inline data block was read, and the Chinese chunk loaded for locale="zh-Hans".
        expect(root('card').querySelector('[part~="headline"]')!.textContent).to.equal('An inline story');
        // Nested pull-quotes are styled too: the quote marks come from CSS.
        const nested = root('full').querySelector('news-pull-quote')!.shadowRoot!;
        // …and the article's ::part rules set them off by their rule alone, on the article's surface.
        const figure = style(nested.querySelector('figure'));
        expect(figure.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(figure.borderTopStyle).to.equal('none');
        expect(figure.borderLeftStyle).to.equal('solid');
        expect(style(nested.querySelector('blockquote p')).quotes).to.match(/«/);
        // The horizontal timeline is laid out by its container queries.
        expect(style(root('timeline').querySelector('ol')).display).to.equal('grid');
        // A same-origin logo is an allowed image; the fallback children show on failure.
        expect(root('logo').querySelector('img')!.getAttribute('src')).to.equal(`${location.origin}/test/fixtures/logo.svg`);
        expect((root('fallback').querySelector('[part~="fallback"]') as HTMLElement).hidden).to.equal(false);
        // No <style> element was needed anywhere: no inline style to allow.
        for (const id of IDS) expect(root(id).querySelector('style')).to.equal(null);
        expect(el('full').shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);

        // Control: the page really enforces the policy, and the probe hears violations.
        expect(() => {
          win.document.createElement('div').innerHTML = '<b>not trusted</b>';
        }).to.throw();
        await new Promise((r) => setTimeout(r, 50));
        expect(win.__violations.map((v) => v.directive)).to.include('require-trusted-types-for');
      } finally {
        frame.remove();
      }
    });
  }

  it('without lit-html among its Trusted Types policies, the bundle cannot start: the fallback children stay', async () => {
    const {frame, win, el} = await openStrictPage('unlisted', false);
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(win.customElements.get('news-article')).to.equal(undefined);
      expect(win.__violations.map((v) => v.directive)).to.include('trusted-types');
      expect(win.__violations.map((v) => v.sample)).to.include('lit-html');
      // The page's own fallback content is what readers see.
      expect(el('fallback').querySelector('p')!.checkVisibility()).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  describe('two copies of the bundle on one strict page', () => {
    type TwoCopiesWindow = StrictWindow & {__errors: string[]; __warnings: string[]};
    async function openTwoCopies(variant: 'listed' | 'duplicates') {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = `/faults/strict-csp/${variant}/two-copies`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as TwoCopiesWindow;
      const card = win.document.getElementById('card')!;
      const timeline = win.document.getElementById('timeline')!;
      const drawn = () => card.shadowRoot?.querySelector('[part~="headline"]') && timeline.shadowRoot?.querySelector('[part~="step"]');
      for (let i = 0; i < 100 && !drawn(); i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 100));
      return {frame, win, card, timeline};
    }

    it("with 'allow-duplicates': no violation; the second copy warns and keeps the first definition", async () => {
      const {frame, win, card, timeline} = await openTwoCopies('duplicates');
      try {
        expect(card.shadowRoot!.querySelector('[part~="headline"]')).to.not.equal(null);
        expect(timeline.shadowRoot!.querySelectorAll('[part~="step"]')).to.have.length(3);
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
        // Both copies define <news-article> at once: the second warns. The timeline's chunk is
        // loaded on demand from the same address by both, so it runs, and defines, once.
        expect(win.__warnings.filter((w) => w.includes('is already defined on this page'))).to.deep.equal([
          'passerelle: <news-article> is already defined on this page (by another copy of the library, or another script); keeping that one.',
        ]);
      } finally {
        frame.remove();
      }
    });

    it("without it: the second copy's Lit cannot create its lit-html policy again and stops there; the first copy's elements work", async () => {
      const {frame, win, card, timeline} = await openTwoCopies('listed');
      try {
        expect(card.shadowRoot!.querySelector('[part~="headline"]')).to.not.equal(null);
        expect(timeline.shadowRoot!.querySelectorAll('[part~="step"]')).to.have.length(3);
        expect(win.__violations.map((v) => `${v.directive} ${v.sample}`)).to.deep.equal(['trusted-types lit-html']);
        expect(win.__errors).to.have.length(1);
        expect(win.__warnings.filter((w) => w.includes('already defined'))).to.have.length(0);
      } finally {
        frame.remove();
      }
    });
  });
});
