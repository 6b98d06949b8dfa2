// The package as a user receives it: pack it, install the tarball into a scratch project, then
// resolve, bundle and type-check against it. Runs in Node (node --test) after the build.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync, rmSync, existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {isDeepStrictEqual} from 'node:util';
import ts from 'typescript';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../chromium.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
/** Runs a command; when it fails, the error says what it printed (tsc's errors are on stdout). */
const run = (cmd, args, cwd = root) => {
  try {
    return execFileSync(cmd, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (error) {
    error.message += `\n${error.stdout ?? ''}${error.stderr ?? ''}`;
    throw error;
  }
};

let scratch;
let files;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'passerelle-pack-'));
  // What npm test has just built, as it is: not built again by the prepack script.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch]));
  files = packed.files.map((f) => f.path);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({name: 'scratch', private: true, type: 'module'}));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)], scratch);
});

after(() => rmSync(scratch, {recursive: true, force: true}));

/**
 * Installs into the scratch project one of this project's dev dependencies, at its version: what a
 * user's project has already (a React or Vue project) or adds itself (Lit's server renderer).
 * Not saved: the next such install replaces it.
 */
function installBeside(name) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies[name];
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', `${name}@${version}`], scratch);
}

test('the tarball holds what users need and nothing else', () => {
  for (const needed of [
    'README.md',
    'LICENSE',
    'package.json',
    'custom-elements.json',
    'dist/cdn/passerelle.js',
    'dist/cdn/passerelle.css',
    'dist/content/alliance-numerique-ccia.json',
    'dist/story.schema.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/news-article.js',
    'dist/news-article.d.ts',
    'dist/hydrate.js',
    'dist/cdn/passerelle-hydrate.js',
    'dist/cdn/passerelle-all.js',
    'dist/cli/passerelle.js',
    'dist/cli/render-html.js',
  ]) {
    assert.ok(files.includes(needed), `${needed} is in the tarball`);
  }
  assert.ok(files.some((f) => /^dist\/cdn\/passerelle-fr\.js$/.test(f)), 'the French interface chunk ships');
  const unwanted = files.filter((f) => /^(src|test|stories|demo|bench|scripts|\.storybook|\.ci)\/|node_modules|\.tgz$/.test(f));
  assert.deepEqual(unwanted, []);
  // Types describe modules that ship: each .d.ts beside its .js, but the JSX and Vue types, which are types alone.
  const typesAlone = files.filter((f) => f.endsWith('.d.ts') && !files.includes(f.replace(/\.d\.ts$/, '.js')));
  assert.deepEqual(typesAlone.sort(), ['dist/jsx.d.ts', 'dist/vue.d.ts']);
});

test('every entry resolves in Node’s resolver', () => {
  const script = `
    for (const s of ['passerelle-news', 'passerelle-news/news-article.js', 'passerelle-news/news-org-badge.js',
      'passerelle-news/news-pull-quote.js', 'passerelle-news/news-timeline.js', 'passerelle-news/story.schema.json',
      'passerelle-news/content/alliance-numerique-ccia.json', 'passerelle-news/cdn/passerelle.js',
      'passerelle-news/custom-elements.json', 'passerelle-news/hydrate.js', 'passerelle-news/story.js']) console.log(import.meta.resolve(s));`;
  const resolved = run('node', ['--input-type=module', '-e', script], scratch).trim().split('\n');
  assert.equal(resolved.length, 11);
  for (const url of resolved) assert.ok(existsSync(fileURLToPath(url)), `${url} exists`);
});

test('every module entry imports in plain Node, with no DOM (as a framework rendering on the server does)', () => {
  const script = `
    for (const s of ['passerelle-news', 'passerelle-news/news-article.js', 'passerelle-news/news-org-badge.js',
      'passerelle-news/news-pull-quote.js', 'passerelle-news/news-timeline.js', 'passerelle-news/hydrate.js',
      'passerelle-news/story.js']) console.log(s, Object.keys(await import(s)).length);`;
  const imported = run('node', ['--input-type=module', '-e', script], scratch).trim().split('\n');
  assert.equal(imported.length, 7, imported.join('\n'));
  for (const line of imported) assert.match(line, / [1-9]\d*$/, `${line}: exports something`);
});

