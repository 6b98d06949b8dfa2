import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findChromium, chromiumArgs} from './test/chromium.mjs';
import {faultMiddleware} from './test/fault-middleware.mjs';
import {browserBundles} from './test/browser-bundles.mjs';
import {accessibilityNamesCommand, mediaCommand, pixelsCommand} from './test/browser-commands.mjs';

// Each test file in a window of its own: two files run at once, and a tab behind another one
// is hidden, where requestAnimationFrame never fires (the timeline tests wait for frames).
const newWindow = ({context}) => context.newPage({type: 'window'});

const chromium = (createPage = newWindow) =>
  chromeLauncher({
    launchOptions: {executablePath: findChromium(), headless: true, args: chromiumArgs},
    createPage,
  });

export default {
  files: ['test/**/*.test.ts', '!test/far-time-zone/**'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'}), browserBundles, mediaCommand, accessibilityNamesCommand, pixelsCommand],
  middleware: [faultMiddleware],
  browsers: [chromium()],
  groups: [
    {
      // Dates must not move with the reader's time zone: run these far west of UTC, where a
      // date read as UTC midnight would fall on the day before.
      name: 'far-time-zone',
      files: 'test/far-time-zone/**/*.test.ts',
      browsers: [
        chromium(async ({context}) => {
          const page = await newWindow({context});
          await page.emulateTimezone('Pacific/Pago_Pago');
          return page;
        }),
      ],
    },
  ],
  // Lit's one-line dev-mode notice is expected in tests, which run the unminified source; so is
  // the reason an element gives in the console for each failure the tests provoke (they assert
  // the failure itself through news-error, and lifecycle.test.ts the reason's wording).
  filterBrowserLogs: ({args}) => !/^(Lit is in dev mode|passerelle: <[a-z-]+> [a-z-]+: )/.test(String(args[0])),
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 180000,
};
