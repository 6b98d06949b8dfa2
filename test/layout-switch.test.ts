import {expect, html, waitUntil} from '@open-wc/testing';
import '../src/news-article.js';
import type {NewsArticle} from '../src/news-article/news-article.js';
import {fallbackShown, mount, part, protocolDocument} from './helpers.js';

// The full article's module loads on first use, once per page (per test file): here nothing has
// loaded it before this test, so the article switched to `full` has to wait for it.
describe('<news-article> switched to the full layout', () => {
  it('keeps showing its card, not its fallback, until the full article’s module has loaded', async () => {
    const {el} = await mount<NewsArticle>(html`<news-article locale="en" .story=${await protocolDocument()}><p>Fallback</p></news-article>`);
    let events = 0;
    el.addEventListener('news-ready', () => events++);
    el.layout = 'full';
    await el.updateComplete;
    expect(part(el, 'body'), 'the module is still loading').to.equal(null);
    expect(fallbackShown(el), 'the fallback').to.equal(false);
    expect(el.hasAttribute('aria-busy'), 'aria-busy').to.equal(false);
    expect(part(el, 'headline')!.textContent).to.contain('Alliance');
    expect(part(el, 'expand'), 'still the card, with its Read more').to.not.equal(null);
    expect(part(el, 'base')!.classList.contains('card')).to.equal(true);
    await waitUntil(() => part(el, 'body'), 'the full article is drawn once its module is here');
    expect(part(el, 'expand'), 'a full article has no Read more').to.equal(null);
    expect(part(el, 'base')!.classList.contains('full')).to.equal(true);
    expect(events, 'the same story is not announced again').to.equal(0);
  });
});
