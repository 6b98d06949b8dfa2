// The JSON-LD that <news-article jsonld> writes, checked against the schema.org vocabulary, offline.
// schema-dts has the whole vocabulary as TypeScript types, one per schema.org type, each with the
// properties schema.org allows on it (its own and those it inherits), discriminated by `@type`.
// So the built storyToJsonLd (dist/, in Node, with no DOM) is run over several stories, and its
// outputs are written as object literals typed `WithContext<NewsArticle>` and compiled, strict:
// an unknown `@type`, a property the type does not have (an invented one, or one that belongs
// to another type), or a value outside the property's range is a compile error. Controls below
// show that the check catches each of those. Runs after the build (`npm test` builds first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dist = (path) => join(root, 'dist', path);
const {storyToJsonLd} = await import(dist('story/json-ld.js'));
const {parseStory} = await import(dist('story/parse-story.js'));
const SCHEMA_DTS = join(root, 'node_modules/schema-dts/dist/schema.d.ts');

const protocol = parseStory(JSON.parse(readFileSync(dist('content/alliance-numerique-ccia.json'), 'utf8')));

// Every field the format has, so that every branch of storyToJsonLd is taken.
const rich = parseStory({
  format: 'passerelle.story/1',
  id: 'rich',
  lang: 'fr',
  headline: {fr: 'Un protocole est signé', en: 'A protocol is signed', 'zh-Hans': '签署协议'},
  summary: {fr: 'Résumé.', en: 'Summary.'},
  published: '2012-11-20',
  dateline: {fr: 'Pékin', en: 'Beijing', 'zh-Hans': '北京'},
  source: {name: {fr: 'La Source', en: 'The Source'}, url: '/news/2012/protocol.html'},
  body: [{fr: 'Premier paragraphe.', en: 'First paragraph.'}],
  organizations: [
    {
      id: 'alliance',
      name: 'Alliance numérique',
      shortName: 'AN',
      kind: {fr: 'Regroupement', en: 'Industry group'},
      region: {fr: 'Québec', en: 'Quebec'},
      country: 'CA',
      members: {count: 200, unit: {fr: 'entreprises', en: 'companies'}},
      description: {fr: 'Un regroupement.', en: 'An industry group.'},
      url: 'https://alliance.example/',
      logo: '../logos/alliance.svg',
    },
    {id: 'ccia', name: {fr: 'CCIA', 'zh-Hans': '中国文化产业协会'}, country: 'CN'},
  ],
  people: [{id: 'landry', name: 'Serge Landry', role: {fr: 'directeur', en: 'director'}, organization: 'alliance'}],
  quotes: [
    {id: 'q1', text: {fr: 'Les mots dits.', en: 'The words said.'}, speaker: 'landry', context: {fr: 'dans un communiqué', en: 'in a press release'}},
    {id: 'q2', text: {'zh-Hans': '原话。', fr: 'Les mots.'}, lang: 'zh-Hans', speaker: 'ccia'},
  ],
  timeline: {steps: [{id: 's', title: 'Étape', status: 'done', date: '2012'}]},
}, {warn: () => {}});

const minimal = parseStory({format: 'passerelle.story/1', id: 'minimal', lang: 'en', headline: 'A headline'});

const outputs = [];
for (const locale of ['fr', 'en', 'zh-Hans', 'fr-CA']) {
  outputs.push([`protocol ${locale}`, storyToJsonLd(protocol, {locale})]);
  outputs.push([`rich ${locale}`, storyToJsonLd(rich, {locale, baseUrl: 'https://host.example/stories/'})]);
}
outputs.push(['rich, no base URL', storyToJsonLd(rich)]);
outputs.push(['minimal', storyToJsonLd(minimal)]);

/** Every `Type.property` used in a node and the nodes inside it. */
function usedProperties(node, used = new Set()) {
  if (Array.isArray(node)) node.forEach((item) => usedProperties(item, used));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key !== '@type') used.add(`${node['@type']}.${key}`);
      usedProperties(value, used);
    }
  }
  return used;
}

/**
 * Type-checks `cases` (name → TypeScript source typed against schema-dts) in one program and
 * returns each case's error messages.
 */
