import {expect} from '@open-wc/testing';
import '../src/index.js';
import {drawStory, part, parts, protocolDocument, ready, textRange, type DrawnElement} from './helpers.js';

/**
 * The layouts pages put an embed in, where the box is as wide as its content rather than as its
 * column: a pull-quote floated beside the text, a centred flex row, a grid's `auto` column, an
 * inline block. A size container (container-type: inline-size) has no content width of its own,
 * so it collapsed there to a strip one letter wide and thousands of pixels tall.
 */
const places: [name: string, style: string, box?: string][] = [
  ['floated beside the text', 'float: right; max-width: 300px'],
  ['in a centred flex row', '', 'display: flex; justify-content: center'],
  ['in a grid column sized by its content', '', 'display: grid; grid-template-columns: auto 1fr'],
  ['in an inline block', 'display: inline-block'],
  ['at its content width', 'width: fit-content'],
];

const embeds: [tag: string, attributes: Record<string, string>][] = [
  ['news-article', {}],
  ['news-article', {layout: 'full'}],
  ['news-pull-quote', {}],
  ['news-org-badge', {variant: 'detailed'}],
  ['news-org-badge', {}],
  ['news-timeline', {}],
  ['news-timeline', {orientation: 'horizontal'}],
];

/** The element as a page writes it: `<news-timeline orientation="horizontal">`. */
const written = (tag: string, attributes: Record<string, string>) =>
  `<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}>`;

describe('in the layouts pages put an embed in', () => {
  let page: HTMLElement;
  beforeEach(() => {
    page = document.createElement('div');
    page.style.width = '800px';
    document.body.append(page);
  });
  afterEach(() => page.remove());

  for (const [tag, attributes] of embeds) {
    const name = written(tag, attributes);
    for (const [where, style, box] of places) {
      it(`${name} ${where} is wide enough to read`, async () => {
        const el = document.createElement(tag) as HTMLElement & {story: unknown};
        el.setAttribute('locale', 'en');
        for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
        el.setAttribute('style', style);
        el.story = await protocolDocument();
        const around = document.createElement('div');
        around.setAttribute('style', box ?? '');
        const text = Object.assign(document.createElement('p'), {textContent: 'The page’s own text. '.repeat(20)});
        // The page's text beside a floated element, after the others.
        const floated = style.startsWith('float');
        around.append(...(floated ? [el, text] : [el]));
        const shown = ready(el);
        page.append(around, ...(floated ? [] : [text]));
        await shown;
        const {width, height} = el.getBoundingClientRect();
        // A compact badge is a few words on one line; everything else at least a phone's column.
        expect(width, 'width').to.be.at.least(Object.keys(attributes).length === 0 && tag === 'news-org-badge' ? 60 : 240);
        expect(height, 'height').to.be.below(tag === 'news-article' && attributes.layout ? 9000 : 2000);
        expect(part(el, 'base')!.getBoundingClientRect().width, 'drawn as wide as the element').to.be.closeTo(width, 1);
      });
    }
  }
});

/** Draws `tag` (in English, with these attributes) and the protocol story inside `container`, already in the page. */
const drawIn = async (container: HTMLElement, tag: string, attributes: Record<string, string> = {}) =>
  drawStory(tag, attributes, await protocolDocument(), container);

