// The figures `npm run size -- --detail` adds (README, Size): what each part of the core costs,
// and what the package's modules cost an app that bundles them. Slower than the plain measure
// (it builds), so apart from it. Each takes size.mjs's measure, `gzipSize` (size.mjs imports this
// module, not the other way round).
import {mkdtempSync, rmSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
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
  ['the card (its template, styles, compact badges and headings)', /\/src\/(news-article|news-org-badge)(\/|\.ts$)|\/src\/element\/heading\.ts$/],
  ['the controller, states, events and base styles', /\/src\/(element\/|define\.ts$|api\.ts$)/],
  ['the autoloader and the requests made ahead', /\/src\/(autoload|request-ahead|drop-in)\.ts$/],
];
// What no source holds: the code rollup writes in (rollup.config.mjs), the loader at the top and
// the export clause at the end, which names what the chunks import from the core.
const LOADER = 'the loader that asks again for a file that failed';
const EXPORTS = 'the names the chunks import from the core (its export clause)';
const UNCLAIMED = 'sources no part names';

/**
 * The core as the drop-in build makes it (rollup.config.mjs), from src/ with a source map: its
 * code, its gzip size, each part's share of the minified characters scaled to it, and the
 * sources no part names (to be named). Its code is dist/cdn/passerelle.js's when the build is
 * current, but for the names of the chunks it loads: they carry a hash of their content, which
 * the comment naming their map changes (see sameCore).
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
    const map = new TraceMap(readFileSync(join(dir, `${entry.fileName}.map`), 'utf8'), join(dir, entry.fileName));
    const exportsAt = code.includes('export{') ? code.lastIndexOf('export{') : code.length;
    const chars = new Map();
    const unclaimed = new Set();
    // Characters from..to of the code, held by `part`; those of the export clause are its own.
    const add = (part, from, to) => {
      const own = Math.max(0, Math.min(to, exportsAt) - from);
      chars.set(part, (chars.get(part) ?? 0) + own);
      chars.set(EXPORTS, (chars.get(EXPORTS) ?? 0) + (to - from - own));
    };
    const mappings = decodedMappings(map);
    let lineStart = 0;
    for (const [i, line] of code.split('\n').entries()) {
      const segments = mappings[i] ?? [];
      // A segment runs from its column to the next one's; what comes before the first is no source's.
      add(LOADER, lineStart, lineStart + (segments[0]?.[0] ?? line.length + 1));
      segments.forEach((segment, j) => {
        const source = segment.length > 1 ? map.resolvedSources[segment[1]] : '';
        const part = source ? PARTS.find(([, pattern]) => pattern.test(source))?.[0] : LOADER;
        if (!part) unclaimed.add(source);
        add(part ?? UNCLAIMED, lineStart + segment[0], lineStart + (segments[j + 1]?.[0] ?? line.length + 1));
      });
      lineStart += line.length + 1;
    }
    const total = [...chars.values()].reduce((a, b) => a + b, 0);
    const gzip = gzipSize(code);
    const parts = [...PARTS.map(([name]) => name), LOADER, EXPORTS, UNCLAIMED]
      .map((name) => ({name, gzip: Math.round(((chars.get(name) ?? 0) / total) * gzip)}))
      .filter((part) => part.name !== UNCLAIMED || part.gzip > 0);
    return {code, gzip, parts, unclaimed: [...unclaimed].map((source) => relative(root, source))};
  } finally {
    process.chdir(cwd);
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Whether `code`, from coreBySource, is the core in dist/cdn/, the chunks' hashed names aside. */
export function sameCore(code) {
  const unhashed = (text) => text.replace(/-[\w-]{8}\.js"/g, '.js"');
  return unhashed(code) === unhashed(readFileSync(join(root, 'dist/cdn/passerelle.js'), 'utf8'));
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
