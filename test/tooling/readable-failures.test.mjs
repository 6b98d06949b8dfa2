// A failed assertion about a DOM node names its test and ends the run (test/readable-failures.ts),
// rather than stalling it until web-test-runner's 180 s limit with no test named.
import {spawn} from 'node:child_process';
import assert from 'node:assert/strict';
import {test} from 'node:test';

const LIMIT_MS = 90_000;

test('a failing assertion about a shadow-DOM node, or a frame’s, is reported by name, and the run ends', async () => {
  const run = spawn('npx', ['wtr', '--files', 'test/fixtures/failing-dom-assertion.ts'], {env: {...process.env, CI: 'true'}, detached: true});
  let output = '';
  run.stdout.on('data', (chunk) => (output += chunk));
  run.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => process.kill(-run.pid, 'SIGKILL'), LIMIT_MS);
  const code = await new Promise((done) => run.on('close', done));
  clearTimeout(timer);
  assert.notEqual(code, null, `the run stalled for ${LIMIT_MS / 1000} s:\n${output}`);
  assert.doesNotMatch(output, /did not finish/);
  assert.match(output, /a failing assertion about a node > names this test/);
  assert.match(output, /AssertionError: expected <h2[^>]*part="headline"/);
  // A node of an iframe, as the drop-in tests' pages are, is not an instance of the test page's Node.
  assert.match(output, /a failing assertion about a node > names this test too, for a node of a frame/);
  assert.match(output, /AssertionError: expected <h3 id="in-frame">In a frame<\/h3>/);
  assert.notEqual(code, 0);
});
