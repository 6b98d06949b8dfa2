// `npm run bench`: what the drop-in build costs the page that hosts it. A benchmark, not a test:
// it measures and prints, and fails only when it cannot measure.
//
// Cold loads (a fresh browser context per page) in Debian's Chromium, served from memory on
// 127.0.0.1 by the small server below; nothing else on the network. Each round loads every
// embed page right next to its static twin, so that both meet the machine in the same state;
// the figures are medians over rounds of per-round ratios, with their range.
//
//   node bench/run.mjs [--rounds=7] [--warmup=1] [--reps=3] [--latency=150] [--css=FILE]
//                      [--long-rounds=3] [--deadline=MS] [--out=bench/results/latest.json]
//
// Needs a build (`npm run build`): it serves dist/cdn/ and dist/content/ as they are when it starts.
import {execFileSync} from 'node:child_process';
import {createServer} from 'node:http';
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {availableParallelism, cpus, loadavg} from 'node:os';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {rollup} from 'rollup';
import resolveModules from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  clsPage,
  datedStory,
  embedCardFromSrcPage,
  embedCardsPage,
  embedTimelinePage,
  floorTimelinePage,
  longTimelinePage,
  longTimelineStory,
  serverRenderedTimelinePage,
  staticCardsPage,
  staticTimelinePage,
} from './pages.mjs';
import {chromiumArgs, findChromium} from '../test/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  })
);
const ROUNDS = Number(args.rounds ?? 7);
const WARMUP = Number(args.warmup ?? 1);
// Simulated CDN latency on the layout-shift pages (script, chunk, story JSON, stylesheet), so
// that the page paints its fallback before the library arrives, as it does on a real network.
const LATENCY = Number(args.latency ?? 150);
const OUT = resolve(root, args.out ?? 'bench/results/latest.json');
const CARD_COUNTS = [1, 100, 1000];
const HEAP_CARDS = 1000;
// A timeline far longer than the story's, loaded in the first LONG_ROUNDS rounds only (some 30 s a
// load): whether the page stays responsive, by its longest tasks, rather than a ratio.
const LONG_STEPS = 10_000;
const LONG_ROUNDS = Number(args['long-rounds'] ?? 3);
const VIEWPORT = {width: 1280, height: 720};
// The same Chromium and closed-network flags as the tests, plus a safety net: no host name
// resolves but the bench server's address.
const CHROMIUM = findChromium();
const CHROMIUM_ARGS = [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
// The whole run stops by itself after this, whatever happens: a safety net, so it grows with the
// rounds asked for (a round takes some 25–40 s on two cores, one with the long timeline some
// 70 s). A fixed 11 minutes stopped a run of 21 rounds in its 17th.
const DEADLINE_MS = Number(args.deadline ?? 2 * 60_000 + (WARMUP + ROUNDS) * 60_000 + LONG_ROUNDS * 90_000);
const PAGE_TIMEOUT_MS = 30_000;
const LONG_PAGE_TIMEOUT_MS = 120_000;

const TARGETS = {
  cards1000: {max: 1.5, aim: 1.3},
  timeline: {max: 1.5},
  heap: {max: 1.25},
  cls: {max: 0.01},
};

// --- What is served: the build and the story, read once into memory -------------------------

if (!['dist/cdn/passerelle.js', 'dist/cdn/passerelle-hydrate.js', 'dist/cli/render-html.js'].every((file) => existsSync(join(root, file)))) {
  console.error('bench: the build is missing (dist/cdn/passerelle.js, passerelle-hydrate.js, dist/cli/): run `npm run build` first.');
  process.exit(1);
}
const files = new Map();
for (const dir of ['dist/cdn', 'dist/content']) {
  for (const name of readdirSync(join(root, dir))) {
    const path = join(root, dir, name);
    if (statSync(path).isFile()) files.set(`/${dir}/${name}`, readFileSync(path));
  }
}
// --css=FILE serves FILE as dist/cdn/passerelle.css, to try a stylesheet before it is built.
if (args.css) files.set('/dist/cdn/passerelle.css', readFileSync(resolve(process.cwd(), args.css)));
if (!files.has('/dist/cdn/passerelle.css')) {
  console.error('bench: dist/cdn/passerelle.css is missing (the documented snippet links it): run `npm run build` first.');
  process.exit(1);
}
const story = JSON.parse(readFileSync(join(root, 'src/content/alliance-numerique-ccia.json'), 'utf8'));
function git(...gitArgs) {
  try {
    return execFileSync('git', gitArgs, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    return null;
  }
}
const coreBytes = files.get('/dist/cdn/passerelle.js');
const build = {
  'passerelle.js': {bytes: coreBytes.length, gzip: gzipSync(coreBytes, {level: 9}).length},
  builtAt: statSync(join(root, 'dist/cdn/passerelle.js')).mtime.toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  // Uncommitted changes under src/ when the bench ran (the build may include them).
  dirtySrc: ((status) => (status === null ? null : status !== ''))(git('status', '--porcelain', '--', 'src')),
  'passerelle.css': {bytes: files.get('/dist/cdn/passerelle.css').length, from: args.css ?? 'dist/cdn/passerelle.css'},
};

const pages = new Map();
for (const n of CARD_COUNTS) {
  pages.set(`/cards-${n}-embed`, embedCardsPage(story, n));
  pages.set(`/cards-${n}-static`, staticCardsPage(story, n));
}
// One card on the French page that names its strings beside the script (README, Drop-in).
pages.set('/cards-1-preload-embed', embedCardsPage(story, 1, undefined, {preload: true}));
// One card on an English page: the story shown in translation, with the line that says so.
pages.set('/cards-1-en-embed', embedCardsPage(story, 1, 'en'));
pages.set('/cards-1-en-static', staticCardsPage(story, 1, 'en'));
// One card whose story comes by src from a server 60 ms away, with a date and without: the
// first Intl formatter's cost, and whether it is paid while the story is on its way.
files.set('/bench/story-dated.json', Buffer.from(JSON.stringify(datedStory(story))));
files.set('/bench/story-undated.json', Buffer.from(JSON.stringify(story)));
const SRC_LATENCY = 60;
pages.set('/card-src-dated', embedCardFromSrcPage(`/slow/${SRC_LATENCY}/bench/story-dated.json`));
pages.set('/card-src-undated', embedCardFromSrcPage(`/slow/${SRC_LATENCY}/bench/story-undated.json`));
pages.set('/timeline-embed', embedTimelinePage(story));
// The same with the one-file build the README suggests for pages beyond cards.
pages.set('/timeline-all-embed', embedTimelinePage(story, 'passerelle-all.js'));
pages.set('/timeline-static', staticTimelinePage(story));
// The same timeline rendered on the server (`passerelle render`, from the build's npm modules)
// and hydrated by passerelle-hydrate.js, as README's Static HTML describes.
const {renderStoryHtml} = await import(join(root, 'dist/cli/render-html.js'));
const renderedTimeline = await renderStoryHtml(JSON.stringify(story), {element: 'news-timeline', locale: 'fr'});
pages.set('/timeline-server-rendered', serverRenderedTimelinePage(renderedTimeline));
// The floor: a minimal Lit element drawing the same timeline, bundled and minified as the drop-in
// build is (Lit inside, templates and code minified), so that the two differ in what they do.
const floor = await rollup({
  input: join(root, 'bench/floor/lit-timeline.js'),
  plugins: [resolveModules(), minifyHTML(), terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}})],
});
const floorCode = (await floor.generate({format: 'es'})).output[0].code;
files.set('/floor/lit-timeline.js', Buffer.from(floorCode));
pages.set('/timeline-lit-floor', floorTimelinePage(story, '/floor/lit-timeline.js'));
// The documented snippet (stylesheet, script, element with fallback), and the same page without
// the stylesheet, to show what it saves.
pages.set('/cls-snippet', clsPage(`/slow/${LATENCY}`));
pages.set('/cls-no-css', clsPage(`/slow/${LATENCY}`, {css: false}));
pages.set('/timeline-long', longTimelinePage(longTimelineStory(LONG_STEPS)));

