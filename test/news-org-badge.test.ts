import {expect, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/news-org-badge.js';
import '../src/news-article.js';
import type {NewsOrgBadge} from '../src/news-org-badge/news-org-badge.js';
import type {NewsArticle} from '../src/news-article/news-article.js';
import {initials} from '../src/news-org-badge/org-badge.template.js';
import type {StoryDocument} from '../src/story/types.js';
import {assertNoJunk, expectMarksOnlyBetween, textRects, failed, inEmulatedMedia, langOf, LOCALES, minimalDocument, mount, part, protocolDocument, ready, shadow} from './helpers.js';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function badge(story: StoryDocument, attrs: {locale?: string; variant?: string; org?: string} = {}) {
  const {el, event} = await mount<NewsOrgBadge>(
    html`<news-org-badge .story=${story} locale=${attrs.locale ?? 'fr'} variant=${attrs.variant ?? 'compact'} org=${attrs.org ?? ''}></news-org-badge>`
  );
  return {el, event};
}

const withOrg = (org: Record<string, unknown>) =>
  minimalDocument({organizations: [{id: 'org', name: 'Test Organisation', ...org}]} as Partial<StoryDocument>);

describe('<news-org-badge>', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const variant of ['compact', 'detailed']) {
        it(`is accessible, ${variant}, in ${locale}`, async () => {
          const {el} = await badge(await protocolDocument(), {locale, variant, org: 'ccia'});
          await expect(el).to.be.accessible();
        });
      }
    }

    inEmulatedMedia(() => {
      for (const locale of LOCALES) {
        for (const variant of ['compact', 'detailed']) {
          it(`is accessible in dark mode, ${variant}, in ${locale}, on a page that sets no colours`, async () => {
            await emulateMedia({colorScheme: 'dark'});
            const {el} = await badge(await protocolDocument(), {locale, variant, org: 'ccia'});
            await expect(el).to.be.accessible();
          });
        }
      }

      it('paints its own surface in each variant, so its text keeps its contrast on a page of the other scheme', async () => {
        for (const variant of ['compact', 'detailed']) {
          await emulateMedia({colorScheme: 'light'});
          const light = getComputedStyle(part((await badge(await protocolDocument(), {variant})).el, 'base')!).backgroundColor;
          await emulateMedia({colorScheme: 'dark'});
          const {el} = await badge(await protocolDocument(), {variant});
          const dark = getComputedStyle(part(el, 'base')!).backgroundColor;
          expect(light, variant).to.equal('rgb(255, 255, 255)');
          expect(dark, variant).to.equal('rgb(29, 31, 35)');
          // The test page stays white: a compact badge without a surface of its own shows its
          // light dark-scheme text on it.
          await expect(el, variant).to.be.accessible();
        }
      });
    });
  });

  describe('compact', () => {
    it('shows the first organisation by default: initials and name, not a link without url', async () => {
      const {el} = await badge(await protocolDocument());
      expect(part(el, 'logo')!.textContent).to.equal('AN');
      expect(part(el, 'logo')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(part(el, 'name'))).to.equal('Alliance numérique');
      expect(part(el, 'name')!.localName).to.equal('span');
      expect(part(el, 'facts')).to.equal(null);
    });

    it('shows the organisation named by org, with its short name', async () => {
      const {el} = await badge(await protocolDocument(), {org: 'ccia', locale: 'zh-Hans'});
      // In Chinese, full-width brackets and no space before them.
      expect(text(part(el, 'name'))).to.equal('中国文化产业协会（CCIA）');
      expect(part(el, 'logo')!.textContent).to.equal('CCIA');
    });

    it('reads the protocol story’s short name CCIA in the language of the name around it, in each locale', async () => {
      // The document gives the acronym in each language, so a screen reader does not switch to
      // a French voice for "(CCIA)" in the middle of an English or Chinese name.
      for (const locale of LOCALES) {
        const {el} = await badge(await protocolDocument(), {org: 'ccia', locale});
        const short = part(el, 'name')!.querySelector('abbr')!;
        expect(langOf(short), locale).to.equal(locale);
      }
    });

    it('marks a name shown untranslated with its original lang, so screen readers pronounce it right', async () => {
      const story = minimalDocument({lang: 'fr', organizations: [{id: 'org', name: 'Société des exemples'}]} as Partial<StoryDocument>);
      for (const variant of ['compact', 'detailed']) {
        const {el} = await badge(story, {locale: 'en', variant});
        expect(text(part(el, 'name'))).to.equal('Société des exemples');
        expect(langOf(part(el, 'name')!), variant).to.equal('fr');
      }
      const {el} = await badge(await protocolDocument(), {locale: 'zh-Hans'});
      expect(langOf(part(el, 'name')!)).to.equal('zh-Hans');
    });

    it('marks what it shows in the interface language, not in the locale it was asked for that has none', async () => {
      // A German reader gets the English interface and, of an English story, its original words.
      const story = minimalDocument({organizations: [{id: 'org', name: 'Example Association'}]} as Partial<StoryDocument>);
      const {el} = await badge(story, {locale: 'de'});
      expect(text(part(el, 'name'))).to.equal('Example Association');
      expect(langOf(part(el, 'name')!)).to.equal('en');
    });

    /** A French badge in the middle of a 600 px sentence, shown; `variant` set as an attribute when given. */
    async function badgeInSentence(variant?: string) {
      const sentence = document.createElement('p');
      sentence.style.width = '600px';
      const el = document.createElement('news-org-badge') as NewsOrgBadge;
      el.story = await protocolDocument();
      el.locale = 'fr';
      if (variant !== undefined) el.setAttribute('variant', variant);
      sentence.append('Signé par ', el, ' et la CCIA.');
      const shown = ready(el);
      document.body.append(sentence);
      await shown;
      await el.updateComplete;
      return {el, sentence};
    }

    it('flows inline in the sentence around it', async () => {
      const {el, sentence} = await badgeInSentence();
      try {
        const box = el.getBoundingClientRect();
        const line = sentence.getBoundingClientRect();
        expect(box.left, 'after "Signé par" on its line').to.be.above(line.left + 20);
        expect(box.width).to.be.below(line.width / 2);
      } finally {
        sentence.remove();
      }
    });

    it('sits on the baseline of its sentence, with a logo or with initials', async () => {
      /** Where a zero-size inline-block put in `parent` lands: the baseline of the line it is on. */
      const baselineIn = (parent: Element, where: 'prepend' | 'append') => {
        const marker = document.createElement('span');
        marker.style.cssText = 'display:inline-block;width:0;height:0';
        parent[where](marker);
        const y = marker.getBoundingClientRect().top;
        marker.remove();
        return y;
      };
      const logoLoaded = async (el: NewsOrgBadge) => {
        const logo = part(el, 'logo') as HTMLImageElement;
        if (logo.localName === 'img') await waitUntil(() => logo.complete && logo.naturalWidth > 0, 'the logo loads');
      };
      for (const logo of [undefined, '/test/fixtures/logo.svg', '/test/fixtures/logo-wide.svg']) {
        const {el, sentence} = await badgeInSentence();
        try {
          el.story = withOrg(logo ? {logo} : {});
          await el.updateComplete;
          await logoLoaded(el);
          const name = part(el, 'name')!;
          // Within a pixel: the sentence's words and the organisation's name stand on one line.
          expect(Math.abs(baselineIn(name, 'prepend') - baselineIn(sentence, 'append')), `logo ${logo}`).to.be.below(1.5);
        } finally {
          sentence.remove();
        }
      }
    });

    it('is the compact badge, inline in its sentence, for an empty or unknown variant', async () => {
      for (const variant of ['', 'large']) {
        const {el, sentence} = await badgeInSentence(variant);
        try {
          expect(part(el, 'facts'), variant).to.equal(null);
          const box = el.getBoundingClientRect();
          expect(box.left, `variant="${variant}": after "Signé par" on its line`).to.be.above(sentence.getBoundingClientRect().left + 20);
        } finally {
          sentence.remove();
        }
      }
    });

    it('links the name to the organisation’s url, opened safely, and reachable by keyboard', async () => {
      const {el} = await badge(withOrg({url: 'https://example.org/'}), {locale: 'en'});
      const link = part(el, 'name') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal('https://example.org/');
      expect(link.rel).to.equal('noopener noreferrer');
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).to.equal(link);
      before.remove();
    });

    it('shows the logo image when there is one, with empty alt (the name is beside it)', async () => {
      const {el} = await badge(withOrg({logo: '/test/fixtures/logo.svg'}), {locale: 'en'});
      const logo = part(el, 'logo') as HTMLImageElement;
      expect(logo.localName).to.equal('img');
      expect(logo.getAttribute('alt')).to.equal('');
    });

    it('draws a wide logo (a wordmark) whole, in a box that does not move when it loads', async () => {
      for (const [variant, side] of [['compact', 2], ['detailed', 3]] as const) {
        for (const logo of ['/test/fixtures/logo-wide.svg', '/test/fixtures/logo.svg']) {
          const {el} = await badge(withOrg({logo: `${logo}?${variant}`}), {locale: 'en', variant});
          const img = part(el, 'logo') as HTMLImageElement;
          const em = parseFloat(getComputedStyle(img).fontSize);
          const box = () => {
            const {width, height} = img.getBoundingClientRect();
            return [Math.round(width / em), Math.round(height / em)];
          };
          const before = img.complete ? undefined : box();
          await waitUntil(() => img.complete && img.naturalWidth > 0, 'the logo loads', {timeout: 5000});
          expect(box(), `${variant} ${logo}: the mark's box`).to.deep.equal([side, side]);
          if (before) expect(before, `${variant} ${logo}: the same before it loads`).to.deep.equal([side, side]);
          // Contained, and not cut round: a round mask cut the ends off a wordmark.
          expect(getComputedStyle(img).objectFit).to.equal('contain');
          expect(parseFloat(getComputedStyle(img).borderTopLeftRadius), 'corners softened, not cut round').to.be.below(em / 2);
        }
      }
    });

    describe('a logo that does not load gives way to the initials (story-format: "the badge falls back to initials")', () => {
      /** The marks a reader sees: 'img' for the logo, else the initials' text. */
      const shownMarks = (root: Element) =>
        [...shadow(root).querySelectorAll('[part~="logo"]')].filter((mark) => mark.checkVisibility()).map((mark) => (mark.localName === 'img' ? 'img' : mark.textContent));
      // Ended: drawn, or its error handled (complete comes a task before the error event, which
      // hides it: read between the two, a failed logo still looked shown).
      const loaded = (root: Element) => [...shadow(root).querySelectorAll('img')].every((img) => img.complete && (img.naturalWidth > 0 || img.hidden));
      for (const variant of ['compact', 'detailed']) {
        it(`${variant}: the initials when the logo fails, the logo alone when it loads`, async () => {
          const {el} = await badge(withOrg({logo: '/test/fixtures/no-such-logo.svg'}), {locale: 'en', variant});
          await waitUntil(() => loaded(el), 'the logo request ends', {timeout: 5000});
          expect(shownMarks(el)).to.deep.equal(['TO']);
          await expect(el).to.be.accessible();
          const {el: good} = await badge(withOrg({logo: '/test/fixtures/logo.svg'}), {locale: 'en', variant});
          await waitUntil(() => loaded(good), 'the logo loads', {timeout: 5000});
          expect(shownMarks(good)).to.deep.equal(['img']);
        });
      }
      it("in a card's organisations, and the logo again once a new story's logo loads", async () => {
        const {el} = await mount<NewsArticle>(html`<news-article .story=${withOrg({logo: '/test/fixtures/no-such-logo.svg'})} locale="en"></news-article>`);
        await waitUntil(() => loaded(el), 'the logo request ends', {timeout: 5000});
        expect(shownMarks(el)).to.deep.equal(['TO']);
        el.story = withOrg({logo: '/test/fixtures/logo.svg?again'});
        await waitUntil(() => shownMarks(el).join() === 'img', 'the new logo shown, the initials hidden', {timeout: 5000});
      });
    });

    it('drops a logo or url with a forbidden scheme', async () => {
      const {el} = await badge(withOrg({url: 'javascript:alert(1)', logo: 'data:image/svg+xml,<svg/>'}), {locale: 'en'});
      expect(part(el, 'name')!.localName).to.equal('span');
      expect(part(el, 'logo')!.localName).to.equal('span');
      expect(shadow(el).querySelector('[href^="javascript"], [src^="data"]')).to.equal(null);
    });
  });

  describe('detailed', () => {
    it('shows kind, region, member count and description in French', async () => {
      const {el} = await badge(await protocolDocument(), {variant: 'detailed'});
      const facts = [...part(el, 'facts')!.children].map((span) => span.textContent);
      expect(facts).to.deep.equal(['Regroupement industriel', 'Québec', '200\u00a0entreprises membres']);
      expect(text(part(el, 'description'))).to.contain('nouveaux médias');
      assertNoJunk(el);
    });

    it('draws a · between two facts on one line, and none at the end of a line, at every width', async function () {
      // Each mark is read from the pixels, a screenshot each: some 140 of them, which took over
      // mocha's 10 s once on a busy machine (the catalogue's tests running beside it).
      this.timeout(60_000);
      // Drawn after each fact but the last, the · stood alone at a line's end whenever the next
      // fact went to the next line: "Québec ·" in the demo at most widths.
      const counts = {shared: 0, apart: 0};
      for (const locale of LOCALES) {
        const {el} = await badge(await protocolDocument(), {variant: 'detailed', locale});
        for (let width = 240; width <= 520; width += 40) {
          el.style.display = 'block';
          el.style.width = `${width}px`;
          await el.updateComplete;
          window.scrollTo(0, 0);
          const {shared, apart} = await expectMarksOnlyBetween(part(el, 'facts')!);
          counts.shared += shared;
          counts.apart += apart;
        }
        el.remove();
      }
      // Both cases met: facts beside each other and facts on lines of their own.
      expect(counts.shared, 'pairs of facts on one line').to.be.above(5);
      expect(counts.apart, 'pairs of facts on two lines').to.be.above(5);
    });

    it('keeps the · apart from the facts with the text spacing a reader may set (WCAG 1.4.12), and takes in their word spacing', async function () {
      this.timeout(60_000); // some 50 screenshots, as above
      // Widened by word spacing, the gap lost its width to the reader's (set !important), and
      // the · ran into the fact before it: "industriel·Québec".
      const spacing = new CSSStyleSheet();
      spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }');
      const {el} = await badge(await protocolDocument(), {variant: 'detailed'});
      shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, spacing];
      let shared = 0;
      for (let width = 280; width <= 600; width += 40) {
        el.style.display = 'block';
        el.style.width = `${width}px`;
        window.scrollTo(0, 0);
        shared += (await expectMarksOnlyBetween(part(el, 'facts')!)).shared;
      }
      expect(shared, 'pairs of facts on one line').to.be.above(3);
      // A reader's word spacing, set on the page and inherited, reaches the facts' words.
      const page = document.createElement('div');
      page.style.wordSpacing = '8px';
      document.body.append(page);
      try {
        const {el: spaced} = await mount<NewsOrgBadge>(html`<news-org-badge .story=${await protocolDocument()} locale="fr" variant="detailed"></news-org-badge>`, page);
        for (const fact of part(spaced, 'facts')!.children) expect(getComputedStyle(fact).wordSpacing, fact.textContent!).to.equal('8px');
      } finally {
        page.remove();
      }
    });

    it('breaks a fact longer than a narrow column rather than cut it off', async () => {
      // Each fact is kept whole on its line where it fits; "200 entreprises membres" (joined by a
      // no-break space) in a 200 px sidebar lost its ends: "200 entrepris".
      for (const locale of ['fr', 'en']) {
        const {el} = await badge(await protocolDocument(), {variant: 'detailed', locale});
        for (const width of [160, 200, 240]) {
          el.style.display = 'block';
          el.style.width = `${width}px`;
          const facts = part(el, 'facts')!;
          const right = facts.getBoundingClientRect().right;
          for (const fact of facts.children) {
            const ends = Math.max(...textRects(fact).map((r) => r.right));
            expect(ends, `${locale}, ${width} px: "${fact.textContent}" ends inside its column`).to.be.at.most(right + 0.5);
          }
        }
        el.remove();
      }
    });

    it('says when its kind, region, members or description are shown in translation; a compact badge, a name alone, does not', async () => {
      const story = await protocolDocument();
      const credit = async (locale: string, variant = 'detailed') => part((await badge(story, {variant, locale})).el, 'translation-note');
      expect(text(await credit('en'))).to.equal('Translated from French');
      expect(text(await credit('zh-Hans'))).to.equal('译自法语');
      expect(await credit('fr'), 'in the original').to.equal(null);
      expect(await credit('zh-Hans', 'compact')).to.equal(null);
      // A description alone translated is credited; an organisation with nothing translated is not.
      const described = withOrg({lang: 'fr', kind: 'Association', description: {fr: 'Un regroupement.', en: 'A group.'}});
      expect(text(part((await badge({...described, lang: 'fr'}, {variant: 'detailed', locale: 'en'})).el, 'translation-note'))).to.equal('Translated from French');
      expect(part((await badge({...withOrg({kind: 'Association'}), lang: 'fr'}, {variant: 'detailed', locale: 'en'})).el, 'translation-note')).to.equal(null);
    });

    it('says 200 member companies in English and 200家会员企业 in Chinese', async () => {
      const en = await badge(await protocolDocument(), {variant: 'detailed', locale: 'en'});
      expect(part(en.el, 'facts')!.textContent).to.contain('200\u00a0member companies');
      const zh = await badge(await protocolDocument(), {variant: 'detailed', locale: 'zh-CN'});
      expect(part(zh.el, 'facts')!.textContent).to.contain('200家会员企业');
    });

    it('spaces a count and its unit as the unit’s language writes them, whatever the reader’s', async () => {
      // A French unit shown untranslated to a Chinese reader keeps its space ...
      const french = minimalDocument({lang: 'fr', headline: 'Titre', organizations: [{id: 'org', name: 'Org', members: {count: 200, unit: 'entreprises membres'}}]});
      const zh = await badge(french, {variant: 'detailed', locale: 'zh-Hans'});
      expect(part(zh.el, 'facts')!.textContent).to.contain('200\u00a0entreprises membres');
      // ... and a Chinese unit shown untranslated to an English reader joins its count.
      const chinese = minimalDocument({lang: 'zh-Hans', headline: '标题', organizations: [{id: 'org', name: '协会', members: {count: 200, unit: '家会员企业'}}]});
      const en = await badge(chinese, {variant: 'detailed', locale: 'en'});
      expect(part(en.el, 'facts')!.textContent).to.contain('200家会员企业');
    });

    it('writes Japanese as Chinese: a count joined to its counter word, full-width brackets around a short name', async () => {
      const japanese = minimalDocument({
        lang: 'ja',
        headline: '見出し',
        organizations: [{id: 'org', name: '日本ゲーム協会', shortName: 'JGA', members: {count: 200, unit: '社'}}],
      });
      const {el} = await badge(japanese, {variant: 'detailed', locale: 'en'});
      expect(part(el, 'facts')!.textContent).to.contain('200社');
      expect(text(part(el, 'name'))).to.equal('日本ゲーム協会（JGA）');
    });

    it('pluralises a count without a unit through Intl', async () => {
      const cases: [number, string, string][] = [
        [0, 'fr', '0\u00a0membre'],
        [1, 'fr', '1\u00a0membre'],
        [2, 'fr', '2\u00a0membres'],
        [1, 'en', '1\u00a0member'],
        [0, 'en', '0\u00a0members'],
        [12000, 'en', '12,000\u00a0members'],
        [12000, 'zh-Hans', '12,000个成员'],
      ];
      for (const [count, locale, expected] of cases) {
        const {el} = await badge(withOrg({members: {count}}), {variant: 'detailed', locale});
        expect(part(el, 'facts')!.textContent).to.equal(expected);
      }
    });

    it('marks kind, region and description shown untranslated with their original lang', async () => {
      const story = minimalDocument({
        lang: 'fr',
        headline: 'Titre',
        organizations: [{id: 'org', name: 'Org', kind: 'Regroupement industriel', region: 'Québec', description: 'Une description en français.'}],
      } as Partial<StoryDocument>);
      const {el} = await badge(story, {variant: 'detailed', locale: 'en'});
      const facts = [...part(el, 'facts')!.children].map((span) => [span.textContent, langOf(span)]);
      expect(facts).to.deep.equal([
        ['Regroupement industriel', 'fr'],
        ['Québec', 'fr'],
      ]);
      expect(langOf(part(el, 'description')!)).to.equal('fr');
    });

    it('marks the member count in the language of its words: its unit’s, else the interface’s', async () => {
      // A French unit with no Chinese translation, shown to a Chinese reader.
      const french = minimalDocument({lang: 'fr', headline: 'Titre', organizations: [{id: 'org', name: 'Org', members: {count: 200, unit: 'entreprises membres'}}]});
      const unit = await badge(french, {variant: 'detailed', locale: 'zh-Hans'});
      const count = part(unit.el, 'facts')!.lastElementChild!;
      expect(count.textContent).to.equal('200\u00a0entreprises membres');
      expect(langOf(count)).to.equal('fr');
      const bare = minimalDocument({lang: 'fr', headline: 'Titre', organizations: [{id: 'org', name: 'Org', members: {count: 200}}]} as Partial<StoryDocument>);
      const en = await badge(bare, {variant: 'detailed', locale: 'en'});
      expect(part(en.el, 'facts')!.textContent).to.equal('200\u00a0members');
      expect(langOf(part(en.el, 'facts')!.lastElementChild!)).to.equal('en');
    });

    it('groups the digits of a count as its unit’s language does, when the unit is not in the reader’s', async () => {
      // "12,000 entreprises membres" marked French would read as 12 to a French reader.
      const story = minimalDocument({lang: 'fr', headline: 'Titre', organizations: [{id: 'org', name: 'Org', members: {count: 12000, unit: 'entreprises membres'}}]});
      for (const locale of ['de', 'zh-TW', 'en']) {
        const {el} = await badge(story, {variant: 'detailed', locale});
        expect(part(el, 'facts')!.lastElementChild!.textContent, locale).to.equal('12\u202f000\u00a0entreprises membres');
        el.remove();
      }
      // A German unit on a German page, whose interface (and so its formatting) is English's.
      const german = minimalDocument({lang: 'de', headline: 'Titel', organizations: [{id: 'org', name: 'Verband', members: {count: 12000, unit: 'Mitgliedsunternehmen'}}]});
      const {el} = await badge(german, {variant: 'detailed', locale: 'de'});
      expect(part(el, 'facts')!.lastElementChild!.textContent).to.equal('12.000\u00a0Mitgliedsunternehmen');
    });

    it('separates kind, region and member count with a middle dot for the eye, a comma for screen readers', async () => {
      const {el} = await badge(await protocolDocument(), {variant: 'detailed'});
      // Drawn before each fact but the first, in the space between them (and so only where two
      // share a line: see "at every width" above).
      const before = [...part(el, 'facts')!.children].map((span) => getComputedStyle(span, '::before').content);
      // Its alternative text, after the /, is what screen readers read: a pause, not "middle dot"
      // (screen-reader-text.test.ts). The space before it is in the markup, where copied text and
      // screen readers get it too, so the mark has none of its own to swallow it.
      expect(before).to.deep.equal(['none', '"·" / ", "', '"·" / ", "']);
    });

    it('draws kind, region and member count in --news-muted-color, set on any ancestor', async () => {
      const box = document.createElement('div');
      box.style.setProperty('--news-muted-color', 'rgb(120, 30, 60)');
      document.body.append(box);
      try {
        const {el} = await mount<NewsOrgBadge>(html`<news-org-badge .story=${await protocolDocument()} locale="fr" variant="detailed"></news-org-badge>`, box);
        for (const span of part(el, 'facts')!.children) expect(getComputedStyle(span).color, span.textContent!).to.equal('rgb(120, 30, 60)');
      } finally {
        box.remove();
      }
    });

    it('sets the mark beside the name and facts, not above them', async () => {
      const {el} = await badge(await protocolDocument(), {variant: 'detailed'});
      const mark = part(el, 'logo')!.getBoundingClientRect();
      const name = part(el, 'name')!.getBoundingClientRect();
      expect(name.left).to.be.at.least(mark.right);
      expect(name.top).to.be.below(mark.bottom);
    });

    it('leaves out what the organisation does not state', async () => {
      const {el} = await badge(withOrg({}), {variant: 'detailed', locale: 'en'});
      expect(part(el, 'facts')).to.equal(null);
      expect(part(el, 'description')).to.equal(null);
      expect(text(part(el, 'name'))).to.equal('Test Organisation');
      assertNoJunk(el);
    });
  });

  describe('bad input', () => {
    it('fires not-found for an unknown org id, with a localised message', async () => {
      const {el, event} = await badge(await protocolDocument(), {org: 'nobody', locale: 'fr'});
      expect(event.type).to.equal('news-error');
      expect((event as CustomEvent).detail.code).to.equal('not-found');
      expect((event as CustomEvent).detail.message).to.contain('nobody');
      expect(text(part(el, 'error'))).to.contain('L’article ne contient pas');
    });

    it('fires not-found for an id that only resembles one in the story, never showing another organisation', async () => {
      // The story has "alliance-numerique" and "ccia".
      for (const org of ['alliance', 'CCIA', 'cci', 'ccia ']) {
        const {el, event} = await badge(await protocolDocument(), {org, locale: 'en'});
        expect(event.type, org).to.equal('news-error');
        expect((event as CustomEvent).detail.code, org).to.equal('not-found');
        expect(part(el, 'name'), org).to.equal(null);
      }
    });

    it('fails mid-sentence in about a line of the sentence, not in a card-sized box', async () => {
      const sentence = document.createElement('p');
      sentence.style.cssText = 'width: 40rem; font: 16px/1.5 sans-serif';
      sentence.append('Signed by ', document.createElement('news-org-badge'), ' in Beijing.');
      const el = sentence.querySelector('news-org-badge')!;
      Object.assign(el, {story: await protocolDocument(), org: 'nobody', locale: 'en'});
      const failing = failed(el);
      document.body.append(sentence);
      try {
        await failing;
        await el.updateComplete;
        expect(text(part(el, 'error'))).to.contain('does not contain');
        // One line of text (about 21 px at 0.875em) and the badge's own padding; a card's box is 58 px.
        expect(el.getBoundingClientRect().height).to.be.below(36);
        await expect(el).to.be.accessible();
      } finally {
        sentence.remove();
      }
    });

    it('fires not-found for a story without organisations', async () => {
      const {event} = await badge(minimalDocument());
      expect((event as CustomEvent).detail.code).to.equal('not-found');
    });
  });

  describe('initials', () => {
    it('takes a name’s capitalised words over its small ones: Ministère de la Culture is MC', () => {
      expect(initials('Ministère de la Culture')).to.equal('MC');
    });

    it('stands for a name with up to two letters, an acronym, or a Chinese character', () => {
      expect(initials('Alliance numérique')).to.equal('AN');
      expect(initials('Chinese Cultural Industry Association')).to.equal('CC');
      expect(initials('CCIA')).to.equal('CCIA');
      expect(initials('中国文化产业协会')).to.equal('中');
      expect(initials('société')).to.equal('S');
      expect(initials('…')).to.equal('?');
    });

    it('reads an acronym without its dots, dashes or symbols, rather than losing its letters', () => {
      expect(initials('C.C.I.A.')).to.equal('CCIA');
      expect(initials('AN-Q')).to.equal('ANQ');
      expect(initials('RSQ 🎮')).to.equal('RSQ');
      // Words are still words: their first letters.
      expect(initials('Game Developers Guild')).to.equal('GD');
    });

    it('keeps a letter with its accent or vowel sign, however the name is encoded', () => {
      // Decomposed (NFD), as files written on macOS often are: "É" is E and a combining accent.
      expect(initials('Société générale'.normalize('NFD'))).to.equal('SG');
      expect(initials('École nationale d’administration'.normalize('NFD'))).to.equal('ÉN');
      expect(initials('École nationale d’administration')).to.equal('ÉN');
      // A vowel sign belongs to its consonant: भा, not भ; and it does not split the word.
      expect(initials('भारतीय उद्योग परिसंघ')).to.equal('भाउ');
      // An acronym is kept as it is, decomposed or not.
      expect(initials('ÖBB'.normalize('NFD'))).to.equal('ÖBB');
    });
  });
});

