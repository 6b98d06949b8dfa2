// The demo pages end to end, as a reader gets them: served by scripts/serve.mjs (what
// `npm start` runs) from the build, in Debian's Chromium, light, dark and 320 px wide.
// Needs `npm run build` first (`npm test` builds).
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../chromium.mjs';
import {useDemoBrowser} from './demo-browser.mjs';
import {demoPages, recordStoryEvents, root, startDemoServer, waitForStories} from './demo-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const story = JSON.parse(readFileSync(join(root, 'src/content/alliance-numerique-ccia.json'), 'utf8'));
const TAGS = ['news-article', 'news-pull-quote', 'news-org-badge', 'news-timeline'];
const STRAY = /\b(undefined|null|NaN)\b|Invalid Date|\[object Object\]/;

const demo = useDemoBrowser();

/** Which elements ever had aria-busy="true" (the loading state), seen from before the page parses. */
function recordBusy() {
  window.__wasBusy = new Set();
  new MutationObserver((records) => {
    for (const r of records) if (r.target.getAttribute('aria-busy') === 'true') window.__wasBusy.add(r.target);
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['aria-busy']});
}

/**
 * Opens a demo page in a fresh context and waits for every element to settle. Records every
 * request that leaves 127.0.0.1 (and aborts it), failed requests, console errors and page errors.
 */
async function open(path, {colorScheme = 'light', width = 1280} = {}) {
  const context = await demo.browser.newContext({viewport: {width, height: 900}, colorScheme});
  const page = await context.newPage();
  const seen = {outside: [], failed: [], errors: []};
  const local = (url) => url.startsWith(`${demo.server.origin}/`) || url.startsWith('data:');
  await context.route('**/*', (route) => (local(route.request().url()) ? route.continue() : route.abort()));
  page.on('request', (request) => local(request.url()) || seen.outside.push(request.url()));
  page.on('requestfailed', (request) => local(request.url()) && seen.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && seen.failed.push(`${response.url()}: ${response.status()}`));
  page.on('console', (message) => message.type() === 'error' && seen.errors.push(message.text()));
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  await page.addInitScript(recordStoryEvents);
  await page.addInitScript(recordBusy);
  await page.goto(`${demo.server.origin}/${path}`);
  const states = await waitForStories(page);
  return {page, context, seen, states};
}

