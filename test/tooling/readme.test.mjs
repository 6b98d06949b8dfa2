// The README as a reader sees it on the package's page: a code block that does not close on a
// line of its own runs on, and shows the sections after it as code.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('every code block in the README closes on a line of its own', () => {
  let open = null;
  const wrong = [];
  readme.split('\n').forEach((line, i) => {
    const fence = /^(\s*)(`{3,})(.*)$/.exec(line);
    if (!fence) return;
    if (open === null) open = i + 1;
    else {
      if (fence[3].trim() !== '') wrong.push(`line ${i + 1}: "${line}" closes the block opened at line ${open} and has text after it`);
      open = null;
    }
  });
  assert.deepEqual(wrong, []);
  assert.equal(open, null, `the block opened at line ${open} never closes`);
});