// Pages as site owners have them: their own text settings (indent, nowrap, centring, capitals, a
// 10 px root, right to left), large text, narrow columns, flex and grid rows.
describe('on the pages site owners have', () => {
  let page: HTMLElement;
  afterEach(() => page.remove());

  // What a page sets for its own text, inherited by everything in it: a French paragraph indent,
  // a Bootstrap .text-nowrap or .text-center, capitals in a heading style.
  for (const [tag, attributes] of embeds) {
    it(`${written(tag, attributes)} stays within its column, its lines wrapped from their start, its words as written`, async () => {
      page = Object.assign(document.createElement('div'), {style: 'width: 400px; text-indent: 3em; white-space: nowrap; text-align: center; text-transform: uppercase'});
      document.body.append(page);
      const el = await drawIn(page, tag, attributes);
      const compact = tag === 'news-org-badge' && !attributes.variant;
      expect(el.getBoundingClientRect().width, 'px wide').to.be.at.most(400);
      const base = part(el, 'base')!;
      expect(base.scrollWidth, 'no line runs past the element').to.be.at.most(base.clientWidth + 1);
      for (const node of el.shadowRoot!.querySelectorAll('h2, h3, p, li, blockquote, figcaption, span, a')) {
        const style = getComputedStyle(node);
        // The timeline's status words are capitals of its own, in every language.
        if (!node.matches('[part~="status"]')) expect(style.textTransform, `${node.localName}'s letters`).to.equal('none');
        expect(style.textIndent, `${node.localName}'s indent`).to.equal('0px');
        // From the start of the line, not centred like the page: 'start', or 'left' where the
        // browser gives a list item its parent's alignment, computed against the element's
        // left-to-right direction (Firefox's li { text-align: match-parent }), which the words
        // in it inherit.
        expect(style.textAlign, `${node.localName}'s alignment`).to.be.oneOf(['start', 'left']);
      }
      if (!compact) {
        // Long texts wrap: the headline, quote or description takes more than one line.
        const longest = [...el.shadowRoot!.querySelectorAll('h2, blockquote, p')].sort((a, b) => b.textContent!.length - a.textContent!.length)[0];
        expect(longest.getBoundingClientRect().height, 'the longest text, wrapped').to.be.above(40);
      }
    });
  }

  // WCAG 1.4.10, reflow: on a 320 px phone with text at 200%, nothing scrolls sideways.
  for (const [tag, attributes] of [
    ['news-article', {}],
    ['news-article', {layout: 'full'}],
    ['news-org-badge', {org: 'ccia'}],
    ['news-timeline', {}],
  ] as [string, Record<string, string>][]) {
    it(`${written(tag, attributes)} in a 288 px column of 32 px text runs nothing past the column`, async () => {
      page = Object.assign(document.createElement('div'), {style: 'width: 288px; font-size: 32px'});
      document.body.append(page);
      const el = await drawIn(page, tag, attributes);
      const column = page.getBoundingClientRect();
      const boxes = [el, part(el, 'base')!, ...parts(el, 'badge'), ...el.shadowRoot!.querySelectorAll('li')];
      for (const box of boxes) {
        const what = `${box.localName}${box.getAttribute('part') ? `[part=${box.getAttribute('part')}]` : ''}`;
        expect(box.getBoundingClientRect().right, `${what}'s right edge`).to.be.at.most(column.right + 1);
      }
    });
  }

  it('an organisation’s name of one very long word breaks inside a narrow column rather than run past it', async () => {
    page = Object.assign(document.createElement('div'), {style: 'width: 200px'});
    document.body.append(page);
    const story = await protocolDocument();
    story.organizations![1].name = 'Internationalecommunicationsandculturalindustriesassociation';
    const el = await drawStory('news-article', {}, story, page);
    for (const badge of parts(el, 'badge')) expect(badge.getBoundingClientRect().right, 'the badge’s right edge').to.be.at.most(page.getBoundingClientRect().right + 1);
  });

  it('a full article whose organisations come last ends at its padding, with no margin left under them', async () => {
    // In French the story is shown in its own words: no source line follows the organisations.
    page = Object.assign(document.createElement('div'), {style: 'width: 800px'});
    document.body.append(page);
    const el = await drawStory('news-article', {layout: 'full', locale: 'fr'}, await protocolDocument(), page);
    const base = part(el, 'base')!;
    expect(part(el, 'source'), 'no source line').to.equal(null);
    const list = parts(el, 'organizations').at(-1)!;
    const {paddingBottom, borderBottomWidth} = getComputedStyle(base);
    const under = base.getBoundingClientRect().bottom - list.getBoundingClientRect().bottom;
    expect(under, 'px between the list and the article’s edge').to.be.closeTo(parseFloat(paddingBottom) + parseFloat(borderBottomWidth), 1);
  });

  it('a compact badge beside a long paragraph in a flex row keeps each word of its name whole', async () => {
    page = Object.assign(document.createElement('div'), {style: 'width: 600px; display: flex; gap: 1em'});
    document.body.append(page);
    const el = await drawIn(page, 'news-org-badge', {org: 'ccia'});
    page.append(Object.assign(document.createElement('p'), {textContent: 'The page’s own paragraph, long enough to take all the room a flex row gives. '.repeat(8)}));
    const name = part(el, 'name')!;
    const text = [...name.childNodes].find((node): node is Text => node instanceof Text && node.data.trim() !== '')!;
    for (const match of text.data.matchAll(/\S+/g)) {
      const lines = textRange(text, match.index!, match.index! + match[0].length).getClientRects().length;
      expect(lines, `"${match[0]}" drawn on as many lines`).to.equal(1);
    }
  });

  it('in a grid row, the README’s rule draws each element to the height of its cell, as the cards beside it are', async () => {
    page = Object.assign(document.createElement('div'), {style: 'width: 900px; display: grid; grid-template-columns: repeat(3, 1fr); gap: 1em'});
    const rule = Object.assign(document.createElement('style'), {
      textContent: ':is(news-article, news-pull-quote, news-org-badge)::part(base) { min-height: 100%; }',
    });
    document.head.append(rule);
    document.body.append(page);
    try {
      const elements = [
        await drawIn(page, 'news-article'),
        await drawIn(page, 'news-pull-quote'),
        await drawIn(page, 'news-org-badge', {variant: 'detailed'}),
      ];
      const row = Math.max(...elements.map((el) => el.getBoundingClientRect().height));
      for (const el of elements) expect(part(el, 'base')!.getBoundingClientRect().height, el.localName).to.be.closeTo(row, 1);
      // In a box of fixed height, an element still grows with its content (the box scrolls).
      elements[0].style.cssText = 'height: 150px; overflow: auto';
      expect(part(elements[0], 'base')!.getBoundingClientRect().height, 'px tall in a 150 px box').to.be.above(300);
    } finally {
      rule.remove();
    }
  });

  it('on a right-to-left page, an element is laid out in its own languages’ direction: steps left to right, the quote’s rule on the left', async () => {
    page = Object.assign(document.createElement('div'), {dir: 'rtl', lang: 'ar', style: 'width: 1000px'});
    document.body.append(page);
    const horizontal = await drawIn(page, 'news-timeline', {orientation: 'horizontal'});
    const lefts = parts(horizontal, 'step').map((step) => step.getBoundingClientRect().left);
    expect(lefts, 'the steps’ left edges, in order').to.deep.equal([...lefts].sort((a, b) => a - b));
    expect(lefts[0]).to.be.below(lefts[2]);
    const quote = await drawIn(page, 'news-pull-quote');
    expect(getComputedStyle(part(quote, 'base')!).borderLeftWidth, 'the rule on the left').to.equal('4px');
    const card = await drawIn(page, 'news-article');
    expect(part(card, 'expand')!.getBoundingClientRect().left, 'Read more under the start of the text').to.be.closeTo(part(card, 'headline')!.getBoundingClientRect().left, 1);
    // The page's own words, shown until the story comes, keep the page's direction: they do not
    // move to the other side when the element is defined.
    const waiting = document.createElement('news-article');
    waiting.innerHTML = '<a href="/news/1">الخبر</a>';
    page.append(waiting);
    await (waiting as DrawnElement).updateComplete;
    expect(part(waiting, 'fallback')!.checkVisibility(), 'the fallback shown').to.equal(true);
    expect(getComputedStyle(waiting.querySelector('a')!).direction).to.equal('rtl');
  });

  it('the fallback, the page’s own words, keeps the page’s text settings while it shows: it does not change when the element is defined', async () => {
    page = Object.assign(document.createElement('div'), {style: 'width: 600px; text-align: center; text-transform: uppercase; text-indent: 2em'});
    document.body.append(page);
    const waiting = document.createElement('news-article') as DrawnElement;
    waiting.innerHTML = '<a href="/news/1">Read the story on our site</a>';
    page.append(waiting);
    await waiting.updateComplete;
    expect(part(waiting, 'fallback')!.checkVisibility(), 'the fallback shown').to.equal(true);
    const style = getComputedStyle(waiting.querySelector('a')!);
    expect([style.textAlign, style.textTransform, style.textIndent]).to.deep.equal(['center', 'uppercase', '32px']);
  });

  it('on a page whose root font size is 10 px (a common reset), the spacing follows the element’s own text size', async () => {
    document.documentElement.style.fontSize = '10px';
    page = Object.assign(document.createElement('div'), {style: 'width: 320px; font-size: 16px'});
    document.body.append(page);
    try {
      const el = await drawIn(page, 'news-article');
      const base = getComputedStyle(part(el, 'base')!);
      expect(base.paddingTop, 'padding, as 1 em of its 16 px text').to.equal('16px');
      expect(base.borderTopLeftRadius).to.equal('8px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
