import {expect, html, waitUntil} from '@open-wc/testing';
import '../src/news-article.js';
import type {NewsArticle} from '../src/news-article/news-article.js';
import {minimalDocument, mount, part, protocolDocument} from './helpers.js';

// As in layout-switch.test.ts, nothing in this file has loaded the full article's module before.
describe('<news-article> switched to the full layout with a new story at once', () => {
  it('announces the new story once, drawn in full, not as the card it never was', async () => {
    const {el} = await mount<NewsArticle>(html`<news-article locale="en" .story=${minimalDocument()}></news-article>`);
    const announced: string[] = [];
    el.addEventListener('news-ready', () => announced.push(part(el, 'base')!.className));
    // A framework changing view and data in one go, before the module has ever loaded.
    el.layout = 'full';
    el.story = await protocolDocument();
    await waitUntil(() => part(el, 'body'), 'the full article is drawn once its module is here');
    await el.updateComplete;
    expect(announced).to.deep.equal(['surface full']);
  });
});