// The card and the timeline draw their badges from compactBadgeItem, which writes out the markup
// of renderCompactBadge (what <news-org-badge> draws) for speed: the two must not drift apart.
describe('the compact badge, in a card and on its own', () => {
  const cases = [
    {logo: false, url: false},
    {logo: true, url: false},
    {logo: false, url: true},
    {logo: true, url: true},
  ];
  for (const {logo, url} of cases) {
    it(`is the same markup (logo: ${logo}, url: ${url})`, async () => {
      const story = minimalDocument({
        organizations: [
          {
            id: 'org',
            name: 'Organisation des exemples',
            shortName: 'ODE',
            ...(logo ? {logo: '/test/fixtures/logo.svg'} : {}),
            ...(url ? {url: 'https://example.org/'} : {}),
          },
        ],
      });
      const {el: card} = await mount<HTMLElement & {updateComplete: Promise<unknown>}>(html`<news-article locale="fr" .story=${story}></news-article>`);
      const {el: badge} = await mount<NewsOrgBadge>(html`<news-org-badge locale="fr" .story=${story}></news-org-badge>`);
      const markup = (el: Element) => shadow(el).querySelector('[part~="badge"]')!.outerHTML.replace(/<!--[^]*?-->/g, '');
      expect(markup(card)).to.equal(markup(badge));
      expect(markup(card)).to.contain(logo ? '<img' : 'initials');
      expect(markup(card)).to.contain(url ? '<a part="name"' : '<span part="name"');
    });
  }
});
