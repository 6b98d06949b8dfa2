// What browsers can run the library: the files a page loads must parse as ES2021, the language
// Lit 3 itself is written in. A later syntax slips in with a compiler setting (TypeScript writes
// static fields as ES2022 static blocks, which Safari reads only from 16.4), and then the whole
// file fails to parse on an older phone: no element upgrades at all.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parse} from 'acorn';

const dist = new URL('../../dist/', import.meta.url).pathname;
const browserFiles = readdirSync(dist, {recursive: true})
  .filter((file) => file.endsWith('.js') && !file.startsWith('cli'))
  .sort();

test('every file a page can load parses as ES2021', () => {
  assert.ok(browserFiles.includes('cdn/passerelle.js') && browserFiles.includes('news-article.js'), 'the drop-in and the npm modules are built');
  for (const file of browserFiles) {
    assert.doesNotThrow(() => parse(readFileSync(join(dist, file), 'utf8'), {ecmaVersion: 2021, sourceType: 'module'}), file);
  }
});

// passerelle.css reserves room with CSS nesting, which browsers read from 2023. An older one must
// apply none of the rule rather than part of it: a declaration written beside the nested rules
// (not inside one) would still apply there, e.g. make a compact badge, inline, a block.
test('passerelle.css declares nothing outside its nested rules, so a browser without nesting applies none of them', () => {
  const css = readFileSync(join(dist, 'cdn/passerelle.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const outside = [];
  let depth = 0;
  let text = '';
  // The outer rule being read: its own declarations, and whether it has nested rules.
  let declarations = [];
  let nested = false;
  for (const char of css) {
    if (char === '{') {
      if (depth === 1) nested = true;
      depth++;
      text = '';
    } else if (char === '}' || char === ';') {
      if (depth === 1 && text.trim()) declarations.push(text.trim());
      if (char === '}' && --depth === 0) {
        if (nested) outside.push(...declarations);
        declarations = [];
        nested = false;
      }
      text = '';
    } else {
      text += char;
    }
  }
  assert.ok(css.includes('&::before'), 'the reserving rule is nested');
  assert.deepEqual(outside, []);
});