test('passerelle-news/story.js reads a story and writes its JSON-LD without the elements', () => {
  const script = `
    import {parseStory, storyToJsonLd, serializeJsonLd, StoryError} from 'passerelle-news/story.js';
    import doc from 'passerelle-news/content/alliance-numerique-ccia.json' with {type: 'json'};
    const story = parseStory(doc);
    console.log(story.quotes.length, JSON.parse(serializeJsonLd(storyToJsonLd(story, {locale: 'en'})))['@type']);
    try { parseStory({}); } catch (error) { console.log(error instanceof StoryError, error.code); }
    console.log(typeof customElements);`;
  assert.deepEqual(run('node', ['--input-type=module', '-e', script], scratch).trim().split('\n'), ['3 NewsArticle', 'true invalid-story', 'undefined']);
  // Bundled, it carries no element and no Lit: a few kilobytes, not the library.
  writeFileSync(join(scratch, 'story-entry.js'), "import {parseStory} from 'passerelle-news/story.js';\nconsole.log(parseStory);\n");
  writeFileSync(
    join(scratch, 'rollup.story.mjs'),
    `import resolve from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js')).href)};
     export default {input: 'story-entry.js', plugins: [resolve()], output: {dir: 'out-story', format: 'es'}};`
  );
  run(bin('rollup'), ['-c', 'rollup.story.mjs'], scratch);
  const out = readdirSync(join(scratch, 'out-story')).map((f) => readFileSync(join(scratch, 'out-story', f), 'utf8')).join('\n');
  assert.match(out, /function parseStory/);
  assert.doesNotMatch(out, /customElements|attachShadow|news-article/);
});

test('the passerelle bin is installed and renders a story as declarative shadow DOM, once the project has Lit’s server renderer', () => {
  const passerelle = join(scratch, 'node_modules/.bin/passerelle');
  const args = ['render', 'node_modules/passerelle-news/dist/content/alliance-numerique-ccia.json', '--element', 'news-article'];
  assert.match(run(passerelle, ['--help'], scratch), /^Usage: passerelle render/);
  // An optional peer dependency: a project that draws in the browser does not install it.
  assert.equal(existsSync(join(scratch, 'node_modules/@lit-labs/ssr')), false, 'not installed with the package');
  const missing = spawnSync(passerelle, args, {cwd: scratch, encoding: 'utf8'});
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, "passerelle: render needs Lit's server renderer, which is not installed: npm install --save-dev @lit-labs/ssr@4\n");
  installBeside('@lit-labs/ssr');
  const html = run(passerelle, ['render', 'node_modules/passerelle-news/dist/content/alliance-numerique-ccia.json', '--element', 'news-article', '--layout', 'full', '--locale', 'en'], scratch);
  assert.match(html, /^<news-article defer-hydration locale="en" layout="full" data-rendered-with="\{&quot;locale&quot;:&quot;en&quot;,&quot;layout&quot;:&quot;full&quot;\}"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(html, /<script type="application\/json">\{"format":"passerelle\.story\/1"/);
});

test('a bundler (rollup) bundles the package and its per-element entry', () => {
  writeFileSync(join(scratch, 'entry.js'), "import 'passerelle-news/news-article.js';\nimport {parseStory} from 'passerelle-news';\nconsole.log(parseStory);\n");
  writeFileSync(
    join(scratch, 'rollup.config.mjs'),
    `import resolve from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js')).href)};
     export default {input: 'entry.js', plugins: [resolve()], output: {dir: 'out', format: 'es'}};`
  );
  run(bin('rollup'), ['-c'], scratch);
  const out = readdirSync(join(scratch, 'out')).map((f) => readFileSync(join(scratch, 'out', f), 'utf8')).join('\n');
  assert.match(out, /news-article/);
  assert.match(out, /news-pull-quote/, 'the article entry defines the pull-quote it renders inside');
});

/** Serves `dir` on 127.0.0.1, as a site's host would, until `stop()`. */
async function serveDirectory(dir) {
  const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json'};
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) return response.writeHead(404).end();
    response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'}).end(readFileSync(path));
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {origin: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((done) => server.close(done))};
}

