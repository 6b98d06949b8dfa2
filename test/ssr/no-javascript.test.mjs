// Pages made of `passerelle render` output, opened in Chromium: with JavaScript disabled the
// story must show in full and styled (declarative shadow DOM); with it enabled,
// dist/cdn/passerelle-hydrate.js must hydrate the elements in place — no error, no change of
// text, no layout shift — and leave them interactive. Runs in Node (node --test) after the build.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import {join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {rollup} from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import {findChromium, chromiumArgs} from '../chromium.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const cli = join(root, 'dist/cli/passerelle.js');
const storyPath = join(root, 'dist/content/alliance-numerique-ccia.json');
const story = JSON.parse(readFileSync(storyPath, 'utf8'));

function render(args, input) {
  const result = spawnSync(process.execPath, [cli, 'render', input === undefined ? storyPath : '-', ...args], {input, encoding: 'utf8'});
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/** A host page with its own font and text after the story, which would move if the story changed size. */
function page(fragment, js) {
  const src = js === 'npm' || js === 'npm-shared' ? `/${js}/hydrate.js` : '/dist/cdn/passerelle-hydrate.js';
  // 'after-images': the script is loaded once every image the server drew has loaded or failed,
  // as on a page whose script comes late; its elements then hydrate after the images' events.
  const load =
    js === 'after-images'
      ? `<script type="module">
  const images = [...document.querySelectorAll('*')].flatMap((element) => [...(element.shadowRoot?.querySelectorAll('img') ?? [])]);
  const settled = (image) => new Promise((done) => ['load', 'error'].forEach((type) => image.addEventListener(type, done, {once: true})));
  await Promise.all(images.map((image) => image.complete || settled(image)));
  await import('${src}');
</script>`
      : js === 'later'
        ? '' // the test loads it, once it has changed what it means to
        : js === 'then-listener'
          ? // A page's own module script after the hydration's, which runs after it: it listens.
            `<script type="module" src="${src}"></script>
<script type="module">
  window.heard = [];
  for (const type of ['news-ready', 'news-error']) document.addEventListener(type, (event) => window.heard.push(\`\${type}:\${event.target.localName}\`));
</script>`
          : js === 'preload-fr'
            ? // The strings named beside the script (README, Static HTML), as a French page does.
              `<link rel="modulepreload" href="/dist/cdn/passerelle-hydrate-fr.js">
<script type="module" src="${src}"></script>`
            : `<script type="module" src="${src}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>A server-rendered story</title>
<style>body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; font: 16px/1.4 Georgia, serif; }</style>
</head>
<body>
<h1>A host page</h1>
<p>Before the story.</p>
${fragment}
<p id="after">After the story.</p>
${
  js
    ? `<script>
  // Marks the nodes the server drew, to tell after hydration whether they are still the ones shown.
  for (const element of document.querySelectorAll('news-article, news-pull-quote, news-timeline, news-org-badge')) {
    element.shadowRoot.querySelector('[part~="base"]').fromServer = true;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) script.fromServer = true;
</script>
${load}`
    : ''
}
</body>
</html>`;
}

// The article in full in the three languages, and the card.
const ARTICLES = [
  {name: 'full-fr', layout: 'full', locale: 'fr'},
  {name: 'full-en', layout: 'full', locale: 'en'},
  {name: 'full-zh-Hans', layout: 'full', locale: 'zh-Hans'},
  {name: 'card-fr', layout: 'card', locale: 'fr'},
  {name: 'card-zh-Hans', layout: 'card', locale: 'zh-Hans'},
];

// The same story with dates at each precision: the server's Intl (Node) and the browser's must agree.
const dated = {
  ...story,
  published: '2012-11-20',
  timeline: {
    ...story.timeline,
    steps: story.timeline.steps.map((step, i) => ({...step, ...(['2012-11-20', '2012-11', '2013'][i] ? {date: ['2012-11-20', '2012-11', '2013'][i]} : {})})),
  },
};

const pages = new Map();
// What a bundler (rollup, as in Vite's builds) makes of `import 'passerelle-news/hydrate.js'`:
// the npm modules, Lit resolved for browsers, the locale and full-article chunks apart.
const npmBundle = new Map();
const JSON_LD_BASE = 'https://example.com/news/protocol.html';
let server;
let origin;
let browser;

before(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH.');
  for (const c of ARTICLES) {
    const fragment = render(['--element', 'news-article', '--layout', c.layout, '--locale', c.locale]);
    // With fallback children, as a page that links to the story for those without the embed:
    // the rendered story shows in their place, before and after hydration.
    const fallback = '<a class="fallback" href="/news/protocol">Read the story on our site</a>';
    pages.set(`/${c.name}.html`, fragment.replace(/<\/news-article>\s*$/, `${fallback}</news-article>`));
  }
  for (const locale of ['fr', 'en', 'zh-Hans']) {
    pages.set(`/dated-${locale}.html`, render(['--element', 'news-article', '--layout', 'full', '--locale', locale], JSON.stringify(dated)));
  }
  // A card the page keeps under a shadow root of its own, where the document-wide pass does not look.
  const card = render(['--element', 'news-article', '--layout', 'card', '--locale', 'en']);
  pages.set('/shadow-root-en.html', `<div id="host"><template shadowrootmode="open">${card}</template></div>`);
  pages.set('/jsonld-zh-Hans.html', render(['--element', 'news-article', '--locale', 'zh-Hans', '--jsonld', '--base-url', JSON_LD_BASE]));
  // Organisations whose logos do not load: a file that is not an image, served at once.
  const brokenLogos = {...story, organizations: story.organizations.map((org) => ({...org, logo: '/dist/cdn/passerelle.css'}))};
  pages.set(
    '/broken-logos-en.html',
    [
      render(['--element', 'news-org-badge', '--variant', 'detailed', '--locale', 'en'], JSON.stringify(brokenLogos)),
      render(['--element', 'news-article', '--locale', 'en'], JSON.stringify(brokenLogos)),
    ].join('\n')
  );
  pages.set(
    '/elements-en.html',
    [
      render(['--element', 'news-pull-quote', '--quote', 'landry-bridge', '--locale', 'en']),
      render(['--element', 'news-timeline', '--locale', 'en']),
      render(['--element', 'news-org-badge', '--org', 'ccia', '--variant', 'detailed', '--locale', 'en']),
    ].join('\n')
  );

  // Inputs the page changes before the script lets the elements go, and one it leaves alone.
  pages.set(
    '/changed-inputs-en.html',
    [
      render(['--element', 'news-article', '--locale', 'en']),
      render(['--element', 'news-pull-quote', '--quote', 'landry-bridge', '--locale', 'en']),
      render(['--element', 'news-timeline', '--locale', 'en']),
      render(['--element', 'news-article', '--layout', 'full', '--locale', 'en']),
      render(['--element', 'news-org-badge', '--org', 'ccia', '--locale', 'en']),
      render(['--element', 'news-article', '--locale', 'en', '--jsonld']),
    ].join('\n')
  );
  // A card whose markup is not what the script draws, as from another version of the package:
  // its template's digest differs. Beside it, a quote as rendered.
  const otherVersion = render(['--element', 'news-article', '--locale', 'en']).replace(/(<\/style><!--lit-part )[^ ]+?(-->)/, '$1AAAAAAAAAAA=$2');
  assert.notEqual(otherVersion, render(['--element', 'news-article', '--locale', 'en']), 'the digest is changed');
  pages.set('/other-version-en.html', [otherVersion, render(['--element', 'news-pull-quote', '--locale', 'en'])].join('\n'));
  // The inline story the server wrote taken out (a sanitiser that strips scripts), or broken;
  // beside them, a quote as rendered.
  const inlineStory = /<script type="application\/json">[^]*?<\/script>/;
  const renderedCard = render(['--element', 'news-article', '--locale', 'en']);
  assert.match(renderedCard, inlineStory);
  pages.set(
    '/story-missing-en.html',
    [
      renderedCard.replace(inlineStory, ''),
      render(['--element', 'news-timeline', '--locale', 'en']).replace(inlineStory, (script) => script.replace('{', '{,')),
      render(['--element', 'news-pull-quote', '--locale', 'en']),
    ].join('\n')
  );
  // Through an HTML minifier that strips comments, Lit's markers among them.
  const withoutComments = (html) => html.replace(/<!--[^]*?-->/g, '');
  pages.set(
    '/without-comments-en.html',
    [render(['--element', 'news-article', '--locale', 'en']), render(['--element', 'news-timeline', '--locale', 'en'])].map(withoutComments).join('\n')
  );
  // The same under a shadow root of the page's own, which the page hydrates itself.
  pages.set(
    '/shadow-root-changed-en.html',
    `<div id="host"><template shadowrootmode="open">${render(['--element', 'news-article', '--locale', 'en'])}${render(['--element', 'news-pull-quote', '--locale', 'en'])}</template></div>`
  );

  // /npm/: the hydration entry alone. /npm-shared/: beside another page's entry that imports the
  // package's root, as in a site's build of several pages (or Vite's dev server, which bundles
  // the package apart): Lit and the elements go to a chunk shared by both, and run before the
  // hydration entry's own code, where Lit's hydration support is.
  const bundles = {npm: {hydrate: join(root, 'dist/hydrate.js')}, 'npm-shared': {hydrate: join(root, 'dist/hydrate.js'), main: join(root, 'dist/index.js')}};
  for (const [folder, input] of Object.entries(bundles)) {
    const bundle = await rollup({input, plugins: [nodeResolve({browser: true})], onwarn: () => {}});
    for (const file of (await bundle.generate({format: 'es', entryFileNames: '[name].js'})).output) {
      npmBundle.set(`/${folder}/${file.fileName}`, file.type === 'chunk' ? file.code : file.source);
    }
    await bundle.close();
  }

  server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const fragment = pages.get(url.pathname);
    if (fragment !== undefined) {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      response.end(page(fragment, url.searchParams.get('js')));
      return;
    }
    if (npmBundle.has(url.pathname)) {
      response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'});
      response.end(npmBundle.get(url.pathname));
      return;
    }
    const file = normalize(join(root, url.pathname));
    if (!file.startsWith(join(root, 'dist/cdn/'))) return void response.writeHead(404).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'});
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({executablePath, args: chromiumArgs});
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens a page; `problems` collects every console error and warning and every uncaught error.
 * `script`: the drop-in (`cdn`) or a bundle of the npm entry (`npm`).
 */
async function open(path, {javaScriptEnabled, script = 'cdn'}) {
  const context = await browser.newContext({javaScriptEnabled, viewport: {width: 1000, height: 800}});
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  if (javaScriptEnabled) {
    await tab.addInitScript(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.layoutShifts.push(entry.value);
      }).observe({type: 'layout-shift', buffered: true});
    });
  }
  await tab.goto(`${origin}${path}${javaScriptEnabled ? `?js=${script}` : ''}`);
  return {tab, problems, close: () => context.close()};
}

