import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import './readable-failures.js';

// The README's promise for its drop-in snippet: with passerelle.css linked, the page's content
// after an element stays where it is while the element is defined and its story arrives. The
// fixture serves the build's files and the story late, so that the page paints its fallback
// first; the test sums every layout shift until news-ready and two frames more. The same page
// without the stylesheet shows that the test sees the shift it guards against.

type LayoutShift = PerformanceEntry & {value: number; hadRecentInput: boolean};

const FIXTURE = '/test/fixtures/layout-shift.html';

type FrameWindow = Window & typeof globalThis;

/**
 * Opens a page (a URL, or `{html}` written in place) in a frame `width` px wide, on screen where
 * it is painted every frame as a page in a window is; runs `use` once it has loaded, then
 * removes it. `sandbox` (e.g. 'allow-same-origin' alone) turns off what it leaves out.
 */
async function inFrame<T>(
  page: string | {html: string},
  use: (win: FrameWindow) => Promise<T> | T,
  {width = 1280, sandbox}: {width?: number; sandbox?: string} = {}
): Promise<T> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.sandbox.add(sandbox);
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: 720px; border: 0; background: #fff`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if (typeof page === 'string') frame.src = page;
  else frame.srcdoc = page.html;
  document.body.append(frame);
  try {
    await loaded;
    return await use(frame.contentWindow as FrameWindow);
  } finally {
    frame.remove();
  }
}