test('a site bundled with rollup, esbuild or Vite shows the story in a real browser, its French and Chinese strings loaded on demand', async () => {
  // The site a user builds: one import, a card and a timeline taking the story by src, a French page.
  const site = join(scratch, 'site');
  mkdirSync(join(site, 'public'), {recursive: true});
  writeFileSync(join(site, 'main.js'), "import 'passerelle-news';\n");
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site</title><link rel="icon" href="data:,"><script type="module" src="./main.js"></script></head>' +
      '<body><news-article src="story.json"></news-article><news-timeline src="story.json"></news-timeline></body></html>'
  );
  copyFileSync(join(scratch, 'node_modules/passerelle-news/dist/content/alliance-numerique-ccia.json'), join(site, 'public/story.json'));
  // Each bundler's own way: rollup and esbuild bundle main.js (code splitting on), Vite builds the page.
  const outputs = {rollup: join(scratch, 'out-rollup'), esbuild: join(scratch, 'out-esbuild'), vite: join(scratch, 'out-vite')};
  writeFileSync(
    join(scratch, 'rollup.site.mjs'),
    `import resolve from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js')).href)};
     export default {input: 'site/main.js', plugins: [resolve()], output: {dir: 'out-rollup', format: 'es'}};`
  );
  run(bin('rollup'), ['-c', 'rollup.site.mjs'], scratch);
  run(bin('esbuild'), ['site/main.js', '--bundle', '--format=esm', '--splitting', '--minify', '--outdir=out-esbuild', '--log-level=error'], scratch);
  for (const out of [outputs.rollup, outputs.esbuild]) {
    copyFileSync(join(site, 'index.html'), join(out, 'index.html'));
    copyFileSync(join(site, 'public/story.json'), join(out, 'story.json'));
  }
  run(bin('vite'), ['build', 'site', '--outDir', outputs.vite, '--emptyOutDir', '--logLevel', 'error'], scratch);

  const browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs});
  try {
    for (const [bundler, out] of Object.entries(outputs)) {
      const server = await serveDirectory(out);
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
      try {
        await page.goto(`${server.origin}/index.html`);
        const shadowText = (tag, selector) =>
          page.evaluate(([t, s]) => [...(document.querySelector(t).shadowRoot?.querySelectorAll(s) ?? [])].map((e) => e.textContent.replace(/\s+/g, ' ').trim()), [tag, selector]);
        // Waits up to 10 s until `read()` gives `want`; if it never does, says what it gave.
        const settles = async (read, want, what) => {
          for (let i = 0; i < 100 && !isDeepStrictEqual(await read(), want); i++) await new Promise((wait) => setTimeout(wait, 100));
          assert.deepEqual(await read(), want, `${bundler}: ${what} (console: ${problems.join(' | ') || 'nothing'})`);
        };
        const button = () => shadowText('news-article', '[part~="expand"]');
        await settles(button, ['Lire la suite'], "the card's button");
        assert.match((await shadowText('news-article', '[part~="headline"]'))[0], /^L’Alliance numérique et la Chinese Cultural Industry Association/, bundler);
        await settles(() => shadowText('news-timeline', '[part~="status"]'), ['Réalisé', 'Étape envisagée', 'Étape envisagée'], "the timeline's steps");
        // The full article's code comes as the button is pressed.
        await page.locator('news-article [part~="expand"]').click();
        await settles(button, ['Réduire'], "the card's button");
        assert.equal((await shadowText('news-article', '[part~="body"] > p')).length, 7, `${bundler}: the full article's seven paragraphs`);
        // The page turns Chinese: the Chinese strings come then.
        await page.evaluate(() => (document.documentElement.lang = 'zh-Hans'));
        await settles(button, ['收起'], "the card's button");
        assert.deepEqual(problems, [], `${bundler}: nothing in the console`);
      } finally {
        await page.close();
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }
});

