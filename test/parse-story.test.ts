import {expect} from '@open-wc/testing';
import {isPartialDate, parseStory, parseStoryJson} from '../src/story/parse-story.js';
import {StoryError} from '../src/story/story-error.js';
import type {Story, StoryDocument} from '../src/story/types.js';
import {minimalDocument, protocolDocument} from './helpers.js';
import {dropDocuments, FORBIDDEN_URLS, invalidDocuments, validDocuments} from './story-documents.js';

/** Parses with a `warn` option that records its calls. */
function parseRecording(document: unknown, options: {baseUrl?: string} = {}) {
  const warnings: string[][] = [];
  const story = parseStory(document, {...options, warn: (messages) => warnings.push(messages)});
  return {story, warnings};
}

/** Runs `fn` with console.warn replaced by a recorder, and gives back what it recorded. */
function recordConsoleWarn(fn: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** What parseStory throws for `document`, asserted to be a StoryError. */
function storyErrorOf(document: unknown, parse: (value: unknown) => unknown = parseStory): StoryError {
  try {
    parse(document);
  } catch (error) {
    expect(error).to.be.instanceOf(StoryError);
    return error as StoryError;
  }
  expect.fail('expected a StoryError');
}

/** The value at a path such as `organizations[0].members.unit`, or undefined. */
function valueAt(value: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((key) => key)
    .reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], value);
}

/** The path a warning message names (`path: problem`). */
const pathOf = (message: string) => message.slice(0, message.indexOf(': '));

/** The normalised story holds only plain JSON: no undefined values, functions or prototypes. */
function expectPlainJson(story: Story) {
  expect(JSON.parse(JSON.stringify(story))).to.deep.equal(story);
}

