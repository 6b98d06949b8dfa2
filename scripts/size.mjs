// What the drop-in build costs, in bytes min+gzip: the core a page loads before anything shows
// (dist/cdn/passerelle.js and every chunk it imports statically), and each chunk loaded on
// demand. `npm run size` prints it; test/package/size.test.mjs holds the budget.
//   --detail  also what the README's Size section gives beside it: the core by source (built
//             again from src/ with a source map), and the package's modules in dist/ as an
//             app's bundler would bundle them.
import {readFileSync, readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

const root = resolve(fileURLToPath(import.meta.url), '../..');

export const gzipSize = (code) => gzipSync(code, {level: 9}).length;

// Rollup writes a chunk's static imports first, as `import{…}from"./x.js";` or `import"./x.js";`,
// and its lazy ones through the drop-in's loader (rollup.config.mjs), minified to `e("./x.js")`,
// which this does not match.
const STATIC_IMPORT = /(?:^|;)\s*import\s*(?:[\w$*{},\s]+from\s*)?"(\.\/[^"]+)"/g;

/** The files of the drop-in build, each with its sizes and what it is. */
export function measureDropIn(dir = join(root, 'dist/cdn')) {
  const read = (file) => readFileSync(join(dir, file), 'utf8');
  /** `file` and every chunk it imports statically, directly or not. */
  const closure = (file) => {
    const found = new Set([file]);
    for (const f of found) for (const [, path] of read(f).matchAll(STATIC_IMPORT)) found.add(path.slice(2));
    return found;
  };
  const core = closure('passerelle.js');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.js') && !/^passerelle-(hydrate|all)/.test(file))
    .map((file) => {
      const code = read(file);
      const kind = core.has(file) ? 'core' : /^passerelle-(fr|zh-Hans)\.js$/.test(file) ? 'translation' : 'on demand';
      return {file, kind, min: Buffer.byteLength(code), gzip: gzipSize(code)};
    });
  // What loading a chunk costs a page that has the core: the chunk and what it brings along.
  for (const f of files) {
    f.withImports = [...closure(f.file)].filter((c) => !core.has(c)).reduce((total, c) => total + gzipSize(read(c)), 0);
  }
  const coreFiles = files.filter((f) => f.kind === 'core');
  return {
    core: {files: coreFiles.map((f) => f.file), min: sum(coreFiles, 'min'), gzip: sum(coreFiles, 'gzip')},
    chunks: files.filter((f) => f.kind !== 'core'),
  };
}

/**
 * A one-file build, dist/cdn/passerelle-all.js (or `file`, such as passerelle-hydrate.js): its
 * size, and the chunks it imports statically (none: it needs no other request before it runs).
 */
export function measureOneFile(dir = join(root, 'dist/cdn'), file = 'passerelle-all.js') {
  const code = readFileSync(join(dir, file), 'utf8');
  return {min: Buffer.byteLength(code), gzip: gzipSize(code), staticImports: [...code.matchAll(STATIC_IMPORT)].map((m) => m[1])};
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
/** A size as `npm run size` prints it, and the README gives it: kilobytes to one decimal. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {core, chunks} = measureDropIn();
  console.log(`core (${core.files.join(' + ')}): ${kb(core.gzip)} min+gzip (${core.gzip} bytes), ${kb(core.min)} minified`);
  for (const c of chunks.sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip)) {
    console.log(`  ${c.kind.padEnd(11)} ${kb(c.gzip).padStart(8)}  (with what it imports: ${kb(c.withImports).padStart(8)})  ${c.file}`);
  }
  const all = measureOneFile();
  console.log(`one file (passerelle-all.js: every element, every language's strings): ${kb(all.gzip)} min+gzip (${all.gzip} bytes)`);
  // For server-rendered pages: Lit's hydration support and every element.
  const hydrate = measureOneFile(undefined, 'passerelle-hydrate.js');
  console.log(`hydration (passerelle-hydrate.js: Lit's hydration support and every element): ${kb(hydrate.gzip)} min+gzip (${hydrate.gzip} bytes)`);
  if (process.argv.includes('--detail')) {
    const {coreBySource, npmBundles, sameCore} = await import('./size-detail.mjs');
    const {code, gzip, parts, unclaimed} = await coreBySource(gzipSize);
    console.log(`\nthe core by source (each part's share of the minified bytes, scaled to its gzip size, ${kb(gzip)}):`);
    for (const part of parts) console.log(`  ${kb(part.gzip).padStart(7)}  ${part.name}`);
    if (unclaimed.length) console.log(`  (no part names ${unclaimed.join(', ')}: see PARTS in scripts/size-detail.mjs)`);
    if (!sameCore(code)) console.log('  (built from src/, which differs from dist/cdn/passerelle.js: run `npm run build` for figures that agree)');
    console.log('\nthe npm modules bundled by an app (rollup, node-resolve and terser; Lit inside, dynamic imports inlined):');
    for (const bundle of await npmBundles(gzipSize)) console.log(`  ${kb(bundle.gzip).padStart(7)}  ${bundle.entry}`);
  }
}