const TYPES = {'.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8'};
const server = createServer((request, response) => {
  let path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  let delay = 0;
  const slow = /^\/slow\/(\d+)(\/.*)$/.exec(path);
  if (slow) {
    delay = Number(slow[1]);
    path = slow[2];
  }
  const send = () => {
    const html = pages.get(path);
    const body = html ?? files.get(path);
    if (body === undefined) return response.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    const type = html ? 'text/html; charset=utf-8' : (TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream');
    response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'}).end(body);
  };
  if (delay) setTimeout(send, delay);
  else send();
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- Loading one page -------------------------------------------------------------------------

let browser;
const deadline = setTimeout(() => {
  console.error(`bench: still running after ${DEADLINE_MS / 1000} s; stopping.`);
  browser?.close().catch(() => {});
  process.exit(2);
}, DEADLINE_MS);
deadline.unref();

browser = await chromium.launch({executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS});
const chromiumVersion = browser.version();

/**
 * Loads `path` in a fresh context (so the load is cold: no HTTP cache, no code cache) and
 * returns what its in-page script measured; `after` runs with the page and a CDP session
 * before the context closes.
 */
async function load(path, after) {
  const context = await browser.newContext({viewport: VIEWPORT, deviceScaleFactor: 1});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let timer;
    const reported = new Promise((resolve, reject) => {
      const timeout = path === '/timeline-long' ? LONG_PAGE_TIMEOUT_MS : PAGE_TIMEOUT_MS;
      timer = setTimeout(() => reject(new Error(`${path}: no result after ${timeout / 1000} s`)), timeout);
      page.on('console', (message) => {
        if (message.type() === 'debug' && message.text().startsWith('__bench ')) resolve(JSON.parse(message.text().slice(8)));
      });
      page.on('pageerror', (error) => reject(new Error(`${path}: ${error.message}`)));
    });
    await page.goto(origin + path, {waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS});
    const result = await reported.finally(() => clearTimeout(timer));
    if (result.error) throw new Error(`${path}: ${result.error}`);
    const {metrics} = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({name, value}) => [name, value]));
    // Main-thread time so far: all tasks, and within them style recalculation and layout.
    // (V8CompileDuration is left out: it stays near 0.2 ms on every page here, static ones included.)
    result.cpu = {style: m.RecalcStyleDuration * 1000, layout: m.LayoutDuration * 1000, script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000};
    return Object.assign(result, after ? await after(page, cdp) : {});
  } finally {
    await context.close();
  }
}