describe('parseStory', () => {
  describe('valid documents', () => {
    for (const c of validDocuments) {
      it(`reads ${c.name}`, async () => {
        const {story, warnings} = parseRecording(await c.document());
        expect(warnings, 'warnings').to.deep.equal([]);
        if (c.normalised) expect(story).to.deep.equal(c.normalised);
        expectPlainJson(story);
      });

      it(`reads its own result for ${c.name} to the same story`, async () => {
        const once = parseStory(await c.document());
        const {story: twice, warnings} = parseRecording(structuredClone(once));
        expect(twice).to.deep.equal(once);
        expect(warnings).to.deep.equal([]);
      });
    }

    it('does not call console.warn for a valid document', async () => {
      const document = await protocolDocument();
      expect(recordConsoleWarn(() => parseStory(document))).to.deep.equal([]);
    });

    it('turns every Text of the protocol story into translations that hold the original', async () => {
      // Checked against the document itself, so that editing the story's content does not break it.
      const document = await protocolDocument();
      const story = parseStory(document);
      expect(story.lang).to.equal('fr');
      expect(Object.keys(story.headline)).to.include.members(['fr', 'en', 'zh-Hans']);
      expect(story.body).to.have.length(document.body!.length);
      for (const paragraph of story.body) expect(paragraph).to.have.property('fr');
      // A Text written as a string becomes { [story lang]: string }: a person's name, a short name.
      document.people![0].name = 'Serge Landry';
      expect(parseStory(document).people[0].name).to.deep.equal({fr: 'Serge Landry'});
      // Quotes that give no lang are in the story's.
      document.quotes!.forEach((q, i) => expect(story.quotes[i].lang).to.equal(q.lang ?? 'fr'));
      expect(story.organizations[0].members!.count).to.equal(document.organizations![0].members!.count);
      expect(story.organizations[0].members!.unit).to.have.property('fr');
      document.timeline!.steps.forEach((s, i) => {
        const step = story.timeline!.steps[i];
        expect(step.status).to.equal(s.status);
        expect(step.organizations).to.deep.equal(s.organizations ?? []);
        // A step without a date keeps it unstated, never guessed.
        if (s.date === undefined) expect(step).not.to.have.property('date');
      });
    });

    it('keeps the words of every quote exactly as written', async () => {
      const document = await protocolDocument();
      const story = parseStory(document);
      document.quotes!.forEach((q, i) => {
        const written = typeof q.text === 'string' ? {[story.quotes[i].lang]: q.text} : q.text;
        expect(story.quotes[i].text).to.deep.equal(written);
      });
    });

    it('does not change the document it is given', async () => {
      const document = await protocolDocument();
      const copy = structuredClone(document);
      parseStory(document);
      expect(document).to.deep.equal(copy);
    });

    it('leaves unknown fields out of the result', () => {
      const story = parseStory({...minimalDocument(), tags: ['x'], $schema: 'story.schema.json'});
      expect(story).not.to.have.property('tags');
      expect(story).not.to.have.property('$schema');
    });
  });

  describe('URLs', () => {
    const withUrls = () =>
      minimalDocument({
        source: {name: 'Source', url: '/news/2012/protocol.html'},
        organizations: [
          {id: 'a', name: 'A', url: '../organisations/a.html', logo: 'logos/a.svg'},
          {id: 'b', name: 'B', url: 'https://b.example/', logo: '//cdn.example/b.png'},
        ],
      });

    it('keeps relative URLs as written when there is no base URL', () => {
      const story = parseStory(withUrls());
      expect(story.source!.url).to.equal('/news/2012/protocol.html');
      expect(story.organizations.map((o) => [o.url, o.logo])).to.deep.equal([
        ['../organisations/a.html', 'logos/a.svg'],
        ['https://b.example/', '//cdn.example/b.png'],
      ]);
    });

    it('resolves relative URLs against baseUrl, the URL of a fetched document', () => {
      const baseUrl = 'https://stories.example/2012/11/protocol.json';
      const story = parseStory(withUrls(), {baseUrl});
      expect(story.source!.url).to.equal('https://stories.example/news/2012/protocol.html');
      expect(story.organizations.map((o) => [o.url, o.logo])).to.deep.equal([
        ['https://stories.example/2012/organisations/a.html', 'https://stories.example/2012/11/logos/a.svg'],
        ['https://b.example/', 'https://cdn.example/b.png'],
      ]);
      // Resolved URLs are absolute, so reading the result again changes nothing, with or without a base.
      expect(parseStory(story)).to.deep.equal(story);
      expect(parseStory(story, {baseUrl: 'https://elsewhere.example/'})).to.deep.equal(story);
    });

    for (const url of FORBIDDEN_URLS) {
      for (const baseUrl of [undefined, 'https://stories.example/story.json']) {
        it(`drops ${JSON.stringify(url)}${baseUrl ? ' with a base URL' : ''}`, () => {
          const {story, warnings} = parseRecording(
            minimalDocument({source: {name: 'S', url}, organizations: [{id: 'a', name: 'A', url, logo: url}]}),
            {baseUrl}
          );
          expect(story.source).to.deep.equal({name: {en: 'S'}});
          expect(story.organizations[0]).to.deep.equal({id: 'a', name: {en: 'A'}});
          expect(warnings).to.have.length(1);
          expect(warnings[0].map(pathOf)).to.have.members(['source.url', 'organizations[0].url', 'organizations[0].logo']);
        });
      }
    }
  });

  describe('malformed optional values', () => {
    for (const c of dropDocuments) {
      it(`drops ${c.name}, with one warning naming ${c.dropped.join(', ')}`, async () => {
        const {story, warnings} = parseRecording(await c.document());
        expect(warnings, 'calls of warn').to.have.length(1);
        expect(warnings[0].map(pathOf)).to.have.members(c.dropped);
        for (const message of warnings[0]) expect(message).to.match(/^\S[^:]*: \S/);
        for (const path of c.absent ?? c.dropped) expect(valueAt(story, path), path).to.equal(undefined);
        if (c.normalised) expect(story).to.deep.equal(c.normalised);
        expectPlainJson(story);
      });

      it(`reads its own result for ${c.name} to the same story, without warning`, async () => {
        const once = parseStory(await c.document(), {warn: () => {}});
        const {story: twice, warnings} = parseRecording(structuredClone(once));
        expect(twice).to.deep.equal(once);
        expect(warnings).to.deep.equal([]);
      });
    }

    it('warns with exactly one console.warn by default, naming every dropped path', async () => {
      const c = dropDocuments.find((d) => d.name === 'several malformed values at once')!;
      const document = await c.document();
      let story: Story | undefined;
      const calls = recordConsoleWarn(() => (story = parseStory(document)));
      expect(calls).to.have.length(1);
      const text = calls[0].map(String).join(' ');
      for (const path of c.dropped) expect(text).to.contain(`${path}:`);
      expect(story!.published).to.equal(undefined);
    });

    it('warns once by default for each drop case', async () => {
      for (const c of dropDocuments) {
        const document = await c.document();
        expect(recordConsoleWarn(() => parseStory(document)), c.name).to.have.length(1);
      }
    });

    it('warns only through the warn option when one is given', async () => {
      const document = await dropDocuments[0].document();
      const calls = recordConsoleWarn(() => parseStory(document, {warn: () => {}}));
      expect(calls).to.deep.equal([]);
    });
  });

  describe('invalid documents', () => {
    for (const c of invalidDocuments) {
      it(`refuses ${c.name}: ${c.code} at ${c.path}`, async () => {
        const document = await c.document();
        const error = storyErrorOf(document);
        expect(error.code).to.equal(c.code);
        expect(error.name).to.equal('StoryError');
        expect(error.message.startsWith(`${c.path}: `), error.message).to.equal(true);
      });
    }

    it('names the undefined speaker in the message', () => {
      const error = storyErrorOf(minimalDocument({quotes: [{id: 'q', text: 'Words', speaker: 'x'}]}));
      expect(error.message).to.equal('quotes[0].speaker: no person or organization "x"');
    });

    it('refuses a speaker that only a dropped people field held: it defines no one', () => {
      // story-format.md: "a reference to an id that the document does not define: invalid-story".
      // `people` that is not an array is dropped with a warning, and the ids in it go with it.
      const people = {p: {id: 'p', name: 'P'}} as unknown as StoryDocument['people'];
      const warned: string[][] = [];
      const parse = (value: unknown) => parseStory(value, {warn: (messages) => warned.push(messages)});
      const error = storyErrorOf(minimalDocument({people, quotes: [{id: 'q', text: 'Words', speaker: 'p'}]}), parse);
      expect(error.code).to.equal('invalid-story');
      expect(error.message).to.equal('quotes[0].speaker: no person or organization "p"');
      // The warning that says why is given too, though the story is refused.
      expect(warned).to.deep.equal([['people: expected an array']]);
    });

    it('refuses a non-object with invalid-story', () => {
      for (const value of [undefined, null, 42, 'story', true, [], [minimalDocument()]]) {
        const error = storyErrorOf(value);
        expect(error.code, String(value)).to.equal('invalid-story');
      }
    });
  });
});

