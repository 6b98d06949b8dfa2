import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
// Generated from the elements' JSDoc by `npm run analyze`, which every Storybook script runs first.
import manifest from '../custom-elements.json';
import '../src/index.js';
import {protocol} from '../stories/examples.js';
import {pageMarkup} from '../stories/show-code.js';
import {forceColorScheme, type ColorScheme} from './color-scheme.js';
import {docsManifest} from './docs-manifest.js';
import './preview.css';

setCustomElementsManifest(docsManifest(manifest));

/**
 * The toolbar's locale and colour scheme, applied around every story: `lang` on a wrapper (the
 * elements follow the nearest `lang`, so changing it re-renders them in place), and the
 * elements' own dark rules switched on or off (see color-scheme.ts).
 */
const withLocaleAndScheme: Decorator = (story, {globals}) => {
  const scheme: ColorScheme = globals.scheme === 'dark' ? 'dark' : 'light';
  forceColorScheme(scheme);
  return html`<div class="story-page ${scheme}" lang=${globals.locale ?? 'en'}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocaleAndScheme],
  globalTypes: {
    locale: {
      description: 'Language of the page around the elements (their nearest `lang`)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          {value: 'fr', title: 'Français (fr)'},
          {value: 'en', title: 'English (en)'},
          {value: 'zh-Hans', title: '简体中文 (zh-Hans)'},
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme: the elements’ `prefers-color-scheme` defaults',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          {value: 'light', title: 'Light', icon: 'sun'},
          {value: 'dark', title: 'Dark', icon: 'moon'},
        ],
        dynamicTitle: true,
      },
    },
  },
  // `npm run test:stories` runs every story in each language and scheme it sets here (vitest.config.ts).
  initialGlobals: {locale: import.meta.env.STORYBOOK_LOCALE ?? 'en', scheme: import.meta.env.STORYBOOK_SCHEME ?? 'light'},
  parameters: {
    layout: 'fullscreen',
    a11y: {test: 'error'},
    controls: {expanded: true},
    docs: {
      toc: true,
      // *Show code* gives what a page pastes beside the drop-in script: the element and its story
      // (stories/show-code.ts), without the catalogue's wrappers, which do nothing on a page.
      source: {excludeDecorators: true, transform: (code: string, {args}: {args: {story?: unknown}}) => pageMarkup(code, args.story, {protocol})},
    },
  },
};

export default preview;