/** What a rendered cards page holds: headlines drawn (in shadow roots or not) and its height. */
const inspectCards = (page) =>
  page.evaluate(() => {
    const elements = [...document.querySelectorAll('news-article')];
    const headlines = elements.length
      ? elements.filter((e) => e.shadowRoot?.querySelector('[part~="headline"]')?.textContent.trim()).length
      : document.querySelectorAll('article h2').length;
    return {headlines, height: document.documentElement.scrollHeight};
  });

/** Heap and DOM after a full garbage collection. */
async function heapAfterGc(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  // Nodes in the composed tree: the document and every shadow root.
  const composedNodes = await page.evaluate(() => {
    let count = 0;
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        count++;
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(document);
    return count;
  });
  return {
    heap: {
      js: heap.usedSize,
      // Blink's garbage-collected heap (Oilpan), where the DOM lives; older Chromiums lack it.
      dom: heap.embedderHeapUsedSize ?? null,
      backingStorage: heap.backingStorageSize ?? null,
      nodes: dom.nodes,
      composedNodes,
    },
  };
}

// --- The rounds -------------------------------------------------------------------------------

// Each embed page and its static twin are loaded one after the other, in a random order, so
// that both meet the machine in the same state; the pairs of a round come in a random order.
// Small pages, quick and so noisier, are loaded REPS times a round (the round takes the median).
const REPS = Number(args.reps ?? 3);
const cardsCheck = (n) => async (page, cdp) => {
  const inspected = await inspectCards(page);
  if (inspected.headlines !== n) throw new Error(`${n} cards: ${inspected.headlines} headlines rendered, not ${n}`);
  return {height: inspected.height, ...(n === HEAP_CARDS ? await heapAfterGc(page, cdp) : {})};
};
/** The card from src drawn, and whether it shows a date (a `<time>`), as one of the two should. */
const srcCardCheck = async (page, cdp) => ({
  ...(await cardsCheck(1)(page, cdp)),
  dated: await page.evaluate(() => !!document.querySelector('news-article').shadowRoot.querySelector('time')),
});
const TIMELINE_PAGES = ['timeline-embed', 'timeline-all-embed', 'timeline-lit-floor', 'timeline-server-rendered', 'timeline-static'];
const pairs = [
  ...CARD_COUNTS.map((n) => ({keys: [`cards-${n}-embed`, ...(n === 1 ? ['cards-1-preload-embed'] : []), `cards-${n}-static`], reps: n >= 1000 ? 1 : REPS, after: cardsCheck(n)})),
  {keys: ['cards-1-en-embed', 'cards-1-en-static'], reps: REPS, after: cardsCheck(1)},
  {keys: ['card-src-dated', 'card-src-undated'], reps: REPS, after: srcCardCheck},
  {keys: TIMELINE_PAGES, reps: REPS, after: (page) => page.evaluate(() => ({height: document.documentElement.scrollHeight}))},
  {keys: ['cls-snippet', 'cls-no-css'], reps: 1},
];

