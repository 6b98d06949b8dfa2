// The same tests in a second engine: Firefox (Debian's ESR), driven by Puppeteer over WebDriver
// BiDi. `npm test` runs it after the Chromium run (web-test-runner.config.mjs), not beside it:
// two browsers at once on two cores made the timed tests of both slower than their limits.
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import {findFirefox} from './test/firefox.mjs';

/** Firefox, headless, in the light scheme whatever the machine's (as Chromium's headless default). */
const firefox = (env = {}) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
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
  // The files whose every test holds in Firefox as written. The others also need what only
  // Chromium's DevTools protocol gives a test here, and stay Chromium's alone: an emulated dark
  // scheme, print, forced colours or more contrast (news-*.test.ts, theming, loading); its
  // accessibility tree (screen-reader-text); gc() (lifecycle-stress, drop-in); the Layout
  // Instability API (layout-shift).
  files: [
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
  groups: [
    {
      // Far west of UTC, as for Chromium: Firefox takes its time zone from the TZ it is started with.
      name: 'far-time-zone',
      files: 'test/far-time-zone/**/*.test.ts',
      browsers: [firefox({TZ: 'Pacific/Pago_Pago'})],
    },
  ],
};
