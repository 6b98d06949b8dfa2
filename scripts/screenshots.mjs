// `npm run screenshots`: a PNG of each demo site into demo/screenshots/, for the README.
// Light at 1280 px wide, cut at 1600 px high; the French site also dark, and the bilingual page
// at 375 px. Debian's Chromium through playwright-core, the demo served by scripts/serve.mjs.
// Needs a build (`npm run build`).
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../test/chromium.mjs';
import {recordStoryEvents, root, startDemoServer, waitForStories} from '../test/e2e/demo-server.mjs';

const shots = [
  {file: 'alliance-numerique.png', page: 'demo/alliance-numerique.html', width: 1280},
  {file: 'ccia.png', page: 'demo/ccia.html', width: 1280},
  {file: 'bilingue.png', page: 'demo/bilingue.html', width: 1280},
  {file: 'alliance-numerique-dark.png', page: 'demo/alliance-numerique.html', width: 1280, colorScheme: 'dark'},
  {file: 'bilingue-375.png', page: 'demo/bilingue.html', width: 375},
];
const MAX_HEIGHT = 1600;

const executablePath = findChromium();
if (!executablePath) {
  console.error('screenshots: no Chromium found (Debian: apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH).');
  process.exit(1);
}
const out = join(root, 'demo/screenshots');
mkdirSync(out, {recursive: true});

const server = await startDemoServer();
const browser = await chromium.launch({executablePath, args: chromiumArgs});
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: {width: shot.width, height: 900},
      colorScheme: shot.colorScheme ?? 'light',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.addInitScript(recordStoryEvents);
    await page.goto(`${server.origin}/${shot.page}`);
    const states = await waitForStories(page);
    const failed = states.filter((s) => s.type !== 'news-ready');
    if (failed.length) throw new Error(`${shot.page}: not every element rendered: ${JSON.stringify(failed)}`);
    const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MAX_HEIGHT);
    await page.screenshot({path: join(out, shot.file), fullPage: true, clip: {x: 0, y: 0, width: shot.width, height}});
    console.log(`demo/screenshots/${shot.file}  ${shot.width}×${height}${shot.colorScheme ? ` ${shot.colorScheme}` : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