/** A small seeded PRNG, so that a run's load order can be replayed. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const shuffled = (list, rnd) => {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

const started = performance.now();
const loadAverage = {start: loadavg()[0]};
const rounds = [];
try {
  for (let r = -WARMUP; r < ROUNDS; r++) {
    const rnd = random(1000 + r);
    const round = {};
    for (const pair of shuffled(pairs.flatMap((p) => Array(p.reps).fill(p)), rnd)) {
      for (const key of shuffled(pair.keys, rnd)) (round[key] ??= []).push(await load(`/${key}`, pair.after));
    }
    if (r >= 0 && r < LONG_ROUNDS) {
      const long = await load('/timeline-long');
      if (long.steps !== LONG_STEPS || long.last !== `Step ${LONG_STEPS}`) throw new Error(`long timeline: ${long.steps} steps, the last "${long.last}"`);
      round['timeline-long'] = [long];
    }
    if (r >= 0) rounds.push(round);
    process.stderr.write(`bench: ${r < 0 ? 'warm-up' : `round ${r + 1}/${ROUNDS}`} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  await browser.close();
  server.close();
  clearTimeout(deadline);
}
loadAverage.end = loadavg()[0];

// --- Figures ----------------------------------------------------------------------------------

const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round3 = (x) => (x === null ? null : Math.round(x * 1000) / 1000);
const round1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

/** Every load of a page, over all rounds. */
const all = (key) => rounds.flatMap((r) => r[key]);

/** Embed against static over the rounds: medians of each, and of the per-round ratios. */
function compare(embedKey, staticKey, pick, digits = round1) {
  const embed = rounds.map((r) => median(r[embedKey].map(pick)));
  const stat = rounds.map((r) => median(r[staticKey].map(pick)));
  const ratios = embed.map((e, i) => e / stat[i]);
  return {
    embed: digits(median(embed)),
    static: digits(median(stat)),
    ratio: round3(median(ratios)),
    min: round3(Math.min(...ratios)),
    max: round3(Math.max(...ratios)),
    ratios: ratios.map(round3),
  };
}

