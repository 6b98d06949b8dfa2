import {expect, fixture, html} from '@open-wc/testing';
import '../src/news-org-badge.js';
import type {NewsOrgBadge} from '../src/news-org-badge/news-org-badge.js';
import {failed, mount, protocolDocument, renderedText, shadow} from './helpers.js';

describe('<news-org-badge>', () => {
  describe('rendering', () => {
    it('shows the first organisation by default, with its initials', async () => {
      const story = await protocolDocument();
      const el = await fixture<NewsOrgBadge>(html`<news-org-badge lang="fr" .story=${story}></news-org-badge>`);
      await el.updateComplete;
      expect(renderedText(el)).to.contain('Alliance numérique');
      expect(shadow(el).querySelector('[part~="logo"]')!.textContent).to.equal('AN');
    });

    it('fires not-found for an unknown org id', async () => {
      const story = await protocolDocument();
      const el = document.createElement('news-org-badge') as NewsOrgBadge;
      el.org = 'nobody';
      el.story = story;
      const error = failed(el);
      document.body.append(el);
      expect((await error).detail.code).to.equal('not-found');
      el.remove();
    });

    it('renders in Chinese with the counter word', async () => {
      const story = await protocolDocument();
      const {el} = await mount<NewsOrgBadge>(html`<news-org-badge locale="zh-Hans" variant="detailed" .story=${story}></news-org-badge>`);
      expect(renderedText(el)).to.contain('200家会员企业');
    });
  });
});
