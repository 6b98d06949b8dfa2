import {expect} from '@open-wc/testing';
import {createElement, StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {createApp, h, ref} from 'vue';
import '../src/index.js';
import type {NewsErrorEvent, NewsReadyEvent} from '../src/element/events.js';
import {langOf, part, protocolDocument} from './helpers.js';

// The elements in the two most used frameworks: the story set as a property (not an attribute),
// and news-ready / news-error heard through each framework's own event binding.

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).to.equal(true);
};

describe('in React 19', () => {
  it('takes the story as a property and reports news-ready and news-error', async () => {
    const story = await protocolDocument();
    const box = document.createElement('div');
    document.body.append(box);
    const root = createRoot(box);
    const ready: NewsReadyEvent[] = [];
    const errors: NewsErrorEvent[] = [];
    try {
      root.render(
        createElement(
          StrictMode,
          null,
          // React 19 sets properties on custom elements and binds `on<event>` listeners.
          createElement('news-article', {story, locale: 'en', layout: 'full', 'onnews-ready': (e: NewsReadyEvent) => ready.push(e)}),
          createElement('news-pull-quote', {story, quote: 'missing', 'onnews-error': (e: NewsErrorEvent) => errors.push(e)})
        )
      );
      await waitFor(() => ready.length > 0 && errors.length > 0);
      const article = box.querySelector('news-article')!;
      expect(article.hasAttribute('story')).to.equal(false);
      expect(part(article, 'headline')!.textContent).to.contain('Alliance numérique and the Chinese Cultural Industry Association');
      expect(ready[0].detail.story.id).to.equal('alliance-numerique-ccia');
      expect(errors[0].detail.code).to.equal('not-found');
    } finally {
      root.unmount();
      box.remove();
    }
  });
});

describe('in Vue 3', () => {
  it('takes the story as a property and reports news-ready and news-error', async () => {
    const story = await protocolDocument();
    const box = document.createElement('div');
    document.body.append(box);
    const ready: NewsReadyEvent[] = [];
    const errors: NewsErrorEvent[] = [];
    const locale = ref('zh-Hans');
    const app = createApp({
      render: () => [
        h('news-article', {story, locale: locale.value, onNewsReady: (e: NewsReadyEvent) => ready.push(e)}),
        h('news-org-badge', {story, org: 'missing', onNewsError: (e: NewsErrorEvent) => errors.push(e)}),
      ],
    });
    try {
      app.mount(box);
      await waitFor(() => ready.length > 0 && errors.length > 0);
      const article = box.querySelector('news-article')!;
      expect(article.hasAttribute('story')).to.equal(false);
      expect(part(article, 'headline')!.textContent).to.contain('数字联盟');
      expect(errors[0].detail.code).to.equal('not-found');
      // A reactive change of locale reaches the element without a new news-ready.
      locale.value = 'fr';
      await waitFor(() => langOf(part(article, 'headline')!) === 'fr');
      expect(ready).to.have.length(1);
    } finally {
      app.unmount();
      box.remove();
    }
  });
});