/** Settles once `el` shows its story (now or on news-ready) and two frames more have been painted. */
async function storyShown(el: Element, win: FrameWindow) {
  const shown = () => !!el.shadowRoot?.querySelector('[part~="base"]') && !el.hasAttribute('aria-busy');
  if (!shown()) {
    await new Promise((resolve, reject) => {
      el.addEventListener('news-ready', resolve, {once: true});
      el.addEventListener('news-error', () => reject(new Error('news-error')), {once: true});
      setTimeout(() => reject(new Error('no news-ready after 8 s')), 8000);
    });
  }
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

/** Loads a page in a frame the size of the benchmark's window and sums its layout shifts. */
function layoutShift(src: string) {
  return inFrame(src, async (win) => {
    const shifts: LayoutShift[] = [];
    const observer = new win.PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
    observer.observe({type: 'layout-shift', buffered: true});
    await storyShown(win.document.querySelector('news-article')!, win);
    shifts.push(...(observer.takeRecords() as LayoutShift[]));
    observer.disconnect();
    return shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
  });
}

describe('no layout shift with the documented snippet', () => {
  it('with passerelle.css, the content after a card does not move (summed shifts ≤ 0.01)', async () => {
    const shift = await layoutShift(FIXTURE);
    expect(shift).to.be.at.most(0.01);
  });

  it('without it, the same page shifts when the card arrives (what the stylesheet prevents)', async () => {
    const shift = await layoutShift('/faults/without-stylesheet/layout-shift.html');
    expect(shift).to.be.above(0.03);
  });
});

describe('passerelle.css for a reader without JavaScript', () => {
  it('holds no room under the fallback: what follows the element comes right after it', async () => {
    // A frame sandboxed without allow-scripts is a browser with JavaScript turned off: the
    // elements are never defined, and their fallback is all the reader gets.
    await inFrame(
      FIXTURE,
      (win) => {
        const article = win.document.querySelector('news-article')!;
        const fallback = article.querySelector('a')!;
        expect(win.customElements.get('news-article'), 'no script ran').to.equal(undefined);
        const gap = article.nextElementSibling!.getBoundingClientRect().top - fallback.getBoundingClientRect().bottom;
        expect(gap, 'px between the fallback and the next paragraph').to.be.below(40);
      },
      {sandbox: 'allow-same-origin'}
    );
  });
});

describe('passerelle.css when the script or the story never arrives', () => {
  const FALLBACK = '<a href="/news/1">L’Alliance numérique et la CCIA signent un protocole</a>';
  /** The snippet with `head` in its head and one card with fallback, then a paragraph. */
  const snippet = (head: string, attrs = '') => `<!doctype html><html lang="fr"><head>
    <link rel="stylesheet" href="/dist/cdn/passerelle.css">${head}</head>
    <body><news-article ${attrs}>${FALLBACK}</news-article><p>Après</p></body></html>`;
  /** px between the card's fallback and the paragraph after it. */
  const gap = (doc: Document) =>
    doc.querySelector('p')!.getBoundingClientRect().top - doc.querySelector('news-article a')!.getBoundingClientRect().bottom;
  /** The stylesheet's timer: a CSS animation on the reserving ::before. */
  const timerOf = (doc: Document) => doc.querySelector('news-article')!.getAnimations({subtree: true})[0];

  it('holds room under the fallback for 16 s, a second past a story’s time limit, then gives it up: no blank stays on the page', async () => {
    // A script that fails to load (a 404, as from a blocked or broken CDN).
    await inFrame({html: snippet('<script type="module" src="/faults/status/404"></script>')}, (win) => {
      const doc = win.document;
      expect(win.customElements.get('news-article'), 'the script did not run').to.equal(undefined);
      expect(gap(doc), 'px held under the fallback while the script may still come').to.be.above(200);
      const timer = timerOf(doc);
      expect(timer === undefined, 'no animation on the reserve').to.equal(false);
      timer.currentTime = 15_900;
      expect(gap(doc), 'px at 15.9 s').to.be.above(200);
      timer.currentTime = 16_000;
      expect(gap(doc), 'px at 16 s').to.be.below(40);
    });
  });

  it('keeps one timer when the script comes late and the story is still loading: the room does not come back', async () => {
    // No script at first; it arrives once the timer has run out, and the story never answers.
    await inFrame({html: snippet('', 'src="/faults/hang"')}, async (win) => {
      const doc = win.document;
      const timer = timerOf(doc);
      timer.currentTime = 16_000;
      expect(gap(doc), 'px at 16 s, undefined').to.be.below(40);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/passerelle.js';
      doc.head.append(script);
      const article = doc.querySelector('news-article')!;
      await waitUntil(() => article.getAttribute('aria-busy') === 'true', 'defined and loading its story');
      // (Compared as a boolean: chai would walk the whole page to describe an animation.)
      expect(timerOf(doc) === timer, 'the same timer, neither a new one nor none').to.equal(true);
      expect(gap(doc), 'px while the story loads, after 16 s').to.be.below(40);
    });
  });

  it('holds no room for a hidden element, before the script and while its story loads: hidden stays hidden', async () => {
    // A page's hidden tab panel or collapsed list: the stylesheet's display must not undo `hidden`.
    const check = (doc: Document, when: string) => {
      const article = doc.querySelector('news-article')!;
      expect(getComputedStyle(article).display, when).to.equal('none');
      expect(gap(doc), `px between the fallback and the paragraph, ${when}`).to.be.below(40);
    };
    await inFrame({html: snippet('', 'hidden src="/faults/hang"')}, async (win) => {
      check(win.document, 'undefined');
      const script = win.document.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/passerelle.js';
      win.document.head.append(script);
      const article = win.document.querySelector('news-article')!;
      await waitUntil(() => article.getAttribute('aria-busy') === 'true', 'defined and loading its story');
      check(win.document, 'loading');
    });
  });

  it('shows the fallback of an element the page sizes by its content (floated, in a flex row) wide enough to read', async () => {
    // The room held is a size container (its cqi are the element's width), which has no width of
    // its own: without a stand-in width, a floated fallback was a strip one letter wide.
    const html = `<!doctype html><html lang="fr"><head><link rel="stylesheet" href="/dist/cdn/passerelle.css"></head><body style="width: 800px">
      <news-pull-quote style="float: right; max-width: 300px"><blockquote>« La Chine représente le marché le plus important »</blockquote></news-pull-quote>
      <div style="display: flex; justify-content: center"><news-timeline><ol><li>Protocole paraphé</li></ol></news-timeline></div>
      <p>Le texte de la page. Le texte de la page. Le texte de la page.</p></body></html>`;
    await inFrame({html}, (win) => {
      for (const tag of ['news-pull-quote', 'news-timeline']) {
        const fallback = win.document.querySelector(`${tag} > *`)!;
        expect(win.customElements.get(tag), 'no script').to.equal(undefined);
        expect(fallback.getBoundingClientRect().width, `<${tag}>'s fallback, px wide`).to.be.at.least(200);
      }
    });
  });

  // A dark page read in the light scheme, and a light page read in the dark one: the fallback is
  // the page's words and must stay readable on the page's background, not take the element's
  // text colour (1.2:1 there), type and leading; and, once the story fails and the room is given
  // up, not move by the margin of its paragraph.
  const pages = [
    {scheme: 'light', background: '#111', color: 'rgb(240, 240, 240)'},
    {scheme: 'dark', background: '#fafafa', color: 'rgb(20, 20, 20)'},
  ] as const;
  for (const {scheme, background, color} of pages) {
    it(`leaves the fallback in the page’s colour, type and place when the element is defined and when its story fails (${scheme} scheme)`, async () => {
      await emulateMedia({colorScheme: scheme});
      const page = `<style>body { background: ${background}; color: ${color}; font-family: Georgia, serif; line-height: 30px }</style>`;
      const html = `<!doctype html><html lang="fr"><head><link rel="stylesheet" href="/dist/cdn/passerelle.css">${page}</head>
        <body><news-article src="/faults/status/404"><p style="margin: 16px 0">L’Alliance numérique et la CCIA signent un protocole</p></news-article></body></html>`;
      try {
        await inFrame({html}, async (win) => {
          const doc = win.document;
          const words = doc.querySelector('news-article p')!;
          const seen = () => {
            const style = win.getComputedStyle(words);
            return {color: style.color, font: style.fontFamily, leading: style.lineHeight, top: words.getBoundingClientRect().top};
          };
          const before = seen();
          expect(before.color).to.equal(color);
          const article = doc.querySelector('news-article')!;
          const failed = new Promise((resolve) => article.addEventListener('news-error', resolve, {once: true}));
          const script = doc.createElement('script');
          script.type = 'module';
          script.src = '/dist/cdn/passerelle.js';
          doc.head.append(script);
          await waitUntil(() => win.customElements.get('news-article'), 'the element defined');
          await (article as unknown as {updateComplete: Promise<unknown>}).updateComplete;
          expect(seen(), 'while its story loads').to.deep.equal(before);
          await failed;
          await new Promise((resolve) => win.requestAnimationFrame(resolve));
          expect(article.hasAttribute('aria-busy'), 'no longer loading').to.equal(false);
          expect(seen(), 'once its story failed').to.deep.equal(before);
        });
      } finally {
        await emulateMedia({colorScheme: 'light'});
      }
    });
  }

  it('holds the room on a page whose reduced-motion reset makes every animation end at once', async () => {
    const reset = '<style>*, ::before, ::after { animation-delay: -1ms !important; animation-duration: 1ms !important; }</style>';
    await inFrame({html: snippet(reset)}, (win) => {
      expect(gap(win.document), 'px held under the fallback').to.be.above(200);
    });
  });
});

describe('passerelle.css holds about the height each element will have', () => {
  /** The element's height in a frame `width` px wide: as passerelle.css holds it before the script, and once rendered. */
  async function heights(element: string, lang: string, width: number) {
    const page = (script: boolean) => `<!doctype html><html lang="${lang}"><head>
      <link rel="stylesheet" href="/dist/cdn/passerelle.css">
      ${script ? '<script type="module" src="/dist/cdn/passerelle.js"></script>' : ''}
      <style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }</style></head>
      <body>${element}</body></html>`;
    const measure = (script: boolean) =>
      inFrame(
        {html: page(script)},
        async (win) => {
          const el = win.document.body.firstElementChild!;
          if (script) await storyShown(el, win);
          return el.getBoundingClientRect().height;
        },
        {width}
      );
    return {reserved: await measure(false), rendered: await measure(true)};
  }

  // The defaults are fitted to the protocol story (its first quote and organisation) in each
  // language from 280 to 1040 px wide; each holds within the largest miss of its fit, measured
  // then, and a few pixels more (README, "No layout shift").
  const story = 'src="/dist/content/alliance-numerique-ccia.json"';
  const defaults: [string, string, number][] = [
    ['a card', `<news-article ${story}></news-article>`, 64],
    // A card that links to the page's own article has no Read more button.
    ['a card with href', `<news-article ${story} href="/news/1"></news-article>`, 64],
    ['a vertical timeline', `<news-timeline ${story}></news-timeline>`, 64],
    ['a pull-quote', `<news-pull-quote ${story}></news-pull-quote>`, 56],
    ['a detailed badge', `<news-org-badge ${story} variant="detailed"></news-org-badge>`, 50],
  ];
  for (const [what, element, within] of defaults) {
    for (const lang of ['fr', 'en', 'zh-Hans']) {
      it(`${what}, ${lang}, at 320, 560, 800 and 1000 px wide: within ${within} px`, async () => {
        for (const width of [320, 560, 800, 1000]) {
          const {reserved, rendered} = await heights(element, lang, width);
          expect(Math.abs(reserved - rendered), `${width} px wide: reserved ${reserved} px, rendered ${rendered} px`).to.be.at.most(within);
        }
      });
    }
  }

  const timeline = '<news-timeline src="/dist/content/alliance-numerique-ccia.json" orientation="horizontal"></news-timeline>';
  for (const lang of ['fr', 'en', 'zh-Hans']) {
    for (const width of [720, 800, 1000, 1280]) {
      it(`a horizontal timeline with its steps side by side, ${lang}, ${width} px wide: within 60 px`, async () => {
        const {reserved, rendered} = await heights(timeline, lang, width);
        expect(Math.abs(reserved - rendered), `reserved ${reserved} px, rendered ${rendered} px`).to.be.at.most(60);
      });
    }
  }
});