/** After the next frame, how wide the page is against its viewport, and its element reaching furthest right. */
async function pageWidth(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const widest = [...document.querySelectorAll('body *')]
      .map((el) => ({el: `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${el.className}` : ''}`, right: Math.round(el.getBoundingClientRect().right)}))
      .sort((a, b) => b.right - a.right)[0];
    return {scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, widest};
  });
}

/**
 * Walks the page as it is drawn — into open shadow roots, through slots to what they show,
 * skipping whatever is not rendered — and returns its visible text and headings in order.
 */
function scanComposedTree() {
  const text = [];
  const headings = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text.push(node.data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD'].includes(node.tagName)) return;
      const display = getComputedStyle(node).display;
      if (display === 'none') return;
      if (display !== 'contents' && !node.checkVisibility({visibilityProperty: true})) return;
      if (node.localName === 'slot') {
        node.assignedNodes({flatten: true}).forEach(walk);
        return;
      }
      const level = /^h([1-6])$/.exec(node.localName);
      if (level) headings.push({level: Number(level[1]), text: node.textContent.trim().replace(/\s+/g, ' ')});
      if (node.shadowRoot) {
        walk(node.shadowRoot);
        return;
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(document.body);
  return {text: text.join(' ').replace(/\s+/g, ' '), headings};
}

/** axe's serious and critical violations. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: axeSource});
  const results = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' > ')}: ${n.failureSummary}`).join('\n  ')}`);
}

async function assertNoStrayText(page, label) {
  const {text} = await page.evaluate(scanComposedTree);
  assert.ok(text.length > 500, `${label}: little text on the page`);
  const match = STRAY.exec(text);
  assert.ok(!match, match && `${label}: "${match[0]}" on screen: …${text.slice(Math.max(0, match.index - 80), match.index + 80)}…`);
}

/** Tests of one page only, run on the light page after the common ones. */
const pageTests = {
  'demo/index.html': (page) => {
    test('links the three sites, and gives each element a snippet as text', async () => {
      const {links, snippets} = await page().evaluate(() => ({
        links: [...document.querySelectorAll('main a')].map((a) => new URL(a.href).pathname),
        snippets: [...document.querySelectorAll('pre > code')].map((c) => ({text: c.textContent, elements: c.children.length})),
      }));
      for (const site of ['alliance-numerique.html', 'ccia.html', 'bilingue.html']) assert.ok(links.includes(`/demo/${site}`), site);
      const all = snippets.map((s) => s.text).join('\n');
      for (const tag of ['<script type="module"', ...TAGS.map((t) => `<${t} `)]) assert.ok(all.includes(tag), `no snippet with ${tag}`);
      assert.ok(all.includes('layout="full"'), 'no snippet of the full article');
      assert.ok(snippets.every((s) => s.elements === 0), 'a snippet holds markup instead of text');
    });
  },

  'demo/ccia.html': (page) => {
    test('the inline document is the shipped story, unchanged', () => {
      const html = readFileSync(join(root, 'demo/ccia.html'), 'utf8');
      const inline = [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
      assert.equal(inline.length, 1);
      assert.deepEqual(inline[0], story);
    });

    test('the full article renders from it, in Chinese', async () => {
      const article = page().locator('news-article[layout="full"]');
      assert.equal(await article.getAttribute('src'), null);
      assert.equal((await article.locator('[part~="headline"]').textContent()).trim(), story.headline['zh-Hans']);
      assert.equal(await page().locator('html').getAttribute('lang'), 'zh-Hans');
      assert.deepEqual(await texts(page(), 'news-article:not([layout="full"]) [part~="expand"]'), ['阅读全文']);
    });
  },

  'demo/bilingue.html': (page) => {
    const card = (side) => `#${side} > news-article:not([layout="full"])`;
    const full = (side) => `#${side} > news-article[layout="full"]`;

    test('the French side: French headline, labels, buttons and "Date non précisée"', async () => {
      const t = (selector) => texts(page(), selector);
      assert.deepEqual(await t(`${card('francais')} [part~="headline"]`), [story.headline.fr]);
      assert.deepEqual(await t(`${full('francais')} [part~="headline"]`), [story.headline.fr]);
      assert.equal(await page().locator(`${card('francais')} [part~="base"]`).getAttribute('lang'), 'fr');
      assert.deepEqual(await t(`${card('francais')} [part~="expand"]`), ['Lire la suite']);
      assert.deepEqual(await t(`${card('francais')} [part~="meta"]`), ['Date non précisée']);
      assert.deepEqual(await t(`${full('francais')} [part~="meta"]`), ['Date non précisée']);
      assert.equal(await page().locator(`${card('francais')} [part~="organizations"]`).getAttribute('aria-label'), 'Organisations');
      assert.deepEqual(await t('#francais > news-timeline [part~="status"]'), ['Réalisé', 'Étape envisagée', 'Étape envisagée']);
      assert.match((await t('#francais > news-timeline [part~="steps"]'))[0], /Date non précisée/);
      assert.deepEqual(await t('#francais > news-timeline [part~="title"]'), [story.timeline.title.fr]);
      assert.deepEqual(await t('#francais .badges news-org-badge [part~="name"]'), ['Alliance numérique', 'Chinese Cultural Industry Association (CCIA)']);
      // The quote is in French already: shown as written, with no translation note or button.
      assert.equal(await page().locator('#francais > news-pull-quote [part~="toggle"]').count(), 0);
      assert.match((await t('#francais > news-pull-quote [part~="caption"]'))[0], /Serge Landry, directeur, Alliance numérique, dans un communiqué/);
    });

    test('the Chinese side: Chinese headline, labels, buttons and "日期未注明"', async () => {
      const t = (selector) => texts(page(), selector);
      assert.deepEqual(await t(`${card('zhongwen')} [part~="headline"]`), [story.headline['zh-Hans']]);
      assert.deepEqual(await t(`${full('zhongwen')} [part~="headline"]`), [story.headline['zh-Hans']]);
      assert.equal(await page().locator(`${card('zhongwen')} [part~="base"]`).getAttribute('lang'), 'zh-Hans');
      assert.deepEqual(await t(`${card('zhongwen')} [part~="expand"]`), ['阅读全文']);
      assert.deepEqual(await t(`${card('zhongwen')} [part~="meta"]`), ['日期未注明']);
      assert.equal(await page().locator(`${card('zhongwen')} [part~="organizations"]`).getAttribute('aria-label'), '相关机构');
      assert.match((await t(`${full('zhongwen')} [part~="source"]`))[0], /译自法语/);
      assert.deepEqual(await t('#zhongwen > news-timeline [part~="status"]'), ['已完成', '可能的下一步', '可能的下一步']);
      assert.match((await t('#zhongwen > news-timeline [part~="steps"]'))[0], /日期未注明/);
      assert.deepEqual(await t('#zhongwen > news-timeline [part~="title"]'), [story.timeline.title['zh-Hans']]);
      assert.deepEqual(await t('#zhongwen .badges news-org-badge [part~="name"]'), ['数字联盟', '中国文化产业协会（CCIA）']);
      assert.deepEqual(await t('#zhongwen > news-pull-quote [part~="toggle"]'), ['显示原文']);
      assert.match((await t('#zhongwen > news-pull-quote [part~="translation-note"]'))[0], /译自法语/);
    });

    test('no French interface words on the Chinese side, no Chinese on the French side', async () => {
      const french = (await texts(page(), '#francais')).join(' ');
      const chinese = (await texts(page(), '#zhongwen')).join(' ');
      assert.doesNotMatch(french, /[\u3400-\u9fff]/, 'Han characters on the French side');
      for (const word of ['Lire la suite', 'Date non précisée', 'Réalisé', 'Traduit', 'Organisations']) {
        assert.ok(!chinese.includes(word), `"${word}" on the Chinese side`);
      }
    });

    test('the buttons work in each language: "Lire la suite" → "Réduire", "显示原文" → "隐藏原文"', async () => {
      const expand = page().locator(`${card('francais')} [part~="expand"]`);
      await expand.click();
      await page().locator(`${card('francais')} [part~="expand"][aria-expanded="true"]`).waitFor();
      assert.equal((await expand.textContent()).trim(), 'Réduire');
      const toggle = page().locator('#zhongwen > news-pull-quote [part~="toggle"]');
      await toggle.click();
      await page().locator('#zhongwen > news-pull-quote [part~="toggle"][aria-expanded="true"]').waitFor();
      assert.equal((await toggle.textContent()).trim(), '隐藏原文');
      assert.equal(await page().locator('#zhongwen > news-pull-quote [part~="original"]').getAttribute('lang'), 'fr');
    });
  },
};

