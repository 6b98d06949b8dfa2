// The same tests in a second engine: Firefox (Debian's ESR), driven by Puppeteer over WebDriver
// BiDi. `npm test` runs it after the Chromium run (web-test-runner.config.mjs), not beside it, so
// that each browser has the machine's two cores to itself, as the timed tests were written for.
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import {findFirefox} from './test/firefox.mjs';

/**
 * A page whose media emulation holds only what the profile already is: the screen, in the light
 * scheme. Firefox's WebDriver BiDi emulates no media feature, and Puppeteer then asks for the
 * DevTools protocol, which fails; the element tests end each test by asking for the light scheme.
 * Anything else fails the test, named: such tests belong in inEmulatedMedia (test/helpers.ts).
 */
async function lightPage({context}) {
  // A window each, as for Chromium (web-test-runner.config.mjs).
  const page = await context.newPage({type: 'window'});
  page.emulateMediaFeatures = async (features = []) => {
    const other = features.filter(({name, value}) => value && !(name === 'prefers-color-scheme' && value === 'light'));
    if (other.length) throw new Error(`Firefox cannot emulate ${JSON.stringify(other)}: put the test in inEmulatedMedia`);
  };
  return page;
}

/** Firefox, headless, in the light scheme whatever the machine's (as Chromium's headless default). */
const firefox = (env = {}) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    createPage: lightPage,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      env: {...process.env, ...env},
      extraPrefsFirefox: {'layout.css.prefers-color-scheme.content-override': 1},
    },
  });

export default {
  ...base,
  // The files whose tests hold in Firefox as written, but for those under inChromiumAlone
  // (test/helpers.ts: emulated media, gc()), which it does not define. The others need,
  // throughout, what only Chromium's DevTools protocol gives a test here, and stay Chromium's
  // alone: an emulated dark scheme, print, forced colours or more contrast (theming, loading);
  // its accessibility tree (screen-reader-text); gc() (lifecycle-stress); the Layout
  // Instability API (layout-shift). loading.test.ts has one more reason: in Firefox, its 1 MiB
  // download timed out, queued behind the requests of removed elements whose src hangs, which
  // are not aborted and hold the server's connections until their time limit.
  files: [
    'test/news-article.test.ts',
    'test/news-pull-quote.test.ts',
    'test/news-org-badge.test.ts',
    'test/news-timeline.test.ts',
    'test/drop-in.test.ts',
    'test/parse-story.test.ts',
    'test/story-schema.test.ts',
    'test/hostile-documents.test.ts',
    'test/injection.test.ts',
    'test/lifecycle.test.ts',
    'test/locale.test.ts',
    'test/layout-switch.test.ts',
    'test/layout-switch-new-story.test.ts',
    'test/page-layouts.test.ts',
    'test/parts-documented.test.ts',
    'test/foreign-pull-quote.test.ts',
    'test/json-ld.test.ts',
    'test/strict-csp.test.ts',
    'test/show-code.test.ts',
    'test/frameworks.test.ts',
  ],
  browsers: [firefox()],
  // One file at a time: Firefox gives the focus to one window, and a file's keyboard tests in
  // the other window pressed keys into nothing (Chromium headless focuses every window).
  concurrency: 1,
  groups: [
    {
      // Far west of UTC, as for Chromium: Firefox takes its time zone from the TZ it is started with.
      name: 'far-time-zone',
      files: 'test/far-time-zone/**/*.test.ts',
      browsers: [firefox({TZ: 'Pacific/Pago_Pago'})],
    },
  ],
};
