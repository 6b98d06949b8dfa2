// The npm modules (unbundled, Lit external), the drop-in CDN build (Lit inside, interface
// translations as chunks loaded on demand), the same with Lit's hydration support for
// server-rendered pages, and the protocol story and schema as files.
import {copyFile, mkdir} from 'node:fs/promises';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const entries = {
  index: 'src/index.ts',
  'news-article': 'src/news-article.ts',
  'news-org-badge': 'src/news-org-badge.ts',
  'news-pull-quote': 'src/news-pull-quote.ts',
  'news-timeline': 'src/news-timeline.ts',
  // Hydration of server-rendered elements, and `passerelle render` (the bin) that renders them.
  hydrate: 'src/hydrate.ts',
  'cli/passerelle': 'src/cli/passerelle.ts',
  // Modules of re-exports alone, which rollup would fold into the entries: written out too, since
  // custom-elements.json names them (where the entries' exports come from) and their .d.ts ships.
  api: 'src/api.ts',
  'npm-api': 'src/npm-api.ts',
  // The story document alone: its reader, types and JSON-LD, without the elements or the DOM.
  story: 'src/story.ts',
};

/**
 * The npm modules' templates and styles, minified but for one space kept wherever the source has
 * white space between tags: smaller bundles for npm users and smaller server-rendered HTML, whose
 * words stay apart for a reader of its raw text (a crawler that strips the tags). The hydration
 * build minifies the same way, after the same TypeScript build: hydration matches each template
 * by a digest of its strings, which must be the very strings the server (these modules) rendered.
 */
const minifyForServer = () =>
  minifyHTML({
    // `passerelle render`'s one template names its element's tag through unsafeStatic, which the
    // minifier cannot parse: left as written (the element's tag and attributes, once per page).
    exclude: 'src/cli/render-html.ts',
    failOnError: true,
    options: {minifyOptions: {conservativeCollapse: true}},
  });
// Any other template the minifier cannot parse stops the build (failOnError), rather than ship
// as written with a warning lost in the build's output: larger, and unlike what the tests ran.
const minifyForBrowser = () => minifyHTML({failOnError: true});

const ts = () => typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], compilerOptions: {noEmit: false, declaration: false}});

/** Copies the files that ship as they are. */
const copyAssets = () => ({
  name: 'copy-assets',
  async writeBundle() {
    await mkdir('dist/content', {recursive: true});
    await copyFile('src/content/alliance-numerique-ccia.json', 'dist/content/alliance-numerique-ccia.json');
    await copyFile('src/story/story.schema.json', 'dist/story.schema.json');
    await mkdir('dist/cdn', {recursive: true}).then(() => copyFile('src/passerelle.css', 'dist/cdn/passerelle.css'));
  },
});

/**
 * The drop-in's chunks: the core (the entry, `passerelle`), then everything beyond the card in
 * one `elements` chunk, so that a page with a timeline, a quote, a badge or a full article makes
 * one request more, not a chain of them (a chunk's own imports are only found once it is read).
 * The translations and the JSON-LD code stay chunks of their own. (`lit-html/directive.js` goes
 * with the directives: only the elements chunk uses any.)
 */
const ELEMENTS = /\/src\/(other-elements\.ts|news-(pull-quote|timeline)[./]|news-org-badge(\.ts|\/news-org-badge|\/org-badge-detailed)|news-article\/article-details|story\/(select-by-id|speaker)|element\/(translation-note|separated\.styles)|locale\/format-count)|\/lit-html\/directives?[./]/;
const dropInChunk = (id) =>
  id.includes('/generated/locales/') || id.includes('json-ld') ? undefined : ELEMENTS.test(id) ? 'elements' : 'passerelle';

/**
 * A file of the drop-in that does not load at first (a flaky network) is asked for again the next
 * time it is needed (README, Size). Browsers keep a failed `import()` for the life of the page,
 * most of them without asking again, so each of the drop-in's `import()` goes through this loader:
 * after a failure, the next time the file is needed it asks under a new URL (`?retry=<time>`, the
 * same file). One request at a time per file, so that two elements needing it share it. A file
 * with no answer in 15 s (a server that stalls) has failed, as a story's fetch has
 * (src/load/fetch-story.ts): browsers set no limit of their own, and elements waiting for it
 * would stay loading for good. Its error is made only when the timer fires: an error made at
 * once holds its stack's receivers, the elements that asked, for the 15 s (a removed full article
 * and the cards beside it stayed in memory that long).
 */