/** The text a reader gets from `element`: through open shadow roots, without styles, scripts or hidden nodes. */
const deepText = (element) => {
  let text = '';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.data;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (['style', 'script', 'template'].includes(node.localName) || node.hidden) return;
    for (const child of node.shadowRoot?.childNodes ?? node.childNodes) walk(child);
  };
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
};

/** What a reader of an article page sees, measured in the page. */
async function readArticle(tab) {
  return tab.evaluate((deepTextSource) => {
    const deepText = (0, eval)(deepTextSource);
    const box = (element) => {
      const rect = element.getBoundingClientRect();
      return {width: rect.width, height: rect.height, visible: element.checkVisibility({opacityProperty: true, visibilityProperty: true})};
    };
    const article = document.querySelector('news-article');
    const root = article.shadowRoot;
    const base = root.querySelector('[part~="base"]');
    const headline = root.querySelector('[part~="headline"]');
    const style = getComputedStyle(base);
    return {
      shadowRoot: root !== null,
      busy: article.hasAttribute('aria-busy'),
      text: deepText(article),
      headline: {text: headline.textContent, box: box(headline), weight: getComputedStyle(headline).fontWeight},
      base: {
        border: `${style.borderTopWidth} ${style.borderTopStyle}`,
        radius: style.borderTopLeftRadius,
        padding: style.paddingTop,
        font: style.fontFamily,
        pageFont: getComputedStyle(document.body).fontFamily,
      },
      fallbackShown: article.querySelector(':scope > .fallback').checkVisibility(),
      quotes: [...root.querySelectorAll('news-pull-quote')].map((quote) => {
        const words = quote.shadowRoot.querySelector('[part~="quote"]');
        return {
          text: words.querySelector('p').textContent,
          box: box(words),
          rule: getComputedStyle(quote.shadowRoot.querySelector('figure')).borderInlineStartWidth,
        };
      }),
      steps: [...root.querySelectorAll('[part~="step"]')].map((step) => ({
        title: step.querySelector('[part~="step-title"]').textContent.trim(),
        status: step.querySelector('[part~="status"]').textContent.trim(),
        box: box(step),
      })),
      expand: root.querySelector('[part~="expand"]')?.checkVisibility(),
      toggles: [...root.querySelectorAll('news-pull-quote')].map((q) => q.shadowRoot.querySelector('[part~="toggle"]')?.checkVisibility()),
    };
  }, `(${deepText})`);
}