function typeCheck(cases) {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-jsonld-'));
  try {
    const files = Object.fromEntries(Object.entries(cases).map(([name, source], i) => [name, join(dir, `case-${i}.ts`)]));
    for (const [name, file] of Object.entries(files)) writeFileSync(file, `import type {NewsArticle, WithContext} from 'schema-dts';\n${cases[name]}\n`);
    const program = ts.createProgram(Object.values(files), {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      paths: {'schema-dts': [SCHEMA_DTS]},
    });
    const messages = (diagnostics) => diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    assert.deepEqual(messages(program.getGlobalDiagnostics()), []);
    return Object.fromEntries(
      Object.entries(files).map(([name, file]) => [name, messages(ts.getPreEmitDiagnostics(program, program.getSourceFile(file)))])
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const typed = (value) => `export const data: WithContext<NewsArticle> = ${JSON.stringify(value, null, 2)};`;
const article = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'h'};

// Controls: what the check must refuse, each beside a real output, so that a check that passes
// everything (a schema-dts that types any property, loose union checks) fails this test.
const controls = {
  'an invented property': {...article, inventedProperty: 'x'},
  "another type's property on NewsArticle (Person's jobTitle)": {...article, jobTitle: 'x'},
  "a Quotation's property on NewsArticle (spokenByCharacter)": {...article, spokenByCharacter: {'@type': 'Person', name: 'x'}},
  'an invented property on a nested Quotation': {...article, hasPart: [{'@type': 'Quotation', text: 't', speaker: 'x'}]},
  "another type's property on a nested Organization": {...article, about: [{'@type': 'Organization', name: 'A', headline: 'x'}]},
  'a property three levels down that its type lacks': {
    ...article,
    hasPart: [{'@type': 'Quotation', creator: {'@type': 'Person', name: 'P', affiliation: {'@type': 'Organization', name: 'A', jobTitle: 'x'}}}],
  },
  'an invented type': {...article, hasPart: [{'@type': 'Quote', text: 't'}]},
  'a type outside the range (hasPart takes CreativeWorks)': {...article, hasPart: [{'@type': 'Organization', name: 'A'}]},
  'a number where schema.org wants Text': {...article, headline: 5},
};

test('the JSON-LD code runs in Node, without a DOM', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(outputs.length, 10);
});

test('the test stories take every property storyToJsonLd can write', () => {
  const used = new Set(outputs.flatMap(([, output]) => [...usedProperties(output)]));
  assert.deepEqual([...used].sort(), [
    'CreativeWork.publisher',
    'CreativeWork.url',
    'NewsArticle.@context',
    'NewsArticle.about',
    'NewsArticle.datePublished',
    'NewsArticle.dateline',
    'NewsArticle.description',
    'NewsArticle.hasPart',
    'NewsArticle.headline',
    'NewsArticle.inLanguage',
    'NewsArticle.isBasedOn',
    'Organization.address',
    'Organization.alternateName',
    'Organization.areaServed',
    'Organization.description',
    'Organization.logo',
    'Organization.name',
    'Organization.url',
    'Person.affiliation',
    'Person.alternateName',
    'Person.jobTitle',
    'Person.name',
    'PostalAddress.addressCountry',
    'Quotation.creator',
    'Quotation.inLanguage',
    'Quotation.text',
  ]);
});

test('every type and property exists in schema.org and is allowed where it is used; the controls are refused', () => {
  const cases = {};
  for (const [name, output] of outputs) cases[`output: ${name}`] = typed(output);
  for (const [name, value] of Object.entries(controls)) cases[`control: ${name}`] = typed(value);
  const errors = typeCheck(cases);
  for (const [name] of outputs) assert.deepEqual(errors[`output: ${name}`], [], `${name}: ${errors[`output: ${name}`].join('; ')}`);
  for (const name of Object.keys(controls)) assert.ok(errors[`control: ${name}`].length > 0, `the check refuses ${name}`);
});

test('no property used is one schema.org has superseded', () => {
  // schema-dts marks superseded properties @deprecated in the comment above each declaration.
  const source = readFileSync(SCHEMA_DTS, 'utf8');
  const deprecated = new Set();
  for (const [, doc, property] of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*"([\w@]+)"\?:/g)) {
    if (doc.includes('@deprecated')) deprecated.add(property);
  }
  assert.ok(deprecated.has('isBasedOnUrl'), 'the scan finds a property schema.org superseded');
  const used = new Set(outputs.flatMap(([, output]) => [...usedProperties(output)].map((p) => p.split('.')[1])));
  assert.deepEqual([...used].filter((p) => deprecated.has(p)), []);
});

test('the drop-in core does not carry the JSON-LD code: it is a chunk loaded by <news-article jsonld>', () => {
  const cdn = dist('cdn');
  assert.doesNotMatch(readFileSync(join(cdn, 'passerelle.js'), 'utf8'), /Quotation/);
  const chunks = readdirSync(cdn).filter((f) => f.endsWith('.js') && readFileSync(join(cdn, f), 'utf8').includes('"Quotation"'));
  assert.ok(chunks.some((f) => /^passerelle-json-ld/.test(f)), `a json-ld chunk: ${chunks.join(', ')}`);
  // The npm entry exports it, for a renderer in Node.
  assert.match(readFileSync(dist('index.js'), 'utf8'), /storyToJsonLd/);
});
