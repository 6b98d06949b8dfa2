import {expect} from '@open-wc/testing';
import '../src/index.js';
import {part, protocolDocument, ready} from './helpers.js';

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

describe('in the layouts pages put an embed in', () => {
  let page: HTMLElement;
  beforeEach(() => {
    page = document.createElement('div');
    page.style.width = '800px';
    document.body.append(page);
  });
  afterEach(() => page.remove());

  for (const [tag, attributes] of embeds) {
    const name = `<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}>`;
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