const shown = ({width, height, visible}) => width > 0 && height > 0 && visible;

/** Waits until every element on the page has hydrated and rendered, then for two frames. */
async function hydrated(tab, problems) {
  const waiting = tab.waitForFunction(() => {
    const all = [];
    const collect = (root) => {
      for (const element of root.querySelectorAll('news-article, news-pull-quote, news-timeline, news-org-badge')) {
        all.push(element);
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    return all.length > 0 && all.every((element) => element.hasUpdated && !element.hasAttribute('defer-hydration'));
  }, undefined, {timeout: 10000});
  await waiting.catch((error) => {
    throw new Error(`the elements did not hydrate (${error.message}); the page said: ${JSON.stringify(problems)}`);
  });
  await tab.evaluate(async () => {
    const all = [...document.querySelectorAll('news-article, news-pull-quote, news-timeline, news-org-badge')];
    for (const element of [...all]) all.push(...(element.shadowRoot?.querySelectorAll('news-pull-quote') ?? []));
    await Promise.all(all.map((element) => element.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** In the page: `window.events` lists each `news-ready` and `news-error` from then on, as `type:tag`. */
function recordNewsEvents() {
  window.events = [];
  for (const type of ['news-ready', 'news-error']) document.addEventListener(type, (event) => window.events.push(`${type}:${event.target.localName}`));
}

/** Presses the first article's Read more; whether it expands within 5 s (the rest of the article loads first). */
async function readMoreExpands(tab) {
  await tab.evaluate(() => document.querySelector('news-article').shadowRoot.querySelector('[part~="expand"]').click());
  const expanded = () => document.querySelector('news-article').shadowRoot.querySelector('[part~="expand"]').getAttribute('aria-expanded') === 'true';
  return tab.waitForFunction(expanded, undefined, {timeout: 5000}).then(() => true, () => false);
}

/** The total of the page's layout shifts so far, and whether the server's nodes are still the ones shown. */
const measure = (tab) =>
  tab.evaluate(() => ({
    cls: window.layoutShifts.reduce((sum, value) => sum + value, 0),
    shifts: window.layoutShifts.length,
    kept: [...document.querySelectorAll('news-article, news-pull-quote, news-timeline, news-org-badge')].every(
      (element) => element.shadowRoot.querySelector('[part~="base"]').fromServer === true
    ),
    articles: [...document.querySelectorAll('news-article')].map((element) => element.shadowRoot.querySelectorAll('article').length),
  }));

/** The same element drawn by the browser alone from the inline story: its text must be the server's. */
const clientTwinText = (tab) =>
  tab.evaluate(async (deepTextSource) => {
    const deepText = (0, eval)(deepTextSource);
    const texts = [];
    for (const server of document.querySelectorAll('news-article, news-pull-quote, news-timeline, news-org-badge')) {
      const twin = document.createElement(server.localName);
      for (const name of ['locale', 'layout', 'quote', 'org', 'variant', 'orientation', 'heading-level']) {
        if (server.hasAttribute(name)) twin.setAttribute(name, server.getAttribute(name));
      }
      twin.story = JSON.parse(server.querySelector(':scope > script[type="application/json"]').textContent);
      document.body.append(twin);
      await twin.updateComplete;
      await Promise.all([...twin.shadowRoot.querySelectorAll('news-pull-quote')].map((quote) => quote.updateComplete));
      texts.push({server: deepText(server), client: deepText(twin)});
      twin.remove();
    }
    return texts;
  }, `(${deepText})`);

for (const c of ARTICLES) {
  const words = (text) => text[c.locale];

  test(`${c.name}: without JavaScript the article shows in full, styled`, async () => {
    const {tab, problems, close} = await open(`/${c.name}.html`, {javaScriptEnabled: false});
    try {
      const seen = await readArticle(tab);
      assert.ok(seen.shadowRoot, 'the declarative shadow root is attached');
      assert.equal(seen.busy, false);
      assert.equal(seen.headline.text, words(story.headline));
      assert.ok(shown(seen.headline.box), `the headline is on screen: ${JSON.stringify(seen.headline.box)}`);
      // The element's own styles, not the page's: a bordered surface in the system font.
      assert.equal(seen.headline.weight, '700');
      assert.equal(seen.base.border, '1px solid');
      assert.equal(seen.base.radius, '8px');
      assert.match(seen.base.padding, /^(16|24)px$/);
      assert.match(seen.base.font, /^system-ui/);
      assert.match(seen.base.pageFont, /^Georgia/);
      assert.equal(seen.fallbackShown, false);
      assert.ok(seen.text.includes(words(story.summary)), 'the summary');
      if (c.layout === 'full') {
        assert.deepEqual(
          seen.quotes.map((quote) => quote.text),
          story.quotes.map((quote) => words(quote.text)),
          'the three quotes, verbatim'
        );
        for (const quote of seen.quotes) {
          assert.ok(shown(quote.box), `a quote is on screen: ${JSON.stringify(quote.box)}`);
          assert.equal(quote.rule, '4px', 'the pull-quote’s own rule');
        }
        assert.deepEqual(
          seen.steps.map((step) => step.title),
          story.timeline.steps.map((step) => words(step.title))
        );
        assert.equal(seen.steps.length, 3);
        for (const step of seen.steps) {
          assert.ok(shown(step.box), `a step is laid out: ${JSON.stringify(step.box)}`);
          assert.ok(step.status.length > 0, 'its status in words');
        }
        for (const paragraph of story.body) assert.ok(seen.text.includes(words(paragraph)), 'every paragraph');
        // Quotes shown in translation have a Show the original button, which needs JavaScript.
        assert.deepEqual(seen.toggles, c.locale === 'fr' ? [undefined, undefined, undefined] : [false, false, false], 'Show the original, hidden');
      } else {
        assert.equal(seen.quotes.length, 0);
        // A button that cannot work without JavaScript is not shown: the card's Read more.
        assert.equal(seen.expand, false, 'Read more, hidden');
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test(`${c.name}: with passerelle-hydrate.js the article hydrates in place, CLS 0, and responds`, async (t) => {
    const noScript = await open(`/${c.name}.html`, {javaScriptEnabled: false});
    const before = await readArticle(noScript.tab);
    await noScript.close();

    const {tab, problems, close} = await open(`/${c.name}.html`, {javaScriptEnabled: true});
    try {
      await hydrated(tab, problems);
      const after = await readArticle(tab);
      const {cls, shifts, kept, articles} = await measure(tab);
      t.diagnostic(`CLS ${cls} (${shifts} layout shifts)`);
      assert.deepEqual(problems, [], 'no error, no warning (a hydration mismatch throws)');
      assert.equal(kept, true, 'the nodes the server drew are still the ones shown');
      assert.deepEqual(articles, [1], 'one article: nothing drawn twice');
      assert.equal(after.text, before.text, 'the text is what the server wrote');
      assert.equal(cls, 0);

      for (const {server, client} of await clientTwinText(tab)) assert.equal(server, client, 'the browser alone draws the same text');

      if (c.layout === 'card') {
        const expand = tab.locator('news-article [part~="expand"]');
        await expand.click();
        await tab.waitForFunction(() => document.querySelector('news-article').shadowRoot.querySelectorAll('news-pull-quote').length === 3);
        assert.equal(await expand.getAttribute('aria-expanded'), 'true');
      } else if (c.locale !== 'fr') {
        // Quotes shown in translation have a button that reveals the original.
        const toggle = tab.locator('news-article news-pull-quote').first().locator('[part~="toggle"]');
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        const original = tab.locator('news-article news-pull-quote').first().locator('[part~="original"] p');
        assert.equal(await original.textContent(), story.quotes[0].text.fr);
      } else {
        // French quotes are the originals, with no button: the article follows a new locale.
        await tab.evaluate(() => {
          document.querySelector('news-article').locale = 'en';
        });
        await tab.waitForFunction(
          (headline) => document.querySelector('news-article').shadowRoot.querySelector('[part~="headline"]').textContent === headline,
          story.headline.en
        );
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}

for (const locale of ['fr', 'en', 'zh-Hans']) {
  test(`dates in ${locale}: the server's Intl and the browser's write them alike`, async (t) => {
    const {tab, problems, close} = await open(`/dated-${locale}.html`, {javaScriptEnabled: true});
    try {
      await hydrated(tab, problems);
      const dates = await tab.evaluate(() =>
        [...document.querySelector('news-article').shadowRoot.querySelectorAll('time')].map((time) => `${time.dateTime} ${time.textContent}`)
      );
      t.diagnostic(dates.join(' | '));
      assert.equal(dates.length, 4, 'the publication date and three step dates');
      for (const {server, client} of await clientTwinText(tab)) assert.equal(server, client);
      assert.equal((await measure(tab)).cls, 0);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}

test('a French page that names its strings beside the script hydrates in place, from that one request', async () => {
  const {tab, problems, close} = await open('/card-fr.html', {javaScriptEnabled: true, script: 'preload-fr'});
  try {
    await hydrated(tab, problems);
    const {kept} = await measure(tab);
    assert.deepEqual(problems, []);
    assert.equal(kept, true, 'the nodes the server drew are still the ones shown');
    assert.equal(await tab.locator('news-article [part~="expand"]').textContent(), 'Lire la suite');
    const requests = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.responseStatus]));
    assert.deepEqual(requests.filter(([path]) => /hydrate-fr/.test(path)), [['/dist/cdn/passerelle-hydrate-fr.js', 200]]);
  } finally {
    await close();
  }
});

test('logos that failed before the elements hydrate give way to the initials once they have', async () => {
  const {tab, problems, close} = await open('/broken-logos-en.html', {javaScriptEnabled: true, script: 'after-images'});
  try {
    await hydrated(tab, problems);
    const marks = await tab.evaluate(() =>
      [...document.querySelectorAll('news-org-badge, news-article')].map((element) =>
        [...element.shadowRoot.querySelectorAll('[part~="logo"]')].filter((mark) => mark.checkVisibility()).map((mark) => (mark.localName === 'img' ? 'img' : mark.textContent))
      )
    );
    assert.deepEqual(marks, [['AN'], ['AN', 'CCIA']]);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the pull-quote, timeline and badge on their own: shown without JavaScript, hydrated with it', async (t) => {
  const noScript = await open('/elements-en.html', {javaScriptEnabled: false});
  const before = await noScript.tab.evaluate((deepTextSource) => {
    const deepText = (0, eval)(deepTextSource);
    return [...document.querySelectorAll('news-pull-quote, news-timeline, news-org-badge')].map((element) => {
      const rect = element.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect();
      return {tag: element.localName, text: deepText(element), height: rect.height};
    });
  }, `(${deepText})`);
  await noScript.close();
  assert.deepEqual(
    before.map((element) => element.tag),
    ['news-pull-quote', 'news-timeline', 'news-org-badge']
  );
  for (const element of before) assert.ok(element.height > 0, `${element.tag} is laid out`);
  assert.ok(before[0].text.includes(story.quotes[2].text.en));
  for (const step of story.timeline.steps) assert.ok(before[1].text.includes(step.title.en));
  assert.ok(before[2].text.includes(story.organizations[1].name.en ?? story.organizations[1].name));

  const {tab, problems, close} = await open('/elements-en.html', {javaScriptEnabled: true});
  try {
    await hydrated(tab, problems);
    const {cls, kept} = await measure(tab);
    t.diagnostic(`CLS ${cls}`);
    assert.deepEqual(problems, []);
    assert.equal(kept, true);
    assert.equal(cls, 0);
    const after = await tab.evaluate(
      (deepTextSource) => [...document.querySelectorAll('news-pull-quote, news-timeline, news-org-badge')].map((0, eval)(deepTextSource)),
      `(${deepText})`
    );
    assert.deepEqual(after, before.map((element) => element.text));
    const toggle = tab.locator('news-pull-quote [part~="toggle"]');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  } finally {
    await close();
  }
});

test('--jsonld: the search-engine data is in the page without JavaScript, and the hydrated element keeps it as it is', async () => {
  const noScript = await open('/jsonld-zh-Hans.html', {javaScriptEnabled: false});
  const written = await noScript.tab.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.text));
  await noScript.close();
  assert.equal(written.length, 1);
  const data = JSON.parse(written[0]);
  assert.equal(data['@type'], 'NewsArticle');
  assert.equal(data.headline, story.headline['zh-Hans']);
  assert.equal(data.inLanguage, 'zh-Hans');

  const {tab, problems, close} = await open('/jsonld-zh-Hans.html', {javaScriptEnabled: true});
  try {
    await hydrated(tab, problems);
    const scripts = await tab.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => ({text: script.text, fromServer: script.fromServer === true}))
    );
    assert.deepEqual(problems, []);
    assert.equal(scripts.length, 1, 'one script, not a second one');
    assert.equal(scripts[0].fromServer, true, 'the script the server wrote is kept');
    // The protocol story has no relative URL: the page's own address changes nothing.
    assert.equal(scripts[0].text, written[0], 'and its text is left as it is');
  } finally {
    await close();
  }
});

test('inputs changed before the script lets the elements go: each drawn afresh from them, the others hydrated in place', async () => {
  const {tab, problems, close} = await open('/changed-inputs-en.html', {javaScriptEnabled: true, script: 'later'});
  try {
    const changedHeadline = 'A headline the page set before the script came';
    await tab.evaluate(recordNewsEvents);
    await tab.evaluate(
      async ({changedHeadline}) => {
        const [card, full] = document.querySelectorAll('news-article');
        // As a framework's re-render or an editor's preview would, before the script has come:
        card.setAttribute('locale', 'fr');
        document.querySelector('news-pull-quote').setAttribute('quote', 'landry-market');
        document.querySelector('news-timeline').orientation = 'horizontal'; // a property, the element not yet defined
        const written = JSON.parse(full.querySelector('script').textContent);
        full.story = {...written, headline: {...written.headline, en: changedHeadline}};
        // A framework setting every binding, unchanged ones too: the badge was rendered in English.
        document.querySelector('news-org-badge').locale = 'en';
        // The search-engine data turned off.
        document.querySelectorAll('news-article')[2].jsonld = false;
        await import('/dist/cdn/passerelle-hydrate.js');
      },
      {changedHeadline}
    );
    await hydrated(tab, problems);
    // The card drawn afresh in French waits for the French interface strings.
    await tab.waitForFunction(() => window.events.length === 6, undefined, {timeout: 5000}).catch(() => {});
    const shown = await tab.evaluate(() => {
      const [card, full] = document.querySelectorAll('news-article');
      const quote = document.querySelector('news-pull-quote');
      const timeline = document.querySelector('news-timeline');
      const badge = document.querySelector('news-org-badge');
      const look = (element) => {
        const base = element.shadowRoot.querySelector('[part~="base"]');
        return {
          fromServer: base.fromServer === true,
          drawn: element.shadowRoot.querySelectorAll('[part~="base"]').length,
          // The text colour of the elements' styles (the page's is black).
          styled: getComputedStyle(base).color,
          styleElements: element.shadowRoot.querySelectorAll(':scope > style').length,
        };
      };
      return {
        events: window.events.sort(),
        card: {...look(card), lang: card.shadowRoot.querySelector('article').lang, headline: card.shadowRoot.querySelector('[part~="headline"]').textContent, expand: card.shadowRoot.querySelector('[part~="expand"]').textContent.trim()},
        quote: {...look(quote), words: quote.shadowRoot.querySelector('[part~="quote"] p').textContent},
        timeline: {...look(timeline), direction: getComputedStyle(timeline.shadowRoot.querySelector('ol')).flexDirection || getComputedStyle(timeline.shadowRoot.querySelector('ol')).display},
        full: {...look(full), headline: full.shadowRoot.querySelector('[part~="headline"]').textContent},
        badge: look(badge),
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
        withoutJsonLd: look(document.querySelectorAll('news-article')[2]),
      };
    });
    assert.deepEqual(problems, [], 'no error, no warning (no "Hydration value mismatch")');
    assert.deepEqual(shown.events, ['news-ready:news-article', 'news-ready:news-article', 'news-ready:news-article', 'news-ready:news-org-badge', 'news-ready:news-pull-quote', 'news-ready:news-timeline']);
    assert.equal(shown.jsonLd, 0, 'the search-engine data the server wrote is gone with the jsonld it was for');
    assert.equal(shown.withoutJsonLd.fromServer, false);
    assert.equal(shown.card.headline, story.headline.fr, 'the card in French, as its new locale says');
    assert.equal(shown.card.lang, 'fr');
    assert.equal(shown.card.expand, 'Lire la suite');
    assert.equal(shown.quote.words, story.quotes.find((quote) => quote.id === 'landry-market').text.en, 'the quote now named');
    assert.equal(shown.full.headline, changedHeadline, 'the story set as a property before the element was defined');
    assert.equal(await tab.evaluate(() => document.querySelector('news-timeline').getAttribute('orientation')), 'horizontal', 'the orientation set as a property before the element was defined');
    for (const name of ['card', 'quote', 'timeline', 'full']) {
      assert.equal(shown[name].fromServer, false, `${name}: drawn afresh`);
      assert.equal(shown[name].drawn, 1, `${name}: once, not beside the server's drawing`);
      assert.equal(shown[name].styleElements, 0, `${name}: the server's styles gone with its nodes`);
      assert.equal(shown[name].styled, 'rgb(27, 28, 30)', `${name}: styled`);
    }
    assert.equal(shown.badge.fromServer, true, 'the badge, its locale set to the one it was drawn in, adopts the nodes the server drew');
    assert.equal(shown.badge.drawn, 1);
    assert.equal(shown.badge.styled, 'rgb(27, 28, 30)');
  } finally {
    await close();
  }
});

test('markup the script does not draw alike (another version of the package) is drawn afresh, with a warning, and responds', async () => {
  const {tab, problems, close} = await open('/other-version-en.html', {javaScriptEnabled: true, script: 'later'});
  try {
    await tab.evaluate(recordNewsEvents);
    const settled = await tab.evaluate(async () => {
      const {hydrateElements} = await import('/dist/cdn/passerelle-hydrate.js');
      // The document-wide pass has begun; this one settles once every element has drawn.
      return hydrateElements(document).then(() => 'settled', (error) => `rejected: ${error.message}`);
    });
    await hydrated(tab, problems);
    const shown = await tab.evaluate(async () => {
      const card = document.querySelector('news-article');
      const quote = document.querySelector('news-pull-quote');
      return {
        events: window.events.sort(),
        headlines: [...card.shadowRoot.querySelectorAll('[part~="headline"]')].map((headline) => headline.textContent),
        color: getComputedStyle(card.shadowRoot.querySelector('[part~="base"]')).color,
        quoteFromServer: quote.shadowRoot.querySelector('[part~="base"]').fromServer === true,
      };
    });
    assert.equal(settled, 'settled');
    assert.deepEqual(shown.events, ['news-ready:news-article', 'news-ready:news-pull-quote']);
    assert.deepEqual(shown.headlines, [story.headline.en], 'drawn once, not beside the server’s drawing');
    assert.equal(shown.color, 'rgb(27, 28, 30)', 'styled');
    assert.equal(await readMoreExpands(tab), true, 'Read more responds');
    assert.equal(shown.quoteFromServer, true, 'the quote beside it hydrates in place');
    assert.equal(problems.length, 1, `the warning alone, no uncaught error: ${problems.join('\n')}`);
    assert.match(problems[0], /^warning: passerelle: <news-article> could not take over the server's markup; drawn afresh\./);
  } finally {
    await close();
  }
});


test('a page script after the hydration script hears what the elements announce as they hydrate', async () => {
  // English elements need no strings: they hydrate, or are kept, as soon as the script runs,
  // before the page's later scripts; their events wait for those (DOMContentLoaded).
  const {tab, close} = await open('/story-missing-en.html', {javaScriptEnabled: true, script: 'then-listener'});
  try {
    await tab.waitForFunction(() => window.heard?.length >= 3, undefined, {timeout: 10000});
    const heard = await tab.evaluate(() => [...window.heard].sort());
    assert.deepEqual(heard, ['news-error:news-article', 'news-error:news-timeline', 'news-ready:news-pull-quote']);
  } finally {
    await close();
  }
});
test('an element whose inline story is gone or broken keeps the server’s rendering, says why, and hydrates once given a story', async () => {
  const {tab, problems, close} = await open('/story-missing-en.html', {javaScriptEnabled: true, script: 'later'});
  try {
    await tab.evaluate(recordNewsEvents);
    const settled = await tab.evaluate(async () => {
      const {hydrateElements} = await import('/dist/cdn/passerelle-hydrate.js');
      return hydrateElements(document).then(() => 'settled', (error) => `rejected: ${error.message}`);
    });
    // The quote hydrates; the other two are kept, not drawn as loading or as an error.
    await tab.waitForFunction(() => document.querySelector('news-pull-quote').hasUpdated, undefined, {timeout: 10000});
    const shown = await tab.evaluate(() => ({
      events: [...window.events].sort(),
      kept: ['news-article', 'news-timeline'].map((tag) => {
        const base = document.querySelector(tag).shadowRoot.querySelector('[part~="base"]');
        return {fromServer: base.fromServer === true, height: Math.round(base.getBoundingClientRect().height) > 100, error: !!document.querySelector(tag).shadowRoot.querySelector('[part~="error"], [part~="loading"]')};
      }),
      headline: document.querySelector('news-article').shadowRoot.querySelector('[part~="headline"]').textContent,
    }));
    assert.equal(settled, 'settled');
    assert.deepEqual(shown.events, ['news-error:news-article', 'news-error:news-timeline', 'news-ready:news-pull-quote']);
    assert.deepEqual(shown.kept, [{fromServer: true, height: true, error: false}, {fromServer: true, height: true, error: false}]);
    assert.equal(shown.headline, story.headline.en);
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /^warning: passerelle: <news-article> keeps the server's markup, not hydrated: its inline story is gone\./);
    assert.match(problems[1], /^warning: passerelle: <news-timeline> keeps the server's markup, not hydrated: not JSON/);
    // Given its story, the card is let go by the next call, and responds.
    const readyAgain = await tab.evaluate(async (document_) => {
      const {hydrateElements} = await import('/dist/cdn/passerelle-hydrate.js');
      document.querySelector('news-article').story = document_;
      await hydrateElements(document);
      return window.events.filter((event) => event === 'news-ready:news-article').length;
    }, story);
    assert.equal(readyAgain, 1);
    assert.equal(await readMoreExpands(tab), true, 'Read more responds');
  } finally {
    await close();
  }
});

test('markup stripped of its comments (an HTML minifier) is drawn afresh, once, and responds', async () => {
  const {tab, problems, close} = await open('/without-comments-en.html', {javaScriptEnabled: true});
  try {
    await hydrated(tab, problems);
    const shown = await tab.evaluate(() =>
      ['news-article', 'news-timeline'].map((tag) => {
        const root = document.querySelector(tag).shadowRoot;
        return {
          comments: document.createTreeWalker(root, NodeFilter.SHOW_COMMENT).nextNode() !== null,
          fromServer: root.querySelector('[part~="base"]').fromServer === true,
          drawn: root.querySelectorAll('[part~="base"]').length,
          color: getComputedStyle(root.querySelector('[part~="base"]')).color,
        };
      })
    );
    assert.deepEqual(problems, [], 'no error from Lit');
    for (const element of shown) assert.deepEqual(element, {comments: true, fromServer: false, drawn: 1, color: 'rgb(27, 28, 30)'});
    assert.equal(await readMoreExpands(tab), true, 'Read more responds');
    // Drawn by the script, once: a later change does not add a second drawing beside the server's.
    await tab.evaluate(() => (document.querySelector('news-timeline').locale = 'fr'));
    await tab.waitForFunction(() => document.querySelector('news-timeline').shadowRoot.querySelector('[part~="base"]').lang === 'fr', undefined, {timeout: 5000});
    assert.equal(await tab.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelectorAll('[part~="base"]').length), 1);
  } finally {
    await close();
  }
});

test('under a page’s own shadow root too, properties set before the script are the ones drawn, with what they need loaded first', async () => {
  const {tab, problems, close} = await open('/shadow-root-changed-en.html', {javaScriptEnabled: true, script: 'later'});
  try {
    const shown = await tab.evaluate(async () => {
      const root = document.getElementById('host').shadowRoot;
      const card = root.querySelector('news-article');
      const quote = root.querySelector('news-pull-quote');
      card.locale = 'fr';
      quote.quote = 'landry-market';
      const {hydrateElements} = await import('/dist/cdn/passerelle-hydrate.js');
      await hydrateElements(root);
      // At once: drawn in French from the start, the French strings loaded before it was let go.
      return {
        headline: card.shadowRoot.querySelector('[part~="headline"]')?.textContent,
        loading: card.shadowRoot.querySelectorAll('[part~="loading"]').length,
        articles: card.shadowRoot.querySelectorAll('article').length,
        words: quote.shadowRoot.querySelector('[part~="quote"] p')?.textContent,
        figures: quote.shadowRoot.querySelectorAll('figure').length,
      };
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(shown, {
      headline: story.headline.fr,
      loading: 0,
      articles: 1,
      words: story.quotes.find((quote) => quote.id === 'landry-market').text.en,
      figures: 1,
    });
  } finally {
    await close();
  }
});

test('a card turned into a full article by a property set before the script is drawn in full at once, its module loaded first', async () => {
  const {tab, problems, close} = await open('/shadow-root-changed-en.html', {javaScriptEnabled: true, script: 'later'});
  try {
    const shown = await tab.evaluate(async () => {
      const root = document.getElementById('host').shadowRoot;
      const card = root.querySelector('news-article');
      card.layout = 'full'; // a property, as a framework sets it, the element not yet defined
      const {hydrateElements} = await import('/dist/cdn/passerelle-hydrate.js');
      await hydrateElements(root);
      // At once: the full article's module was loaded before the element was let go.
      return {
        loading: card.shadowRoot.querySelectorAll('[part~="loading"]').length,
        articles: card.shadowRoot.querySelectorAll('article.full').length,
        paragraphs: card.shadowRoot.querySelectorAll('[part~="body"] p').length,
      };
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(shown, {loading: 0, articles: 1, paragraphs: story.body.length});
  } finally {
    await close();
  }
});

test('hydrateElements(root) lets go the rendered elements under a shadow root of the page’s own, in place', async () => {
  const {tab, problems, close} = await open('/shadow-root-en.html', {javaScriptEnabled: true});
  try {
    await tab.waitForFunction(() => customElements.get('news-article'));
    const read = () =>
      tab.evaluate(() => {
        const article = document.getElementById('host').shadowRoot.querySelector('news-article');
        const base = article.shadowRoot.querySelector('[part~="base"]');
        return {
          deferred: article.hasAttribute('defer-hydration'),
          hydrated: article.hasUpdated,
          kept: base.fromServer === true,
          headline: article.shadowRoot.querySelector('[part~="headline"]').textContent,
          articles: article.shadowRoot.querySelectorAll('article').length,
        };
      });
    const before = await read();
    assert.equal(before.deferred, true, 'the document-wide pass leaves it waiting');
    assert.equal(before.headline, story.headline.en);
    await tab.evaluate(async () => {
      const article = document.getElementById('host').shadowRoot.querySelector('news-article');
      article.shadowRoot.querySelector('[part~="base"]').fromServer = true;
      const {hydrateElements} = await import('/dist/cdn/passerelle-hydrate.js');
      await hydrateElements(document.getElementById('host').shadowRoot);
    });
    // Bounded: an element still deferred never completes an update.
    await tab
      .waitForFunction(() => document.getElementById('host').shadowRoot.querySelector('news-article').hasUpdated, undefined, {timeout: 5000})
      .catch(() => {});
    const after = await read();
    assert.equal(after.deferred, false, 'let go');
    assert.equal(after.hydrated, true, 'and rendered by the script');
    assert.equal(after.kept, true, 'adopting the nodes the server drew');
    assert.equal(after.articles, 1, 'nothing drawn twice');
    assert.equal(after.headline, story.headline.en);
    // It responds: the card expands, its quotes drawn.
    await tab.evaluate(() => document.getElementById('host').shadowRoot.querySelector('news-article').shadowRoot.querySelector('[part~="expand"]').click());
    await tab.waitForFunction(() => {
      const root = document.getElementById('host').shadowRoot.querySelector('news-article').shadowRoot;
      return root.querySelector('[part~="expand"]').getAttribute('aria-expanded') === 'true' && root.querySelectorAll('news-pull-quote').length === 3;
    }, undefined, {timeout: 5000});
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

for (const script of ['npm', 'npm-shared']) {
  test(`${script}: a bundle that imports passerelle-news/hydrate.js hydrates the rendered article just as well${script === 'npm-shared' ? ', when Lit and the elements come in a chunk that runs first' : ''}`, async (t) => {
    const noScript = await open('/full-zh-Hans.html', {javaScriptEnabled: false});
    const before = await readArticle(noScript.tab);
    await noScript.close();
    const {tab, problems, close} = await open('/full-zh-Hans.html', {javaScriptEnabled: true, script});
    try {
      await hydrated(tab, problems);
      const {cls, kept, articles} = await measure(tab);
      t.diagnostic(`CLS ${cls}`);
      assert.deepEqual(problems, []);
      assert.equal(kept, true);
      assert.deepEqual(articles, [1]);
      assert.equal((await readArticle(tab)).text, before.text);
      assert.equal(cls, 0);
      const toggle = tab.locator('news-article news-pull-quote').first().locator('[part~="toggle"]');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    } finally {
      await close();
    }
  });
}
