// The demo pages keep still while the library arrives late: what site owners copy must show the
// README's "No layout shift" practice, --news-reserve set for every element whose story is not the
// one the defaults are fitted to. Each page is served by scripts/serve.mjs with every request
// under /dist/ held 150 ms (as from a slow CDN), so the fallbacks paint first; the layout shifts
// are recorded until every element has announced news-ready or news-error, and two frames more,
// and scored as Chrome scores CLS (the largest session window, as bench/pages.mjs computes it).
// CLS counts only what moves on screen, and most of the demo's elements are below the fold on
// first load: a reader who has scrolled to them sees them jump all the same. So each element's
// reservation is also checked against the height it renders at, in the same load.
// DEMO_CLS_VERBOSE=1 prints each page's score and what moved. Needs `npm run build` first.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as sleep} from 'node:timers/promises';
import {useDemoBrowser} from './demo-browser.mjs';
import {demoPages, recordStoryEvents, waitForStories} from './demo-server.mjs';

const DELAY = 150;
const LIMIT = 0.01;
/** How far a reservation may be from the rendered height: "close is enough" (README), 10% or 24 px. */
const tolerance = (height) => Math.max(24, height * 0.1);
const VIEWPORTS = [
  {width: 1280, height: 900},
  {width: 390, height: 844}, // a phone
];

const demo = useDemoBrowser();

/** Run before any page script: keeps every layout shift, with what moved, from the first paint. */
function recordShifts() {
  window.__shifts = [];
  const describe = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== Node.ELEMENT_NODE) return `${describe(node.parentElement)} > #text`;
    const attrs = ['id', 'quote', 'org', 'variant', 'layout', 'orientation', 'lang']
      .filter((a) => node.hasAttribute(a))
      .map((a) => `[${a}=${node.getAttribute(a)}]`)
      .join('');
    const cls = node.classList.length ? `.${[...node.classList].join('.')}` : '';
    return `${node.localName}${attrs}${cls}`;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts.push({
        value: e.value,
        time: e.startTime,
        sources: e.sources.map((s) => ({
          node: describe(s.node),
          from: `${Math.round(s.previousRect.y)}+${Math.round(s.previousRect.height)}`,
          to: `${Math.round(s.currentRect.y)}+${Math.round(s.currentRect.height)}`,
        })),
      });
    }
  }).observe({type: 'layout-shift', buffered: true});
}

/**
 * Each element's rendered height beside the room passerelle.css holds for it while it loads, at
 * the width the layout gives it: aria-busy is set back for a moment (the library only writes it)
 * and the reserving float read, before anything is painted. The full article is left out: it is
 * reserved one screen by design (README), and what follows it starts below the fold.
 */
function measureReservations() {
  return [...document.querySelectorAll('news-article, news-pull-quote, news-org-badge, news-timeline')]
    .filter((el) => el.getAttribute('layout') !== 'full')
    .map((el) => {
      const height = el.getBoundingClientRect().height;
      el.setAttribute('aria-busy', 'true');
      const reserved = parseFloat(getComputedStyle(el, '::before').height);
      const width = el.getBoundingClientRect().width;
      el.removeAttribute('aria-busy');
      const attrs = ['quote', 'org', 'variant', 'orientation', 'href'].filter((a) => el.hasAttribute(a)).map((a) => `[${a}=${el.getAttribute(a)}]`);
      const lang = el.closest('[lang]')?.lang;
      return {element: `${el.localName}${attrs.join('')}:lang(${lang})`, width: Math.round(width), height: Math.round(height), reserved: Math.round(reserved)};
    });
}

/** CLS: the largest session window (shifts less than 1 s apart, at most 5 s long). */
function sessionWindowCls(shifts) {
  let cls = 0;
  let value = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.time - last > 1000 || s.time - start > 5000) {
      value = 0;
      start = s.time;
    }
    value += s.value;
    last = s.time;
    cls = Math.max(cls, value);
  }
  return cls;
}

async function measure(path, {width, height}) {
  const context = await demo.browser.newContext({viewport: {width, height}, colorScheme: 'light'});
  try {
    const page = await context.newPage();
    const local = (url) => url.startsWith(`${demo.server.origin}/`) || url.startsWith('data:');
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!local(url)) return route.abort();
      if (new URL(url).pathname.startsWith('/dist/')) await sleep(DELAY);
      return route.continue();
    });
    await page.addInitScript(recordStoryEvents);
    await page.addInitScript(recordShifts);
    await page.goto(`${demo.server.origin}/${path}`);
    const states = await waitForStories(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await page.evaluate(() => window.__shifts);
    const reservations = await page.evaluate(measureReservations);
    return {states, shifts, reservations, cls: sessionWindowCls(shifts)};
  } finally {
    await context.close();
  }
}

describe('demo pages: no layout shift while the library arrives 150 ms late', {concurrency: 2}, () => {
  for (const path of demoPages) {
    for (const viewport of VIEWPORTS) {
      test(`${path}, ${viewport.width}×${viewport.height}: CLS ≤ ${LIMIT}, every element reserved its height`, async () => {
        const {states, shifts, reservations, cls} = await measure(path, viewport);
        assert.deepEqual(states.filter((s) => s.type !== 'news-ready'), [], 'elements that did not render');
        const moved = shifts
          .filter((s) => s.value >= 0.0005)
          .map((s) => `  ${s.value.toFixed(4)} at ${Math.round(s.time)} ms: ${s.sources.map((x) => `${x.node} ${x.from} → ${x.to}`).join('; ')}`)
          .join('\n');
        if (process.env.DEMO_CLS_VERBOSE) console.log(`${path} ${viewport.width}: CLS ${cls.toFixed(4)}\n${moved}`);
        assert.ok(cls <= LIMIT, `${path} at ${viewport.width}×${viewport.height}: CLS ${cls.toFixed(4)} > ${LIMIT}; shifts (y+height, px):\n${moved}`);
        const off = reservations
          .filter((r) => !(Math.abs(r.height - r.reserved) <= tolerance(r.height)))
          .map((r) => `  ${r.element}, ${r.width} px wide: renders ${r.height} px, reserved ${r.reserved}`);
        assert.deepEqual(off, [], `${path} at ${viewport.width}×${viewport.height}: reservations more than 10% (or 24 px) off; set --news-reserve (README, "No layout shift")`);
      });
    }
  }
});