const results = {cards: {}, cardsReady: {}};
for (const n of CARD_COUNTS) {
  results.cards[n] = compare(`cards-${n}-embed`, `cards-${n}-static`, (x) => x.rendered);
  results.cardsReady[n] = compare(`cards-${n}-embed`, `cards-${n}-static`, (x) => x.ready);
}
results.cardPreload = compare('cards-1-preload-embed', 'cards-1-static', (x) => x.rendered);
results.cardEnglish = compare('cards-1-en-embed', 'cards-1-en-static', (x) => x.rendered);
// Not against a static page: the same page, its story without the date (each drew its own).
if (!all('card-src-dated').every((x) => x.dated) || all('card-src-undated').some((x) => x.dated)) throw new Error('the dated card drew no date, or the other one did');
results.cardDated = compare('card-src-dated', 'card-src-undated', (x) => x.rendered);
results.timeline = compare('timeline-embed', 'timeline-static', (x) => x.rendered);
results.timelineReady = compare('timeline-embed', 'timeline-static', (x) => x.ready);
results.timelineAll = compare('timeline-all-embed', 'timeline-static', (x) => x.rendered);
results.timelineLitFloor = compare('timeline-lit-floor', 'timeline-static', (x) => x.rendered);
// Server-rendered: when its HTML is painted (as the static page's), and once hydrated.
results.timelineServerShown = compare('timeline-server-rendered', 'timeline-static', (x) => x.shown);
results.timelineServerHydrated = compare('timeline-server-rendered', 'timeline-static', (x) => x.rendered);
// What the library costs beyond Lit itself: each build against the floor, round by round.
results.timelineOverFloor = compare('timeline-embed', 'timeline-lit-floor', (x) => x.rendered);
results.timelineAllOverFloor = compare('timeline-all-embed', 'timeline-lit-floor', (x) => x.rendered);
// Same visible content: the pages should be about as tall.
results.pageHeight = Object.fromEntries(
  CARD_COUNTS.map((n) => [n, {embed: median(all(`cards-${n}-embed`).map((x) => x.height)), static: median(all(`cards-${n}-static`).map((x) => x.height))}])
);
results.pageHeight.english = {embed: median(all('cards-1-en-embed').map((x) => x.height)), static: median(all('cards-1-en-static').map((x) => x.height))};
results.pageHeight.timeline = Object.fromEntries(
  TIMELINE_PAGES.map((key) => [key, median(all(key).map((x) => x.height))])
);
const mb = (bytes) => bytes / 1024 / 1024;
const heapCompare = (pick) => compare(`cards-${HEAP_CARDS}-embed`, `cards-${HEAP_CARDS}-static`, (x) => pick(x.heap), round3);
results.heap = {
  cards: HEAP_CARDS,
  jsMB: heapCompare((h) => mb(h.js)),
  // Blink's heap: DOM nodes, and also the style and layout objects that Blink now keeps there.
  domMB: heapCompare((h) => (h.dom === null ? null : mb(h.dom))),
  totalMB: heapCompare((h) => mb(h.js + (h.dom ?? 0))),
  nodes: heapCompare((h) => h.nodes),
  composedNodes: heapCompare((h) => h.composedNodes),
};
// Main-thread time until rendered, median over every load: where the time goes, page by page.
const cpuOf = (key) => Object.fromEntries(['task', 'script', 'style', 'layout'].map((k) => [k, round1(median(all(key).map((x) => x.cpu[k])))]));
results.cpu = {
  embed: cpuOf(`cards-${HEAP_CARDS}-embed`),
  static: cpuOf(`cards-${HEAP_CARDS}-static`),
  timeline: Object.fromEntries(TIMELINE_PAGES.map((key) => [key, cpuOf(key)])),
};
const clsOf = (key) => {
  const list = all(key);
  return {
    cls: round3(median(list.map((x) => x.cls))),
    max: round3(Math.max(...list.map((x) => x.cls))),
    sum: round3(median(list.map((x) => x.sum))),
    fcp: round1(median(list.map((x) => x.fcp))),
    ready: round1(median(list.map((x) => x.ready))),
  };
};
results.cls = {latencyMs: LATENCY, snippet: clsOf('cls-snippet'), withoutCss: clsOf('cls-no-css')};
const longLoads = all('timeline-long').filter(Boolean);
results.longTimeline = longLoads.length
  ? {
      steps: LONG_STEPS,
      loads: longLoads.length,
      rendered: round1(median(longLoads.map((x) => x.rendered))),
      switched: round1(median(longLoads.map((x) => x.switched))),
      scrollFrame: round1(median(longLoads.map((x) => x.scrollFrame))),
      // The longest task in each phase: the median over loads, and the worst load's.
      longestTask: Object.fromEntries(
        ['render', 'scroll', 'switch'].map((phase) => [phase, {median: round1(median(longLoads.map((x) => x.longest[phase]))), max: round1(Math.max(...longLoads.map((x) => x.longest[phase])))}])
      ),
    }
  : null;

