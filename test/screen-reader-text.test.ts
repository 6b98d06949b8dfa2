/**
 * What a screen reader reads of each element, from Chromium's accessibility tree: the words, and
 * none of the marks drawn for the eye (the ▾ of "Read more", the · between a dateline and a date,
 * the — before a speaker), which a screen reader would read out as "black down-pointing small
 * triangle" or "middle dot".
 */
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import type {StoryDocument} from '../src/story/types.js';
import {drawStory, protocolDocument, shadow} from './helpers.js';

const names = () => executeServerCommand<[role: string, name: string, description: string][], undefined>('accessibility-names');
const DECORATION = /[▾▴]|^\s*[·—]\s*$/;

/** A story with a dateline, a date on the story and on a step, and detailed badges' facts. */
async function richStory(): Promise<StoryDocument> {
  const story = await protocolDocument();
  story.dateline = {fr: 'Montréal', en: 'Montreal', 'zh-Hans': '蒙特利尔'};
  story.published = '2012-11-20';
  story.timeline!.steps[0].date = '2012-11-20';
  return story;
}

const draw = async (tag: string, attributes: Record<string, string>) => drawStory(tag, attributes, await richStory());

describe('what a screen reader reads', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('news-article, news-pull-quote, news-org-badge, news-timeline')) el.remove();
  });

  it('names the card’s button "Read more", then "Show less", without the arrow drawn beside it, and describes it by the headline', async () => {
    const el = await draw('news-article', {});
    const headline = (await protocolDocument()).headline as Record<string, string>;
    // A page of cards has as many "Read more" buttons: the description tells them apart.
    expect((await names()).filter(([role]) => role === 'button').map(([, name, description]) => [name, description])).to.deep.equal([
      ['Read more', headline.en],
    ]);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part~="expand"]')!;
    button.click();
    // The details' code loads first.
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'expanded');
    await el.updateComplete;
    expect((await names()).filter(([role]) => role === 'button').map(([, name]) => name)).to.include('Show less');
  });

  it('describes each "Show the original" button by its quote’s speaker, so that a page of quotes’ buttons can be told apart', async () => {
    await drawStory('news-pull-quote', {quote: 'landry-market', locale: 'zh-Hans'}, await protocolDocument());
    const buttons = (await names()).filter(([role]) => role === 'button');
    expect(buttons.map(([, name, description]) => [name, description])).to.deep.equal([['显示原文', (await names()).find(([role]) => role === 'figure')![1]]]);
    expect(buttons[0][2]).to.contain('塞尔日·兰德里');
  });

  it('pauses between a step’s status and its date, which would otherwise read as one phrase ("Done Date not stated")', async () => {
    await drawStory('news-timeline', {}, await protocolDocument());
    const texts = (await names()).filter(([role]) => role === 'StaticText').map(([, name]) => name);
    const date = texts.indexOf('Date not stated');
    expect(texts.slice(date - 2, date + 1)).to.deep.equal(['DONE', ', ', 'Date not stated']);
  });

  it('pauses between a detailed badge’s facts and between a card’s source and its translation credit, with the comma of the reader’s language', async () => {
    const story = await richStory();
    story.source = {name: 'La Presse'};
    for (const [locale, pause] of [['en', ', '], ['zh-Hans', '，']]) {
      const org = await drawStory('news-org-badge', {variant: 'detailed', locale}, story);
      const texts = (await names()).filter(([role]) => role === 'StaticText').map(([, name]) => name);
      const facts = [...shadow(org).querySelector('[part~="facts"]')!.children].map((span) => span.textContent!);
      // Kind, pause, region, pause, members: "Industry group, Quebec, 200 member companies".
      const kind = texts.indexOf(facts[0]);
      expect(texts.slice(kind, kind + 5), locale).to.deep.equal([facts[0], pause, facts[1], pause, facts[2]]);
      org.remove();
      const card = await drawStory('news-article', {locale}, story);
      const read = (await names()).filter(([role]) => role === 'StaticText').map(([, name]) => name);
      const credit = read.findIndex((name) => /Translated from|译自/.test(name));
      expect(read[credit - 1], `${locale}: before "${read[credit]}"`).to.equal(pause);
      card.remove();
    }
  });

  it('reads every step of a long timeline, not only those near the screen', async function () {
    this.timeout(60_000);
    // Above 400 steps, off-screen steps were skipped (content-visibility: auto), which also took
    // them out of the accessibility tree: "list, 1000 items", of which 27 had any words.
    const steps = Array.from({length: 1000}, (_, i) => ({id: `s${i}`, title: `Step number ${i}`, status: 'done' as const}));
    const el = await drawStory('news-timeline', {}, {format: 'passerelle.story/1', id: 'long', lang: 'en', headline: 'Long', timeline: {steps}});
    const titles = (await names()).filter(([, name]) => /^Step number \d+$/.test(name));
    expect(new Set(titles.map(([, name]) => name)).size, 'step titles a screen reader can reach').to.equal(1000);
    el.remove();
  });

  it('names a pull-quote’s figure by its speaker, not by its whole caption with the original shown in it', async () => {
    const el = await draw('news-pull-quote', {quote: 'landry-market'});
    shadow(el).querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="original"]'), 'the original is shown').to.not.equal(null);
    const figures = (await names()).filter(([role]) => role === 'figure').map(([, name]) => name);
    expect(figures).to.deep.equal(['Serge Landry, director, Alliance numérique, in a press release']);
  });

  it('keeps a space between the words a silent mark separates, for copying and for screen readers that join the runs of a line', async () => {
    // What a reader copies (innerText), and what NVDA or JAWS read as one word when two runs of
    // text touch: "MONTREALNovember 20, 2012", "Industry bodyChina".
    const spaced = (line: HTMLElement) => line.innerText.replace(/\s+/g, ' ').trim();
    const words = (line: HTMLElement) => [...line.children].map((child) => spaced(child as HTMLElement)).join(' ');
    const card = await draw('news-article', {});
    const meta = shadow(card).querySelector<HTMLElement>('[part~="meta"]')!;
    expect(meta.children.length, 'dateline and date').to.equal(2);
    expect(spaced(meta)).to.equal(words(meta));
    const org = await draw('news-org-badge', {variant: 'detailed'});
    const facts = shadow(org).querySelector<HTMLElement>('[part~="facts"]')!;
    expect(facts.children.length, 'kind, region, members').to.equal(3);
    expect(spaced(facts)).to.equal(words(facts));
  });

  const cases: [string, Record<string, string>, RegExp][] = [
    ['news-article', {layout: 'full'}, /Montreal/i],
    ['news-pull-quote', {quote: 'landry-market'}, /Serge Landry/],
    ['news-org-badge', {variant: 'detailed'}, /200/],
    ['news-timeline', {}, /Done/i],
  ];
  for (const [tag, attributes, expected] of cases) {
    it(`reads <${tag}>'s words and none of its separators or arrows`, async () => {
      await draw(tag, attributes);
      const read = await names();
      expect(read.some(([, name]) => expected.test(name)), `reads ${expected}`).to.equal(true);
      expect(read.filter(([, name]) => DECORATION.test(name))).to.deep.equal([]);
    });
  }
});
