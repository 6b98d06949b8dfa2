/**
 * Every `::part` an element draws is in `custom-elements.json` (which the Storybook docs and
 * editors read, from each element's JSDoc), and every part listed there is drawn in some state:
 * a page styling what it sees in the DOM finds it documented, and nothing documented is missing.
 */
import {expect, waitUntil} from '@open-wc/testing';
import '../src/index.js';
import {NewsArticle} from '../src/news-article/news-article.js';
import type {StoryDocument} from '../src/story/types.js';
import {failed, protocolDocument, ready, shadow} from './helpers.js';

type Drawn = HTMLElement & {story: unknown; updateComplete: Promise<unknown>};

interface Manifest {
  modules: {declarations?: {tagName?: string; cssParts?: {name: string}[]}[]}[];
}

async function documentedParts(): Promise<Map<string, Set<string>>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const byTag = new Map<string, Set<string>>();
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.tagName) byTag.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((p) => p.name)));
  }
  return byTag;
}

/** The part names a page can reach on `el`: those in its shadow root, and those it forwards from nested elements. */
function reachableParts(el: Element): Set<string> {
  const names = new Set<string>();
  for (const node of shadow(el).querySelectorAll('[part], [exportparts]')) {
    for (const name of (node.getAttribute('part') ?? '').split(/\s+/)) if (name) names.add(name);
    for (const pair of (node.getAttribute('exportparts') ?? '').split(',')) {
      const outer = pair.split(':').pop()!.trim();
      if (outer) names.add(outer);
    }
  }
  return names;
}

/** A story with every kind of step and a date; its French quotes are shown in English, in translation. */
async function richStory(): Promise<StoryDocument> {
  const story = await protocolDocument();
  story.timeline!.steps[1].status = 'current';
  story.timeline!.steps[0].date = '2012-11-20';
  return story;
}

/** Draws `tag` with these attributes and this input; `act` then does what a reader would (press a button). */
async function draw(tag: string, attributes: Record<string, string>, input: {story?: unknown; children?: string}, act?: (el: Drawn) => Promise<void>) {
  const el = document.createElement(tag) as Drawn;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (input.children) el.innerHTML = input.children;
  const settled = Promise.race([ready(el), failed(el)]);
  if (input.story !== undefined) el.story = input.story;
  document.body.append(el);
  await settled;
  await el.updateComplete;
  await act?.(el);
  const names = reachableParts(el);
  el.remove();
  return names;
}

/** Presses the button `name` and waits until it says it is expanded (a card loads its details first). */
const press = (name: string) => async (el: Drawn) => {
  const button = shadow(el).querySelector<HTMLButtonElement>(`[part~="${name}"]`)!;
  button.click();
  await waitUntil(() => button.getAttribute('aria-expanded') === 'true', `${name} expanded`);
  await el.updateComplete;
};

/** Presses Read more while the rest of the story cannot load (offline), and waits for the card to say so. */
const pressOffline = async (el: Drawn) => {
  const loadDetails = NewsArticle.loadDetails;
  NewsArticle.loadDetails = () => Promise.reject(new Error('offline'));
  try {
    shadow(el).querySelector<HTMLButtonElement>('[part~="expand"]')!.click();
    await waitUntil(() => shadow(el).querySelector('[part~="expand-failed"]'), 'the failure said');
  } finally {
    NewsArticle.loadDetails = loadDetails;
  }
};

describe('the parts each element draws are the parts custom-elements.json lists', () => {
  let documented: Map<string, Set<string>>;
  before(async () => {
    documented = await documentedParts();
  });

  /** For each element, the states and inputs between which it draws every part it has. */
  const cases: Record<string, (story: StoryDocument) => Promise<Set<string>>[]> = {
    'news-article': (story) => [
      draw('news-article', {locale: 'en'}, {story}),
      draw('news-article', {locale: 'en'}, {story}, press('expand')),
      // Its pull-quotes' parts reach the page as quote-*, through exportparts, in every state.
      draw('news-article', {locale: 'en', layout: 'full'}, {story}),
    ],
    'news-pull-quote': (story) => [
      draw('news-pull-quote', {locale: 'en'}, {story}),
      draw('news-pull-quote', {locale: 'en'}, {story}, press('toggle')),
    ],
    'news-org-badge': (story) => [
      draw('news-org-badge', {locale: 'en'}, {story}),
      draw('news-org-badge', {locale: 'en', variant: 'detailed'}, {story}),
    ],
    'news-timeline': (story) => [draw('news-timeline', {locale: 'en'}, {story})],
  };

  for (const [tag, drawings] of Object.entries(cases)) {
    it(`<${tag}>`, async () => {
      const drawn = new Set<string>();
      for (const names of drawings(await richStory())) for (const name of await names) drawn.add(name);
      // The three states without the story: a failure with fallback children, without, and loading.
      for (const name of await draw(tag, {}, {story: {format: 'nothing'}, children: '<p>Fallback</p>'})) drawn.add(name);
      for (const name of await draw(tag, {}, {story: {format: 'nothing'}})) drawn.add(name);
      // Alone, since it stands in for the module every article loads.
      if (tag === 'news-article') for (const name of await draw(tag, {locale: 'en'}, {story: await richStory()}, pressOffline)) drawn.add(name);
      const loading = document.createElement(tag) as Drawn;
      loading.setAttribute('src', '/faults/hang');
      document.body.append(loading);
      await loading.updateComplete;
      for (const name of reachableParts(loading)) drawn.add(name);
      loading.remove();

      const listed = documented.get(tag)!;
      expect([...drawn].filter((name) => !listed.has(name)), 'drawn but not documented').to.deep.equal([]);
      expect([...listed].filter((name) => !drawn.has(name)), 'documented but never drawn').to.deep.equal([]);
    });
  }
});