const verdict = (value, max, aim) =>
  value === null ? 'n/a' : value <= max ? `met${aim !== undefined ? (value <= aim ? ', aim met' : `, aim ${aim}× missed`) : ''}` : `MISSED by ${round3(value - max)}`;
const targets = {
  'cards1000 ≤ 1.5× (aim 1.3×)': {value: results.cards[1000].ratio, verdict: verdict(results.cards[1000].ratio, TARGETS.cards1000.max, TARGETS.cards1000.aim)},
  'timeline ≤ 1.5×': {value: results.timeline.ratio, verdict: verdict(results.timeline.ratio, TARGETS.timeline.max)},
  'timeline, passerelle-all.js ≤ 1.5×': {value: results.timelineAll.ratio, verdict: verdict(results.timelineAll.ratio, TARGETS.timeline.max)},
  'timeline, server-rendered, shown ≤ 1.5×': {value: results.timelineServerShown.ratio, verdict: verdict(results.timelineServerShown.ratio, TARGETS.timeline.max)},
  'heap (JS + Blink) ≤ 1.25×': {value: results.heap.totalMB.ratio, verdict: verdict(results.heap.totalMB.ratio, TARGETS.heap.max)},
  'CLS ≤ 0.01 (snippet)': {value: results.cls.snippet.cls, verdict: verdict(results.cls.snippet.cls, TARGETS.cls.max)},
};

const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  chromium: chromiumVersion,
  headless: true,
};

// --- Report -----------------------------------------------------------------------------------

