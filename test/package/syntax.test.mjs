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
