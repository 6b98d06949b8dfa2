// The figures `npm run size -- --detail` adds (README, Size): what each part of the core costs,
// and what the package's modules cost an app that bundles them. Slower than the plain measure
// (it builds), so apart from it. Each takes size.mjs's measure, `gzipSize` (size.mjs imports this
// module, not the other way round).
import {mkdtempSync, rmSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {rollup} from 'rollup';
import resolveModules from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {TraceMap, decodedMappings} from '@jridgewell/trace-mapping';

const root = resolve(fileURLToPath(import.meta.url), '../..');

// The core's parts, by the path of their sources: the first that matches names a source.
const PARTS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['interface languages (msg(), the locale, dates, language names)', /node_modules\/@lit\/localize\/|\/src\/(locale|generated)\//],
  ['the story reader (validation with field-path messages, URL and language checks)', /\/src\/story\//],
  ['fetching', /\/src\/load\//],
  ['the card (its template, styles, compact badges and headings)', /\/src\/(news-article|news-org-badge)\/|\/src\/element\/heading\.ts/],
  ['the controller, states, events and base styles', /\/src\/(element\/|define\.ts|api\.ts)/],
  ['the autoloader and the requests made ahead', /\/src\/(autoload|request-ahead|drop-in)\.ts/],
];
const OTHER = 'the loader that asks again for a file that failed, and what no source claims';

/**
 * The core as the drop-in build makes it (rollup.config.mjs), with a source map: its code, its
 * gzip size, and each part's share of the minified characters scaled to it. (The names of the
 * chunks it loads differ from the build's: they carry a hash of their content, which the
 * comment naming their map changes.)
 */
export async function coreBySource(gzipSize) {
  const {default: configs} = await import(pathToFileURL(join(root, 'rollup.config.mjs')).href);
  const config = configs.find((c) => c.input && typeof c.input === 'object' && 'passerelle' in c.input);
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-size-'));
  const cwd = process.cwd();
  try {
    process.chdir(root); // the config's paths are the project's
    const bundle = await rollup({...config, onwarn: () => {}});
    const {output} = await bundle.write({...config.output, dir, sourcemap: true, sourcemapExcludeSources: true});
    const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
    // Without the comment naming the map, which the real core does not have.
    const code = entry.code.replace(/\/\/# sourceMappingURL=[^\n]*\n?$/, '');
    const lines = code.split('\n');
    const map = new TraceMap(readFileSync(join(dir, `${entry.fileName}.map`), 'utf8'), join(dir, entry.fileName));
    const chars = new Map();
    const add = (name, n) => chars.set(name, (chars.get(name) ?? 0) + n);
    decodedMappings(map).forEach((segments, line) => {
      const length = lines[line]?.length ?? 0;
      // A segment runs from its column to the next one's; what comes before the first is no one's.
      add(OTHER, segments[0]?.[0] ?? length);
      segments.forEach((segment, i) => {
        const source = segment.length > 1 ? map.resolvedSources[segment[1]] : '';
        add(PARTS.find(([, pattern]) => pattern.test(source))?.[0] ?? OTHER, (segments[i + 1]?.[0] ?? length) - segment[0]);
      });
    });
    const total = [...chars.values()].reduce((a, b) => a + b, 0);
    const gzip = gzipSize(code);
    const parts = [...PARTS.map(([name]) => name), OTHER].map((name) => ({name, gzip: Math.round(((chars.get(name) ?? 0) / total) * gzip)}));
    return {code, gzip, parts};
  } finally {
    process.chdir(cwd);
    rmSync(dir, {recursive: true, force: true});
  }
}

/** The package's root, `news-article.js` and `story.js` (dist/), as an app's bundler makes them. */
export async function npmBundles(gzipSize) {
  const sizes = [];
  for (const entry of ['index.js', 'news-article.js', 'story.js']) {
    const bundle = await rollup({
      input: join(root, 'dist', entry),
      plugins: [resolveModules(), terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}})],
      onwarn: () => {},
    });
    const {output} = await bundle.generate({format: 'es', inlineDynamicImports: true});
    sizes.push({entry: entry === 'index.js' ? 'passerelle-news (the root: every element)' : `passerelle-news/${entry}`, gzip: gzipSize(output[0].code)});
  }
  return sizes;
}
