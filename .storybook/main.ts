import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * package.json `sideEffects` names the files that define the elements in `dist/` (what npm users
 * import); the build reads it for `src/` too, finds none of them listed, and drops
 * `import '../src/index.js'` — a built catalogue without its elements. Built from source, every
 * module in `src/` keeps its side effects (as in the dev server and the tests, which do not
 * tree-shake).
 */
const sourceKeepsSideEffects: Plugin = {
  name: 'passerelle:source-keeps-side-effects',
  transform(code, id) {
    return id.startsWith(src) ? {code, map: null, moduleSideEffects: true} : null;
  },
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The protocol story as a file, so that stories can also load it through `src`.
  staticDirs: [{from: '../src/content', to: '/content'}],
  core: {disableTelemetry: true},
  viteFinal: (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), sourceKeepsSideEffects],
    // The catalogue is a tool, not a page to keep light: Storybook's own chunks are large.
    build: {...config.build, chunkSizeWarningLimit: 2000},
    optimizeDeps: {
      ...config.optimizeDeps,
      // Lit served as it is, one module per file: pre-bundled, the copy inside `lit` and the one
      // behind a deep import that the optimizer did not see (Storybook's own
      // `lit/directive-helpers.js`, any `lit/directives/*`) would be two Lits on one page.
      exclude: [...(config.optimizeDeps?.exclude ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'],
    },
  }),
};

export default config;
