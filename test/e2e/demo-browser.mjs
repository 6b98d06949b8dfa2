// What every end-to-end test file shares: the demo served by scripts/serve.mjs and one Chromium,
// started before the file's tests and stopped after them.
import {after, before} from 'node:test';
import assert from 'node:assert/strict';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../chromium.mjs';
import {startDemoServer} from './demo-server.mjs';

/** @returns {{browser?: import('playwright-core').Browser, server?: {origin: string, stop: () => Promise<void>}}} filled in before the tests run */
export function useDemoBrowser() {
  const demo = {};
  before(async () => {
    const executablePath = findChromium();
    assert.ok(executablePath, 'no Chromium: install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH');
    demo.server = await startDemoServer();
    demo.browser = await chromium.launch({executablePath, args: chromiumArgs});
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.stop();
  });
  return demo;
}