const ms = (x) => (x === null ? 'n/a' : `${x.toFixed(0)} ms`);
const ratio = (c) => `${c.ratio.toFixed(2)}× (${c.min.toFixed(2)}–${c.max.toFixed(2)})`;
const rows = [
  ['measure', 'embed', 'static', 'embed ÷ static, median (range)', 'target'],
  ...CARD_COUNTS.map((n) => {
    const c = results.cards[n];
    return [`${n} card${n > 1 ? 's' : ''}, load → rendered`, ms(c.embed), ms(c.static), ratio(c), n === 1000 ? `≤ 1.5× (aim 1.3×): ${targets['cards1000 ≤ 1.5× (aim 1.3×)'].verdict}` : ''];
  }),
  ['1 card, its strings preloaded', ms(results.cardPreload.embed), ms(results.cardPreload.static), ratio(results.cardPreload), ''],
  ['1 card, English page (in translation)', ms(results.cardEnglish.embed), ms(results.cardEnglish.static), ratio(results.cardEnglish), ''],
  [`timeline, ${story.timeline.steps.length} steps, load → rendered`, ms(results.timeline.embed), ms(results.timeline.static), ratio(results.timeline), `≤ 1.5×: ${targets['timeline ≤ 1.5×'].verdict}`],
  ['the same with passerelle-all.js', ms(results.timelineAll.embed), ms(results.timelineAll.static), ratio(results.timelineAll), `≤ 1.5×: ${targets['timeline, passerelle-all.js ≤ 1.5×'].verdict}`],
  ['floor: a minimal Lit element, same <ol>', ms(results.timelineLitFloor.embed), ms(results.timelineLitFloor.static), ratio(results.timelineLitFloor), 'reference, not a target'],
  ['server-rendered timeline, load → shown', ms(results.timelineServerShown.embed), ms(results.timelineServerShown.static), ratio(results.timelineServerShown), `≤ 1.5×: ${targets['timeline, server-rendered, shown ≤ 1.5×'].verdict}`],
  ['the same, load → hydrated', ms(results.timelineServerHydrated.embed), ms(results.timelineServerHydrated.static), ratio(results.timelineServerHydrated), ''],
  [`JS heap after GC, ${HEAP_CARDS} cards`, `${results.heap.jsMB.embed.toFixed(2)} MB`, `${results.heap.jsMB.static.toFixed(2)} MB`, ratio(results.heap.jsMB), ''],
  ...(results.heap.domMB.embed !== null
    ? [[`Blink heap (DOM…) after GC, ${HEAP_CARDS} cards`, `${results.heap.domMB.embed.toFixed(2)} MB`, `${results.heap.domMB.static.toFixed(2)} MB`, ratio(results.heap.domMB), '']]
    : []),
  [`JS + Blink heap, ${HEAP_CARDS} cards`, `${results.heap.totalMB.embed.toFixed(2)} MB`, `${results.heap.totalMB.static.toFixed(2)} MB`, ratio(results.heap.totalMB), `≤ 1.25×: ${targets['heap (JS + Blink) ≤ 1.25×'].verdict}`],
  [`DOM nodes, ${HEAP_CARDS} cards`, String(results.heap.nodes.embed), String(results.heap.nodes.static), ratio(results.heap.nodes), ''],
  ['CLS, documented snippet', results.cls.snippet.cls.toFixed(3), '', `worst round ${results.cls.snippet.max.toFixed(3)}`, `≤ 0.01: ${targets['CLS ≤ 0.01 (snippet)'].verdict}`],
  ['CLS, snippet without passerelle.css', results.cls.withoutCss.cls.toFixed(3), '', `worst round ${results.cls.withoutCss.max.toFixed(3)}`, ''],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const table = [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');

const cpuLine = (name, c) =>
  `${name} ${c.task} ms busy: script ${c.script}, style ${c.style}, layout ${c.layout}, parsing and the rest ${round1(c.task - c.script - c.style - c.layout)} ms`;
const notes = [
  `${ROUNDS} rounds (+${WARMUP} warm-up), cold loads, embed and static loaded in pairs (${REPS} pairs a round for the small pages), medians of per-round ratios; viewport ${VIEWPORT.width}×${VIEWPORT.height}; page and interface in French, but for the English card page (the French story shown in English, "Translated from French" under it).`,
  `"rendered": document parsed and every element's story drawn (Lit has rendered it and it is not aria-busy), then the end of that frame (style, layout, paint); the server-rendered page counts once hydrated (its news-ready). performance.now() from navigation start.`,
  `news-ready (what the library draws before DOMContentLoaded is announced in the task after it, for the page's own scripts, which can come a frame after it is painted): ${CARD_COUNTS.map((n) => `${n} card${n > 1 ? 's' : ''} ${ms(results.cardsReady[n].embed)}`).join(', ')}; timeline ${ms(results.timelineReady.embed)}.`,
  `Timeline beyond the floor (each build ÷ the minimal Lit element, per round): passerelle.js ${ratio(results.timelineOverFloor)}, passerelle-all.js ${ratio(results.timelineAllOverFloor)}; the floor's script is ${(floorCode.length / 1024).toFixed(1)} KB (${(gzipSync(floorCode, {level: 9}).length / 1024).toFixed(1)} KB gzip -9).`,
  ...(results.longTimeline
    ? [
        `Timeline of ${LONG_STEPS.toLocaleString('en')} steps (passerelle.js, ${results.longTimeline.loads} load${results.longTimeline.loads > 1 ? 's' : ''}): every step in the DOM at ${ms(results.longTimeline.rendered)}, ` +
          `switched to English in ${ms(results.longTimeline.switched)}; longest task while rendering ${ms(results.longTimeline.longestTask.render.median)} (worst ${ms(results.longTimeline.longestTask.render.max)}), ` +
          `while scrolled through ${ms(results.longTimeline.longestTask.scroll.median)} (worst ${ms(results.longTimeline.longestTask.scroll.max)}; a frame every ${ms(results.longTimeline.scrollFrame)}), ` +
          `while switching language ${ms(results.longTimeline.longestTask.switch.median)} (worst ${ms(results.longTimeline.longestTask.switch.max)}) (medians).`,
      ]
    : []),
  `A story with a date (one card, its story by src, served ${SRC_LATENCY} ms late): rendered at ${ms(results.cardDated.embed)}, the same story without its date at ${ms(results.cardDated.static)}: ${ratio(results.cardDated)} (the first Intl formatter, readied while the story is on its way).`,
  `CLS pages: stylesheet, script, chunk and story JSON served with ${LATENCY} ms latency; CLS = largest session window; fallback painted at ${ms(results.cls.snippet.fcp)}, card at ${ms(results.cls.snippet.ready)}.`,
  `Main thread until rendered, ${HEAP_CARDS}-card pages (median): ${cpuLine('embed', results.cpu.embed)}; ${cpuLine('static', results.cpu.static)}.`,
  `Main thread until rendered, timeline pages (median): ${Object.entries(results.cpu.timeline)
    .map(([key, c]) => cpuLine(key.replace('timeline-', ''), c))
    .join('; ')}.`,
  `Page heights, embed vs static: ${CARD_COUNTS.map((n) => `${n}: ${results.pageHeight[n].embed} / ${results.pageHeight[n].static} px`).join('; ')}; 1 in English: ${results.pageHeight.english.embed} / ${results.pageHeight.english.static} px; timeline (passerelle.js, passerelle-all.js, floor, server-rendered, static): ${Object.values(results.pageHeight.timeline).join(' / ')} px.`,
  `dist/cdn/passerelle.js ${(build['passerelle.js'].bytes / 1024).toFixed(1)} KB (${(build['passerelle.js'].gzip / 1024).toFixed(1)} KB gzip -9); ${machine.cores} cores (${machine.cpu}), Chromium ${machine.chromium} headless, Node ${machine.node}; load average ${loadAverage.start.toFixed(1)} at start, ${loadAverage.end.toFixed(1)} at end${Math.max(loadAverage.start, loadAverage.end) > machine.cores ? ' (busy machine: expect noise)' : ''}.`,
];
console.log(`\n${table}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`);

mkdirSync(dirname(OUT), {recursive: true});
writeFileSync(
  OUT,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      build,
      config: {rounds: ROUNDS, warmup: WARMUP, reps: REPS, longRounds: LONG_ROUNDS, latencyMs: LATENCY, viewport: VIEWPORT, lang: 'fr', chromiumArgs: CHROMIUM_ARGS},
      seconds: Math.round((performance.now() - started) / 1000),
      loadAverage,
      targets,
      results,
    },
    null,
    1
  ) + '\n'
);
console.log(`Wrote ${relative(process.cwd(), OUT) || OUT} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
