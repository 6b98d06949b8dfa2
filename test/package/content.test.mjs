// The protocol story as it ships (dist/content/, and so the npm package): the French article as
// published, with English and Simplified Chinese translations, stating nothing the article does
// not, and quoting it word for word. Reads the build's copy.
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import assert from 'node:assert/strict';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const story = JSON.parse(read('dist/content/alliance-numerique-ccia.json'));

test('the shipped document is the one in src/content', () => {
  assert.deepEqual(story, JSON.parse(read('src/content/alliance-numerique-ccia.json')));
});

test('is in French, with every translated text in English and Simplified Chinese too', () => {
  assert.equal(story.lang, 'fr');
  const texts = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      if (typeof value.fr === 'string') texts.push([path, value]);
      else for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
    }
  };
  walk(story, 'story');
  assert.ok(texts.length > 20);
  // A name English keeps in its French form (Alliance numérique, Serge Landry) has no English key:
  // an English page then shows the French, marked lang="fr", so that it is read out in French.
  const keptInFrench = /^story\.(organizations|people)\[\d+\]\.name$/;
  for (const [path, text] of texts) {
    const keys = Object.keys(text).sort();
    if (keptInFrench.test(path) && !keys.includes('en')) assert.deepEqual(keys, ['fr', 'zh-Hans'], path);
    else assert.deepEqual(keys, ['en', 'fr', 'zh-Hans'], path);
  }
  const english = (path) => texts.find(([p]) => p === path)[1].en;
  assert.equal(english('story.organizations[0].name'), undefined, 'Alliance numérique, read in French');
  assert.equal(english('story.people[0].name'), undefined, 'Serge Landry, read in French');
});

test('states no date and no dateline: the article gives neither', () => {
  assert.equal(story.published, undefined);
  assert.equal(story.dateline, undefined);
  for (const step of story.timeline.steps) assert.equal(step.date, undefined, step.id);
});

test('quotes the article word for word: each quote’s French words are in its French text', () => {
  const article = story.body.map((paragraph) => paragraph.fr).join('\n');
  assert.ok(story.quotes.length > 0);
  for (const quote of story.quotes) {
    assert.equal(quote.lang ?? story.lang, 'fr', quote.id);
    assert.ok(article.includes(quote.text.fr), `${quote.id}: "${quote.text.fr.slice(0, 40)}…" is not in the article`);
  }
});
