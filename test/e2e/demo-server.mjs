// Starts scripts/serve.mjs (what `npm start` runs) on a free port and reads the address it
// prints, so that the tests and the screenshots see the demo exactly as a reader does.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The demo pages, relative to the server's root. */
export const demoPages = ['demo/index.html', 'demo/alliance-numerique.html', 'demo/ccia.html', 'demo/bilingue.html'];

/**
 * @param {{port?: string}} [options] the PORT it is given: any free one by default
 * @returns {Promise<{origin: string, stop: () => Promise<void>}>}
 */
export async function startDemoServer({port = '0'} = {}) {
  if (!existsSync(join(root, 'dist/cdn/passerelle.js')) || !existsSync(join(root, 'dist/content/alliance-numerique-ccia.json'))) {
    throw new Error('The demo needs a build: run `npm run build` first.');
  }
  const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
    cwd: root,
    env: {...process.env, PORT: port},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = await new Promise((resolveOrigin, reject) => {
    const timer = setTimeout(() => reject(new Error(`scripts/serve.mjs printed no address in 10 s:\n${output}`)), 10_000);
    const read = (chunk) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/demo\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveOrigin(match[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.mjs exited (${code}):\n${output}`));
    });
  });
  return {
    origin,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill();
      }),
  };
}

/**
 * Run before any page script (page.addInitScript): records which elements announced
 * `news-ready` or `news-error`. Both events bubble and are composed, so a listener on the
 * document hears every element on the page (an article keeps its inner pull-quotes' own).
 */
export function recordStoryEvents() {
  window.__newsEvents = [];
  for (const type of ['news-ready', 'news-error']) {
    document.addEventListener(type, (event) => {
      window.__newsEvents.push({type, target: event.target, code: event.detail?.code ?? null});
    });
  }
}

const TAGS = 'news-article, news-pull-quote, news-org-badge, news-timeline';

/**
 * Waits until every element on the page has fired `news-ready` or `news-error`, and no longer
 * has `aria-busy`; then until fonts have loaded. Returns what each element announced.
 * @returns {Promise<{tag: string, type: string | null, busy: boolean, code: string | null}[]>}
 */
export async function waitForStories(page, timeout = 15_000) {
  await page.waitForFunction(
    (tags) => {
      const elements = [...document.querySelectorAll(tags)];
      const announced = new Set(window.__newsEvents.map((e) => e.target));
      return elements.length > 0 && elements.every((el) => announced.has(el) && !el.hasAttribute('aria-busy'));
    },
    TAGS,
    {timeout}
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate((tags) => {
    return [...document.querySelectorAll(tags)].map((el) => {
      const event = window.__newsEvents.findLast((e) => e.target === el);
      return {tag: el.localName, type: event?.type ?? null, busy: el.hasAttribute('aria-busy'), code: event?.code ?? null};
    });
  }, TAGS);
}