/** Type-checks one file of the scratch project against the installed package, strictly, as a user's project would. */
function typeCheck(file, {moduleResolution, jsx, lib = ['es2022', 'dom']}) {
  const compilerOptions = {
    target: 'es2022',
    module: moduleResolution === 'bundler' ? 'esnext' : 'nodenext',
    moduleResolution,
    ...(jsx ? {jsx} : {}),
    lib,
    strict: true,
    noEmit: true,
    resolveJsonModule: true,
    skipLibCheck: false,
  };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({compilerOptions, files: [file]}));
  run(bin('tsc'), ['-p', 'tsconfig.json'], scratch);
}

test('TypeScript users get the element, event and story types', () => {
  writeFileSync(
    join(scratch, 'use.ts'),
    `import {parseStory, StoryError, NewsArticle, type Story, type StoryDocument} from 'passerelle-news';
     import story from 'passerelle-news/content/alliance-numerique-ccia.json' with {type: 'json'};
     const doc: StoryDocument = {format: 'passerelle.story/1', id: 'x', lang: 'en', headline: 'Hi'};
     const parsed: Story = parseStory(doc);
     const el = document.createElement('news-article');
     const typed: NewsArticle = el;
     el.story = story;
     el.layout = 'full';
     el.addEventListener('news-error', (e) => {
       const code: 'fetch-failed' | 'http-error' | 'timeout' | 'too-large' | 'invalid-json' | 'invalid-story' | 'not-found' = e.detail.code;
       const src: string | undefined = e.detail.src;
       console.log(code, src, e.detail.message);
     });
     el.addEventListener('news-ready', (e) => console.log(e.detail.story.headline));
     // The events bubble and are composed: a listener on an ancestor is typed as well.
     document.addEventListener('news-error', (e) => console.log(e.detail.code));
     window.addEventListener('news-ready', (e) => console.log(e.detail.story.id));
     const host = document.createElement('div').attachShadow({mode: 'open'});
     host.append(el);
     host.addEventListener('news-ready', (e) => console.log(e.detail.story.lang));
     document.createElement('news-timeline').orientation = 'horizontal';
     document.createElement('news-pull-quote').quote = 'q';
     document.createElement('news-org-badge').variant = 'detailed';
     console.log(parsed, typed, StoryError);
     // @ts-expect-error: layouts are 'card' or 'full'
     el.layout = 'wide';
    `
  );
  // One element's entry alone, without the root's types in the same program.
  writeFileSync(
    join(scratch, 'one-element.ts'),
    `import 'passerelle-news/news-timeline.js';
     import type {NewsErrorEvent} from 'passerelle-news/news-timeline.js';
     const el = document.createElement('news-timeline');
     el.addEventListener('news-error', (e) => console.log(e.detail.code, e.detail.src));
     el.addEventListener('news-ready', (e) => console.log(e.detail.story.headline));
     const handler = (e: NewsErrorEvent) => console.log(e.detail.message);
     el.addEventListener('news-error', handler);
    `
  );
  for (const moduleResolution of ['bundler', 'nodenext']) {
    for (const file of ['use.ts', 'one-element.ts']) typeCheck(file, {moduleResolution});
  }
});

test('a project without the DOM’s types (a server, a build script) type-checks against passerelle-news/story.js', () => {
  writeFileSync(
    join(scratch, 'server.ts'),
    `import {parseStory, storyToJsonLd, serializeJsonLd, StoryError, type Story} from 'passerelle-news/story.js';
     import doc from 'passerelle-news/content/alliance-numerique-ccia.json' with {type: 'json'};
     const story: Story = parseStory(doc);
     const ld: string = serializeJsonLd(storyToJsonLd(story, {locale: 'zh-Hans'}));
     export const failed = (e: unknown) => e instanceof StoryError && e.code === 'invalid-json';
     export {ld};
    `
  );
  for (const moduleResolution of ['bundler', 'nodenext']) typeCheck('server.ts', {moduleResolution, lib: ['es2022']});
});

