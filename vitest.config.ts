/**
 * Vitest runs the Storybook stories only, each as a test in Chromium (render, play function,
 * accessibility check). The unit tests stay on @web/test-runner (web-test-runner.config.mjs).
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
import {chromiumArgs, findChromium} from './test/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  test: {
    // Lit's one-line dev-mode notice is expected: the stories run the unminified source.
    onConsoleLog: (log) => !log.startsWith('Lit is in dev mode'),
    // Every story once in each interface language, in light and dark: a story that does not set
    // them takes the toolbar's (see .storybook/preview.ts).
    projects: [
      ['en', 'light'],
      ['fr', 'dark'],
      ['zh-Hans', 'dark'],
    ].map(([locale, scheme]) => ({
        extends: true,
        plugins: [storybookTest({configDir: path.join(dirname, '.storybook')})],
        test: {
          name: `storybook (${locale}, ${scheme})`,
          env: {STORYBOOK_LOCALE: locale, STORYBOOK_SCHEME: scheme},
          browser: {
            enabled: true,
            headless: true,
            // Debian's Chromium (or CHROME_PATH): no test tool downloads a browser here.
            provider: playwright({launchOptions: {executablePath: findChromium(), args: chromiumArgs}}),
            instances: [{browser: 'chromium'}],
            // A desktop page, so that wide layouts (a horizontal timeline) have room.
            viewport: {width: 1280, height: 800},
          },
        },
      })),
  },
});
