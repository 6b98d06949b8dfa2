// The custom elements manifest, as editors, Storybook and other tools read it: named in
// package.json, and stating for each element the public names pages are written against
// (attributes and their defaults, events, parts, custom properties). Reads the manifest the
// build has just written.
import {existsSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import assert from 'node:assert/strict';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const pkg = read('package.json');

test('package.json names the manifest, and the package ships it', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

const manifest = read(pkg.customElements);

test('every module the manifest names is a file of the package, as a page or a tool imports it', () => {
  // Tools resolve a declaration's module to import it or to read its types: a path into src/, which
  // the package does not ship, or a specifier relative to some other file, leads nowhere.
  const named = new Set();
  const walk = (value, key) => {
    if (typeof value === 'string' && (key === 'path' || key === 'module')) named.add(value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(manifest.modules);
  assert.ok(named.has('dist/news-article.js'), 'the <news-article> entry is listed');
  const missing = [...named].filter((path) => !/^dist\/.+\.js$/.test(path) || !existsSync(new URL(`../../${path}`, import.meta.url)));
  assert.deepEqual(missing, []);
});
const declarations = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]))
);

// The attributes the contract names for each element, besides `src` and `locale`, with their defaults.
const attributes = {
  'news-article': {layout: "'card'", 'heading-level': '2', href: undefined},
  'news-pull-quote': {quote: undefined},
  'news-org-badge': {org: undefined, variant: "'compact'"},
  'news-timeline': {orientation: "'vertical'"},
};

const customProperties = [
  '--news-font-family',
  '--news-text-color',
  '--news-muted-color',
  '--news-accent-color',
  '--news-surface-color',
  '--news-border-color',
  '--news-radius',
  '--news-space',
];

for (const [tag, own] of Object.entries(attributes)) {
  test(`<${tag}>: its attributes, events, base part and custom properties`, () => {
    const element = declarations.get(tag);
    assert.ok(element, `${tag} is declared`);
    const declared = new Map((element.attributes ?? []).map((a) => [a.name, a.default]));
    for (const name of ['src', 'locale']) assert.ok(declared.has(name), `${tag}[${name}]`);
    for (const [name, value] of Object.entries(own)) {
      assert.ok(declared.has(name), `${tag}[${name}]`);
      assert.equal(declared.get(name), value, `${tag}[${name}] default`);
    }
    assert.deepEqual((element.events ?? []).map((e) => e.name).sort(), ['news-error', 'news-ready']);
    assert.ok((element.cssParts ?? []).some((p) => p.name === 'base'), `${tag}::part(base)`);
    // Every element paints its surface with its border and radius, through the same rule: each
    // documents every property it reads.
    const properties = (element.cssProperties ?? []).map((p) => p.name);
    assert.deepEqual(customProperties.filter((p) => !properties.includes(p)), [], `${tag}: custom properties left undocumented`);
  });
}

test('the manifest defines each of the four tags, in the module a page imports to define it, and no other', () => {
  // Tools (editors, the HTML language server) list the tags a package defines from these.
  const defined = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({...e, in: module.path}))
  );
  assert.deepEqual(defined.map((d) => d.name).sort(), Object.keys(attributes).sort());
  for (const definition of defined) {
    assert.equal(definition.in, `dist/${definition.name}.js`, `<${definition.name}> is defined by its own entry`);
    const module = manifest.modules.find((m) => m.path === definition.declaration.module);
    const declaration = module?.declarations?.find((d) => d.name === definition.declaration.name);
    assert.equal(declaration?.tagName, definition.name, `<${definition.name}>'s declaration is its class`);
  }
});