const LOADER = 'passerelleImport';
// Per file: its request under way or done, or null once one has failed. A relative path in
// import() is read against the file that holds the call, as the build wrote it.
const LOADER_CODE = `const ${LOADER}Requests = new Map();
const ${LOADER} = (path) => {
  let request = ${LOADER}Requests.get(path);
  if (!request) {
    const failedBefore = request === null;
    request = Promise.race([
      import(failedBefore ? path + '?retry=' + Date.now() : path),
      new Promise((_, reject) => setTimeout(() => reject(Error(path + ': no answer in 15 s')), 15e3)),
    ]).catch((error) => {
      ${LOADER}Requests.set(path, null);
      throw error;
    });
    ${LOADER}Requests.set(path, request);
  }
  return request;
};`;
const retryingImports = () => ({
  name: 'retrying-imports',
  renderDynamicImport: ({targetChunk}) => (targetChunk ? {left: `${LOADER}(`, right: ')'} : null),
  intro: (chunk) => (chunk.dynamicImports.length > 0 ? LOADER_CODE : ''),
});

/**
 * The interface translations of a drop-in build, as files a page can name: `<name>-fr.js` and
 * `<name>-zh-Hans.js`, without the hash of the other chunks, so that a French or Chinese page can
 * request its strings beside the script (`<link rel="modulepreload">`, README, Drop-in) rather
 * than once the script has run. A name that stays the same from one version to the next is safe
 * here because these files import nothing: a translation's `str` (what @lit/localize's `str`
 * makes, for a string with values) is written into each, not imported from the core, whose
 * export names change with every build. (A file cached from another version still loads, with
 * that version's words: README, Drop-in.) `npm test` checks that none of them imports anything.
 */
const LOCALE_MODULE = /\/generated\/locales\/[\w-]+\.ts$/;
const STR_IMPORT = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;
const selfContainedTranslations = () => ({
  name: 'self-contained-translations',
  transform: (code, id) =>
    LOCALE_MODULE.test(id) && STR_IMPORT.test(code)
      ? code.replace(STR_IMPORT, 'const str = (strings, ...values) => ({strTag: true, strings, values});')
      : null,
});
const chunkFileNames = (name) => (chunk) =>
  chunk.moduleIds.some((id) => LOCALE_MODULE.test(id)) ? `${name}-[name].js` : `${name}-[name]-[hash].js`;

/**
 * A drop-in build: `dist/cdn/<name>.js`, an ES module with Lit inside, and the chunks it loads on
 * demand beside it (the interface translations, the JSON-LD code, and what `manualChunks` adds).
 */
const dropIn = (name, entry, {manualChunks, minify = minifyForBrowser, translationFiles = true} = {}) => ({
  input: {[name]: entry},
  // The entry itself holds the shared code, rather than a facade re-exporting a chunk.
  preserveEntrySignatures: 'allow-extension',
  // Importing `str` from @lit/localize's index must not bring its runtime-mode set-up, which
  // this library does not use (see src/locale/messages.ts): its top-level state is inert.
  treeshake: {moduleSideEffects: (id) => !id.includes('/@lit/localize/')},
  plugins: [
    resolve(),
    ts(),
    // After TypeScript, which compiles each file from the disk, not from what an earlier plugin
    // returned: this one gets JavaScript.
    translationFiles && selfContainedTranslations(),
    minify(),
    retryingImports(),
    // Two assumptions the code keeps, worth 23 bytes of the core: no getter it reads has side
    // effects (pure_getters), and no function expression without `this` is called with `new`
    // (unsafe_arrows, which writes such functions as arrows). A third, worth 12 bytes of the core
    // and 16 of passerelle-hydrate.js: no function's `length`, its count of parameters, is read,
    // neither by this code nor by Lit's (keep_fargs: false, which drops the unused last
    // parameters). And a function is inlined into its caller only when it takes no arguments
    // (inline: 1): the default inlines those that do as well, declaring their arguments as
    // variables of the caller, which here cost more than the calls (13 bytes of the core, 15 of
    // passerelle-hydrate.js).
    terser({
      ecma: 2021,
      module: true,
      compress: {passes: 2, pure_getters: true, unsafe_arrows: true, keep_fargs: false, inline: 1},
      format: {comments: false},
    }),
  ],
  output: {dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkFileNames(name), manualChunks},
});

export default [
  {
    input: entries,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/') || id.startsWith('node:'),
    plugins: [ts(), minifyForServer(), copyAssets()],
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
  },
  // dist/cdn/passerelle.js: the drop-in, <news-article> in the core and the rest on demand.
  dropIn('passerelle', 'src/drop-in.ts', {manualChunks: dropInChunk}),
  // dist/cdn/passerelle-all.js: the same in one file, every element and the interface strings of
  // every language included (src/drop-in-all.ts); only the JSON-LD code stays a chunk.
  // (With them in the file, they share the core's `str`.)
  dropIn('passerelle-all', 'src/drop-in-all.ts', {manualChunks: (id) => (id.includes('json-ld') ? undefined : 'passerelle-all'), translationFiles: false}),
  // dist/cdn/passerelle-hydrate.js: the drop-in for server-rendered pages (`passerelle render`),
  // Lit's hydration support and every element in one file (see src/hydrate.ts), its templates
  // minified as the npm modules' are, which the server renders from (see minifyForServer).
  dropIn('passerelle-hydrate', 'src/hydrate.ts', {minify: minifyForServer}),
];