/** The text of each match, through open shadow roots, whitespace collapsed. */
async function texts(page, selector) {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim().replace(/\s+/g, ' '));
}

// The pages load side by side; each page's tests run in order (light, then dark, then narrow).
describe('demo pages', {concurrency: true}, () => {
  for (const path of demoPages) {
    describe(path, {concurrency: 1}, () => {
      let run;
      before(async () => {
        run = await open(path);
      });
      after(() => run?.context.close());

      test('loads the drop-in build and nothing else of the library', async () => {
        const {scripts, styles} = await run.page.evaluate(() => ({
          scripts: [...document.scripts].filter((s) => s.src).map((s) => ({src: new URL(s.src).pathname, type: s.type})),
          styles: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
        }));
        assert.deepEqual(scripts, [{src: '/dist/cdn/passerelle.js', type: 'module'}]);
        for (const style of styles) assert.match(style, /^\/demo\/[\w-]+\.css$|^\/dist\/cdn\/passerelle\.css$/);
      });

      test('uses all four elements, the article as a card and in full', async () => {
        const counts = await run.page.evaluate((tags) => {
          const count = (selector) => document.querySelectorAll(selector).length;
          return {
            ...Object.fromEntries(tags.map((t) => [t, count(t)])),
            card: count('news-article:not([layout="full"])'),
            full: count('news-article[layout="full"]'),
          };
        }, TAGS);
        for (const key of [...TAGS, 'card', 'full']) assert.ok(counts[key] > 0, `no ${key} on the page: ${JSON.stringify(counts)}`);
      });

      test('every element renders its story: loading first (aria-busy), then news-ready', async () => {
        assert.deepEqual(run.states.filter((s) => s.type !== 'news-ready' || s.busy), [], 'elements that did not render');
        const report = await run.page.evaluate((tags) => {
          return [...document.querySelectorAll(tags)].map((el) => ({
            tag: el.localName,
            rendered: !!el.shadowRoot?.querySelector('[part~="base"]'),
            fallbackShown: !!el.shadowRoot?.querySelector('[part~="fallback"]')?.checkVisibility(),
            loadedFromSrc: el.hasAttribute('src'),
            wasBusy: window.__wasBusy.has(el),
          }));
        }, TAGS.join(','));
        for (const el of report) {
          assert.ok(el.rendered, `a <${el.tag}> has no rendered base part`);
          assert.ok(!el.fallbackShown, `a <${el.tag}> still shows its fallback`);
          if (el.loadedFromSrc) assert.ok(el.wasBusy, `a <${el.tag}> never said it was loading (aria-busy)`);
        }
      });

      test('no undefined, null, NaN, Invalid Date or [object Object] on screen', () => assertNoStrayText(run.page, 'light'));

      test('one h1, then headings in order (into the shadow roots)', async () => {
        const {headings} = await run.page.evaluate(scanComposedTree);
        assert.equal(headings.filter((h) => h.level === 1).length, 1, JSON.stringify(headings));
        assert.equal(headings[0].level, 1, `first heading: ${JSON.stringify(headings[0])}`);
        for (let i = 1; i < headings.length; i++) {
          assert.ok(headings[i].level <= headings[i - 1].level + 1, `heading level skipped: ${JSON.stringify(headings.slice(i - 1, i + 1))}`);
        }
      });

      test('landmarks, and a skip link that is the first Tab stop and moves focus to main', async () => {
        const {page} = run;
        const landmarks = await page.evaluate(() => ({
          main: document.querySelectorAll('main').length,
          banner: document.querySelectorAll('body > header').length,
          contentinfo: document.querySelectorAll('body > footer').length,
        }));
        assert.deepEqual(landmarks, {main: 1, banner: 1, contentinfo: 1});
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => {
          const el = document.activeElement;
          const box = el.getBoundingClientRect();
          return {href: el.getAttribute('href'), onScreen: box.top >= 0 && box.bottom <= innerHeight && box.width > 0};
        });
        assert.match(skip.href ?? '', /^#/);
        assert.ok(skip.onScreen, 'the skip link is not visible when focused');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.localName), 'main');
        assert.equal(`#${await page.evaluate(() => document.activeElement.id)}`, skip.href);
      });

      test('axe, light: no serious or critical violation', async () => {
        assert.deepEqual(await axeViolations(run.page), []);
      });

      pageTests[path]?.(() => run.page);

      test('forced colours (Windows High Contrast): the current page in the navigation is marked by more than colour', async () => {
        // Forced colours drop a page's colours and shadows: what marks the current page must survive them.
        await run.page.emulateMedia({forcedColors: 'active'});
        try {
          const looks = await run.page.evaluate(() =>
            [...document.querySelectorAll('.site-nav a')].map((a) => {
              const style = getComputedStyle(a);
              return {
                current: a.getAttribute('aria-current') === 'page',
                look: [style.textDecorationLine, style.textDecorationThickness, style.borderBottomStyle, style.borderBottomWidth, style.fontWeight, style.outlineStyle].join(' '),
              };
            })
          );
          const current = looks.filter((l) => l.current);
          if (current.length === 0) return; // a page with no current link in its navigation
          assert.equal(current.length, 1);
          for (const other of looks.filter((l) => !l.current)) assert.notEqual(other.look, current[0].look, 'the current link looks like the others');
        } finally {
          await run.page.emulateMedia({forcedColors: 'none'});
        }
      });

      test('dark (prefers-color-scheme): axe finds no serious or critical violation; no stray text', async () => {
        await run.page.emulateMedia({colorScheme: 'dark'});
        assert.equal(await run.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
        assert.deepEqual(await axeViolations(run.page), []);
        await assertNoStrayText(run.page, 'dark');
      });

      test('320 px wide: no horizontal scrollbar; no stray text', async () => {
        await run.page.setViewportSize({width: 320, height: 900});
        const {scrollWidth, clientWidth, widest} = await pageWidth(run.page);
        assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport (widest: ${JSON.stringify(widest)})`);
        await assertNoStrayText(run.page, '320 px');
      });

      test('320 px wide with the browser\'s text set larger (24 and 32 px, Chrome\'s "very large" and twice the default): no horizontal scrollbar', async () => {
        await run.page.setViewportSize({width: 320, height: 900});
        const cdp = await run.page.context().newCDPSession(run.page);
        try {
          for (const size of [24, 32]) {
            await cdp.send('Page.setFontSizes', {fontSizes: {standard: size, fixed: Math.round((size * 13) / 16)}});
            const {scrollWidth, clientWidth, widest} = await pageWidth(run.page);
            assert.ok(scrollWidth <= clientWidth, `${size} px text: page is ${scrollWidth}px wide in a ${clientWidth}px viewport (widest: ${JSON.stringify(widest)})`);
          }
        } finally {
          await cdp.send('Page.setFontSizes', {fontSizes: {standard: 16, fixed: 13}});
          await cdp.detach();
        }
      });

      test('no request left 127.0.0.1; no failed request, console error or page error', () => {
        assert.deepEqual(run.seen.outside, [], 'requests off 127.0.0.1');
        assert.deepEqual(run.seen.failed, [], 'failed requests');
        assert.deepEqual(run.seen.errors, [], 'console or page errors');
      });
    });
  }
});

// A reader's minimum font size (Chrome: Settings, Appearance, Customize fonts) enlarges small text
// but not the em lengths around it, which the browser reads before it applies.
test('with a reader\'s minimum font size of 24 px, every organisation\'s initials stay inside their outline', async () => {
  const browser = await chromium.launch({executablePath: findChromium(), args: [...chromiumArgs, '--blink-settings=minimumFontSize=24,minimumLogicalFontSize=24']});
  try {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    await page.addInitScript(recordStoryEvents);
    await page.goto(`${demo.server.origin}/demo/alliance-numerique.html`);
    await waitForStories(page);
    const outlines = await page.evaluate(() => {
      const found = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches('.initials') && el.checkVisibility()) found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(el).borderTopWidth);
        return {initials: el.textContent, fontSize: getComputedStyle(el).fontSize, text: [text.top, text.bottom], box: [box.top, box.bottom], inside: text.top >= box.top + border - 0.5 && text.bottom <= box.bottom - border + 0.5};
      });
    });
    assert.ok(outlines.length >= 2, `initials found: ${outlines.length}`);
    assert.ok(outlines.every((o) => parseFloat(o.fontSize) >= 24), 'the minimum font size applies');
    assert.deepEqual(outlines.filter((o) => !o.inside), []);
  } finally {
    await browser.close();
  }
});

// `PORT= npm start` (or an env file with an empty PORT line) is the same as no PORT: it serves,
// on 8000 or, when 8000 is taken, on a free port, rather than stopping on an "invalid" port.
test('npm start serves the demo when PORT is set but empty', async () => {
  const empty = await startDemoServer({port: ''});
  try {
    const response = await fetch(`${empty.origin}/demo/`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<news-article/);
    // The bare address, as someone types it, leads to the demo rather than to "Not found".
    const bare = await fetch(`${empty.origin}/`);
    assert.equal(bare.url, `${empty.origin}/demo/`);
    assert.equal(bare.status, 200);
  } finally {
    await empty.stop();
  }
});