describe('messages', () => {
  it('name a huge value by its first characters, not all of it', () => {
    const id = `${'x'.repeat(49)}😀${'y'.repeat(1_000_000)}`;
    let message = '';
    try {
      parseStory({...minimalDocument(), id});
    } catch (error) {
      message = (error as StoryError).message;
    }
    expect(message).to.match(/^id: expected a string of a-z, 0-9 and "-", not "x{49}…"$/);
    const warnings: string[][] = [];
    parseStory({...minimalDocument(), published: '2'.repeat(100)}, {warn: (w) => warnings.push(w)});
    expect(warnings[0][0]).to.equal(`published: expected a date such as "2012", "2012-11" or "2012-11-20", not "${'2'.repeat(50)}…"`);
  });

  /** The message of the error that refuses `document`. */
  const refusal = (document: unknown) => storyErrorOf(document).message;

  it('say "missing" of a required value that is absent, never "undefined"', () => {
    const {format, id, lang, ...rest} = minimalDocument();
    expect(refusal({id, lang, ...rest})).to.equal('format: missing (expected "passerelle.story/1")');
    expect(refusal({format, lang, ...rest})).to.equal('id: missing (expected a string of a-z, 0-9 and "-")');
    expect(refusal({format, id, ...rest})).to.equal('lang: missing (expected a BCP 47 language tag)');
    const step = {id: 's', title: 'Step'};
    expect(refusal(minimalDocument({timeline: {steps: [step]}} as Partial<StoryDocument>))).to.equal(
      'timeline.steps[0].status: missing (expected "done", "current" or "planned")'
    );
  });

  it('tell a number from the string it should have been', () => {
    const warnings: string[][] = [];
    parseStory(minimalDocument({published: 2012} as unknown as Partial<StoryDocument>), {warn: (w) => warnings.push(w)});
    expect(warnings).to.deep.equal([['published: expected a date such as "2012", "2012-11" or "2012-11-20", not 2012']]);
  });

  it('ask for a non-empty string of an empty or blank text, optional or required alike', () => {
    const warnings: string[][] = [];
    parseStory(minimalDocument({dateline: '', source: {name: '  '}} as Partial<StoryDocument>), {warn: (w) => warnings.push(w)});
    expect(warnings).to.deep.equal([
      [
        'source.name: expected a non-empty string, or an object with one as "en"',
        'dateline: expected a non-empty string, or an object with one as "en"',
      ],
    ]);
    expect(refusal(minimalDocument({headline: ''}))).to.equal('headline: expected a non-empty string, or an object with one as "en"');
  });
});