test('passerelle-news/hydrate.js exports what the root exports, and hydrateElements', () => {
  // It lists the root's exports itself (it must not import the entries that define the elements):
  // this keeps the two lists one.
  const entries = ['index', 'hydrate'].map((name) => join(scratch, `node_modules/passerelle-news/dist/${name}.d.ts`));
  const program = ts.createProgram(entries, {module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true});
  const checker = program.getTypeChecker();
  const exported = (file) => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file))).map((symbol) => symbol.name).sort();
  const [rootNames, hydrateNames] = entries.map(exported);
  assert.ok(rootNames.includes('NewsArticle') && rootNames.includes('parseStory'), rootNames.join());
  assert.deepEqual(hydrateNames.filter((name) => name !== 'hydrateElements'), rootNames);
});

test('React users get JSX types for the elements from passerelle-news/jsx', () => {
  // @types/react is the project's, not the package's: a React project has it already.
  installBeside('@types/react');
  writeFileSync(
    join(scratch, 'app.tsx'),
    `import type {} from 'passerelle-news/jsx';
     import type {NewsErrorEvent} from 'passerelle-news';
     import story from 'passerelle-news/content/alliance-numerique-ccia.json' with {type: 'json'};
     export const App = () => (
       <main>
         <news-article story={story} layout="full" heading-level="1" onnews-ready={(e) => console.log(e.detail.story.id)} />
         <news-pull-quote src="/story.json" quote="landry-bridge" onnews-error={(e: NewsErrorEvent) => console.log(e.detail.code)} />
         <news-org-badge story={story} org="ccia" variant="detailed" className="signatory" />
         <news-timeline story={story} orientation="horizontal" headingLevel={3} onnews-error={(e) => console.log(e.detail.src)} />
         {/* @ts-expect-error: layouts are 'card' or 'full' */}
         <news-article layout="wide" />
         {/* @ts-expect-error: a badge has no quote */}
         <news-org-badge quote="x" />
       </main>
     );
    `
  );
  typeCheck('app.tsx', {moduleResolution: 'bundler', jsx: 'react-jsx'});
});

test('publint and arethetypeswrong find nothing (ESM-only package)', () => {
  const lint = run(bin('publint'), ['--strict'], root);
  assert.match(lint, /All good/);
  run(bin('attw'), ['--pack', '.', '--profile', 'esm-only'], root); // exits non-zero on a problem
});

test('Vue users get template types for the elements from passerelle-news/vue (vue-tsc)', () => {
  // vue is the project's, not the package's: a Vue project has it already.
  installBeside('vue');
  writeFileSync(
    join(scratch, 'App.vue'),
    `<script setup lang="ts">
     import type {} from 'passerelle-news/vue';
     import type {NewsErrorEvent, NewsReadyEvent} from 'passerelle-news';
     import story from 'passerelle-news/content/alliance-numerique-ccia.json';
     const ready = (e: NewsReadyEvent) => e.detail.story.id;
     const failed = (e: NewsErrorEvent) => e.detail.code;
     </script>
     <template>
       <news-article :story="story" layout="full" heading-level="1" @news-ready="(e) => ready(e)" />
       <news-pull-quote src="/story.json" quote="landry-bridge" @news-error="failed" />
       <news-org-badge :story="story" org="ccia" variant="detailed" class="signatory" />
       <news-timeline :story="story" orientation="horizontal" :heading-level="3" @news-error="(e) => e.detail.src" />
       <!-- @vue-expect-error: layouts are 'card' or 'full' -->
       <news-article layout="wide" />
       <!-- @vue-expect-error: a heading level is a number or its attribute's string -->
       <news-timeline :heading-level="{}" />
       <!-- @vue-expect-error: an error's detail has no story -->
       <news-timeline @news-error="(e) => e.detail.story" />
     </template>
    `
  );
  const compilerOptions = {target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], strict: true, noEmit: true, resolveJsonModule: true, skipLibCheck: false};
  writeFileSync(join(scratch, 'tsconfig.vue.json'), JSON.stringify({compilerOptions, include: ['App.vue']}));
  run(bin('vue-tsc'), ['-p', 'tsconfig.vue.json'], scratch);
});
