import {expect, html, waitUntil} from '@open-wc/testing';
import {mount, part, protocolDocument} from './helpers.js';

// A page whose own code defined <news-pull-quote> before the library loaded: the library keeps
// that definition (with a warning), and its full article must still draw and announce itself.
customElements.define('news-pull-quote', class extends HTMLElement {});

describe('a full article on a page that defined <news-pull-quote> itself', () => {
  it('still draws its body and sends news-ready once', async () => {
    await import('../src/news-article.js');
    let ready = 0;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const {el} = await mount(html`<news-article locale="en" layout="full" @news-ready=${() => ready++} .story=${await protocolDocument()}></news-article>`);
      await waitUntil(() => part(el, 'body'), 'the full article is drawn');
      await waitUntil(() => ready > 0, 'news-ready');
      expect(ready).to.equal(1);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