describe('parseStoryJson', () => {
  it('reads the text of a valid document', async () => {
    const document = await protocolDocument();
    expect(parseStoryJson(JSON.stringify(document))).to.deep.equal(parseStory(document));
  });

  it('reads a document saved with a byte-order mark, as a fetched one is read (and as `passerelle render` reads a file)', async () => {
    const document = await protocolDocument();
    expect(parseStoryJson('\uFEFF' + JSON.stringify(document))).to.deep.equal(parseStory(document));
  });

  it('passes its options on', () => {
    const warnings: string[][] = [];
    const story = parseStoryJson(
      JSON.stringify(minimalDocument({source: {name: 'S', url: 'a.html'}, published: '2012-02-30'})),
      {baseUrl: 'https://stories.example/x/story.json', warn: (messages) => warnings.push(messages)}
    );
    expect(story.source!.url).to.equal('https://stories.example/x/a.html');
    expect(warnings.map((w) => w.map(pathOf))).to.deep.equal([['published']]);
  });

  for (const text of ['', 'not json', '{"format": "passerelle.story/1",', "{'single': 'quotes'}", '<!doctype html><h1>Error</h1>', '\uFEFF{}x']) {
    it(`refuses ${JSON.stringify(text)} as invalid-json`, () => {
      const error = storyErrorOf(text, (t) => parseStoryJson(t as string));
      expect(error.code).to.equal('invalid-json');
    });
  }

  for (const text of ['null', '42', '"passerelle.story/1"', 'true', '[]', '[{"format": "passerelle.story/1"}]']) {
    it(`refuses JSON that is not an object (${text}) as invalid-json`, () => {
      const error = storyErrorOf(text, (t) => parseStoryJson(t as string));
      expect(error.code).to.equal('invalid-json');
    });
  }

  it('refuses an object that is not a story as invalid-story, with the path', () => {
    const error = storyErrorOf('{"format": "passerelle.story/1", "id": "x", "lang": "en"}', (t) => parseStoryJson(t as string));
    expect(error.code).to.equal('invalid-story');
    expect(error.message).to.match(/^headline: /);
  });
});

describe('isPartialDate', () => {
  const real = ['2012', '2012-11', '2012-11-20', '2012-01-01', '2012-12-31', '2012-04-30', '2024-02-29', '2000-02-29', '1600-02-29', '0004-02-29', '0001', '9999-12-31'];
  const malformed = [
    '0000',
    '0000-02-29',
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2100-02-29',
    '0100-02-29',
    '2012-13',
    '2012-00',
    '2012-11-00',
    '2012-11-31',
    '2012-04-31',
    '2012-11-32',
    '2012-1-5',
    '2012-01-5',
    '2012-1',
    '12',
    '20121',
    '2012-11-20T10:00',
    '2012-11-20Z',
    ' 2012',
    '2012 ',
    '2012/11/20',
    '20121120',
    '+2012',
    '２０１２',
    '',
  ];

  for (const date of real) it(`accepts ${date}`, () => expect(isPartialDate(date)).to.equal(true));
  for (const date of malformed) it(`refuses ${JSON.stringify(date)}`, () => expect(isPartialDate(date)).to.equal(false));
  for (const value of [2012, null, undefined, {}, ['2012'], new Date(2012, 10, 20)]) {
    it(`refuses the non-string ${String(value)}`, () => expect(isPartialDate(value)).to.equal(false));
  }
});
