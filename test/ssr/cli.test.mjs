// `passerelle render`, the package's bin, as a user runs it: the built dist/cli/passerelle.js on
// the protocol story, for every element and locale, and on documents it must refuse.
// Runs in Node (node --test) after the build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const cli = join(root, 'dist/cli/passerelle.js');
const storyPath = join(root, 'dist/content/alliance-numerique-ccia.json');
const story = JSON.parse(readFileSync(storyPath, 'utf8'));
const LOCALES = ['fr', 'en', 'zh-Hans'];

/** Runs the CLI; `input` goes to its standard input. */
function run(args, input) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, input, encoding: 'utf8', timeout: 60000});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const render = (...args) => run(['render', storyPath, ...args]);
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const count = (text, pattern) => text.split(pattern).length - 1;

/** The element's inline document, as the client reads it. */
function inlineDocument(html) {
  const match = /<script type="application\/json">([^]*?)<\/script>/.exec(html);
  assert.ok(match, 'the story is inline');
  return JSON.parse(match[1]);
}

/** Checks the shape every rendering shares: the element, its declarative shadow root with its styles, the inline story. */
function assertRendered(html, tag, locale) {
  assert.ok(html.startsWith(`<${tag} defer-hydration locale="${locale}"`), `starts with <${tag} defer-hydration locale="${locale}": ${html.slice(0, 80)}`);
  assert.ok(html.endsWith(`</script></${tag}>\n`), 'ends with the inline story, then the closing tag');
  assert.match(html, new RegExp(`^<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`), 'a declarative shadow root opening with its styles');
  assert.doesNotMatch(html, /part="(?:loading|error)"/, 'the story, not the loading or error state');
  assert.doesNotMatch(html, /aria-busy/);
  assert.deepEqual(inlineDocument(html), story, 'the inline document is the story');
}

test('a rendering that shows the loading or error state rather than the story is refused', async () => {
  const {drewItsStory} = await import(join(root, 'dist/cli/render-html.js'));
  const {code, stdout} = render('--element', 'news-pull-quote', '--locale', 'en');
  assert.equal(code, 0);
  assert.equal(drewItsStory(stdout), true);
  // As the element draws those states, at the start of its shadow root.
  const inRoot = (part) => stdout.replace(/(<template [^>]*>)(<style>[^]*?<\/style>)/, `$1$2<p part="${part}" class="surface" role="status"></p>`);
  for (const part of ['loading', 'error']) {
    assert.notEqual(inRoot(part), stdout);
    assert.equal(drewItsStory(inRoot(part)), false, part);
  }
});

test('--help prints the usage and exits 0; no arguments print it to standard error and exit 1', () => {
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: passerelle render <story\.json \| -> --element <element>/);
  for (const option of ['--element', '--locale', '--layout', '--quote', '--org', '--variant', '--orientation', '--heading-level', '--href', '--jsonld', '--base-url', '--out']) {
    assert.ok(help.stdout.includes(option), `the help names ${option}`);
  }
  // Every option's description starts in one column.
  const options = help.stdout.split('\n').filter((line) => /^  -/.test(line));
  const columns = new Set(options.map((line) => line.match(/^ {2}\S.*?\s{2,}(?=\S)/)[0].length));
  assert.equal(columns.size, 1, `descriptions start at columns ${[...columns]}:\n${options.join('\n')}`);
  const none = run([]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /^Usage:/);
});

test('--version (and -v) prints the package’s version and exits 0', () => {
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const flag of ['--version', '-v']) {
    const {code, stdout, stderr} = run([flag]);
    assert.equal(code, 0, flag);
    assert.equal(stdout, `${version}\n`, flag);
    assert.equal(stderr, '', flag);
  }
  assert.match(run(['--help']).stdout, /-v, --version/, 'the help names it');
});

for (const locale of LOCALES) {
  test(`news-article, card and full, in ${locale}`, () => {
    for (const layout of ['card', 'full']) {
      const {code, stdout, stderr} = render('--element', 'news-article', '--layout', layout, '--locale', locale);
      assert.equal(code, 0, stderr);
      assert.equal(stderr, '');
      assertRendered(stdout, 'news-article', locale);
      assert.ok(stdout.includes(escapeHtml(story.headline[locale])), 'the headline in the locale');
      assert.ok(stdout.includes(`layout="${layout}"`));
      if (layout === 'card') {
        assert.equal(count(stdout, '<news-pull-quote'), 0);
        assert.equal(count(stdout, 'part="expand"'), 1, 'the card has its Read more button');
      } else {
        // Each quote is a nested element with its own declarative shadow root, hydrated after the article.
        assert.equal(count(stdout, '<news-pull-quote'), story.quotes.length);
        assert.equal(count(stdout, 'shadowrootmode="open"'), 1 + story.quotes.length);
        assert.equal(count(stdout, ' defer-hydration'), 1 + story.quotes.length);
        for (const quote of story.quotes) assert.ok(stdout.includes(escapeHtml(quote.text[locale])), `quote ${quote.id} in ${locale}`);
        assert.equal(count(stdout, 'part="step '), story.timeline.steps.length, 'every timeline step');
        for (const step of story.timeline.steps) assert.ok(stdout.includes(escapeHtml(step.title[locale])), `step ${step.id}`);
        // The full article's own rules (drawn from its separately loaded module) are in the shadow root too.
        assert.match(stdout, /\.body news-pull-quote/);
      }
    }
  });

  test(`news-pull-quote, news-timeline and news-org-badge in ${locale}`, () => {
    for (const quote of story.quotes) {
      const {code, stdout, stderr} = render('--element', 'news-pull-quote', '--quote', quote.id, '--locale', locale);
      assert.equal(code, 0, stderr);
      assertRendered(stdout, 'news-pull-quote', locale);
      assert.ok(stdout.includes(`<p><!--lit-part-->${escapeHtml(quote.text[locale])}<!--/lit-part--></p>`), 'the words, verbatim');
    }
    for (const orientation of ['vertical', 'horizontal']) {
      const {code, stdout, stderr} = render('--element', 'news-timeline', '--orientation', orientation, '--locale', locale, '--heading-level', '3');
      assert.equal(code, 0, stderr);
      assertRendered(stdout, 'news-timeline', locale);
      assert.equal(count(stdout, 'part="step '), story.timeline.steps.length);
      assert.ok(stdout.includes(`<h3 part="title"`), 'the title at the level asked for');
    }
    for (const org of story.organizations) {
      for (const variant of ['compact', 'detailed']) {
        const {code, stdout, stderr} = render('--element', 'news-org-badge', '--org', org.id, '--variant', variant, '--locale', locale);
        assert.equal(code, 0, stderr);
        assertRendered(stdout, 'news-org-badge', locale);
        assert.ok(stdout.includes(`variant="${variant}"`));
      }
    }
  });
}

test('news-article: --href links the card’s headline, --heading-level sets its level', () => {
  const linked = render('--element', 'news-article', '--locale', 'en', '--href', '/news/protocol', '--heading-level', '4');
  assert.equal(linked.code, 0, linked.stderr);
  assertRendered(linked.stdout, 'news-article', 'en');
  assert.match(linked.stdout, /<h4 part="headline"[^>]*>(?:<!--[^>]*-->)*<a href="\/news\/protocol">/, 'the headline, an h4, links to --href');
  assert.equal(count(linked.stdout, 'part="expand"'), 0, 'a linked card has no Read more button');
  const plain = render('--element', 'news-article', '--locale', 'en');
  assert.match(plain.stdout, /<h2 part="headline"/);
  assert.doesNotMatch(plain.stdout, /<a href="\/news\/protocol"/);
});

test('the rendered HTML’s raw text keeps its words apart, for a reader that strips the tags (a crawler, a feed)', () => {
  // Its templates are minified, but one space stays where the source has white space between tags.
  const rawText = (html) =>
    html
      .replace(/<(style|script)\b[^]*?<\/\1>/g, '')
      .replace(/<!--[^]*?-->/g, '')
      .replace(/<[^>]+>/g, '');
  const article = rawText(render('--element', 'news-article', '--layout', 'full', '--locale', 'en').stdout);
  assert.match(article, /closer together\s+Date not stated\s+The Quebec industry group/);
  const quote = rawText(render('--element', 'news-pull-quote', '--quote', 'landry-market', '--locale', 'fr').stdout);
  assert.match(quote, /nouveaux territoires\s+Serge Landry/);
});

test('without --locale the element speaks the story’s language, and says so in its locale attribute', () => {
  const {code, stdout} = render('--element', 'news-article');
  assert.equal(code, 0);
  assertRendered(stdout, 'news-article', story.lang);
  assert.ok(stdout.includes(escapeHtml(story.headline[story.lang])));
});

test('--locale written the POSIX way (zh_CN), as a content system prints it, renders in that language, as the elements read it', () => {
  const {code, stdout, stderr} = render('--element', 'news-article', '--locale', 'zh_CN');
  assert.equal(code, 0, stderr);
  assertRendered(stdout, 'news-article', 'zh-CN');
  assert.ok(stdout.includes(escapeHtml(story.headline['zh-Hans'])), 'the Chinese headline');
  assert.ok(stdout.includes('阅读全文'), 'the Chinese button');
});

test('the same input renders the same bytes; standard input and --out give the same as a path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-render-'));
  try {
    const args = ['--element', 'news-article', '--layout', 'full', '--locale', 'zh-Hans'];
    const first = render(...args);
    assert.equal(render(...args).stdout, first.stdout);
    assert.equal(run(['render', '-', ...args], readFileSync(storyPath)).stdout, first.stdout);
    const out = join(dir, 'article.html');
    const written = render(...args, '--out', out);
    assert.equal(written.code, 0);
    assert.equal(written.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), first.stdout);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('a </script> or <!-- in the document cannot end the inline script', () => {
  const hostile = {...story, headline: {...story.headline, en: 'Tag </script><script>alert(1)</script> and <!-- a comment'}};
  const {code, stdout, stderr} = run(['render', '-', '--element', 'news-article', '--locale', 'en'], JSON.stringify(hostile));
  assert.equal(code, 0, stderr);
  assert.equal(count(stdout.toLowerCase(), '</script'), 1, 'only the closing tag of the inline script');
  assert.equal(count(stdout, '<!-- a comment'), 0);
  assert.ok(stdout.includes('\\u003c/script>'));
  assert.deepEqual(JSON.parse(/<script type="application\/json">([^]*?)<\/script>/.exec(stdout)[1]), hostile);
  // In the shadow root the headline is text.
  assert.ok(stdout.includes('Tag &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; and &lt;!-- a comment'));
});

test('a document whose escaped inline copy would pass 1 MiB is refused, not written for the page to refuse', () => {
  // 200,000 "<" are 200 KB in the document and 1.2 MB once each is written \u003c.
  const large = {...story, body: [...story.body, {fr: '<'.repeat(200_000)}]};
  const input = JSON.stringify(large);
  assert.ok(Buffer.byteLength(input) < 1_048_576);
  const {code, stdout, stderr} = run(['render', '-', '--element', 'news-pull-quote'], input);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /inline copy of the story is larger than 1048576 bytes/);
  // Without the characters that grow, the same size renders.
  assert.equal(run(['render', '-', '--element', 'news-pull-quote'], JSON.stringify({...story, body: [...story.body, {fr: 'a'.repeat(200_000)}]})).code, 0);
  // Counted in bytes, as the page counts them: Chinese characters are three each in UTF-8. This
  // copy is under 1 MiB in characters and over it in bytes.
  const chinese = JSON.stringify({...story, body: [...story.body, {fr: '<'.repeat(150_000)}, {fr: '字'.repeat(100_000)}]});
  const refused = run(['render', '-', '--element', 'news-pull-quote'], chinese);
  assert.equal(refused.code, 1, 'refused by its bytes');
  assert.match(refused.stderr, /inline copy of the story is larger than 1048576 bytes/);
});

test('--jsonld: the article keeps the JSON-LD that storyToJsonLd gives, as the jsonld attribute would write it', async () => {
  const {parseStory, storyToJsonLd, serializeJsonLd} = await import(join(root, 'dist/index.js'));
  for (const locale of LOCALES) {
    const baseUrl = 'https://example.com/news/protocol.html';
    const {code, stdout, stderr} = render('--element', 'news-article', '--layout', 'full', '--locale', locale, '--jsonld', '--base-url', baseUrl);
    assert.equal(code, 0, stderr);
    assertRendered(stdout, 'news-article', locale);
    assert.match(stdout, /^<news-article [^>]*\bjsonld[ >]/, 'the element keeps it up to date once it runs');
    const expected = serializeJsonLd(storyToJsonLd(parseStory(story), {locale, baseUrl}));
    assert.ok(stdout.includes(`</script><script type="application/ld+json" data-passerelle>${expected}</script></news-article>`));
  }
  assert.doesNotMatch(render('--element', 'news-article').stdout, /ld\+json|jsonld/, 'none without --jsonld');
});

test('--base-url: the JSON-LD gives the story’s relative URLs as absolute ones, which a crawler can follow', () => {
  const withLinks = {
    ...story,
    source: {name: 'La Presse', url: '/news/original.html'},
    organizations: story.organizations.map((org, i) => (i === 0 ? {...org, url: '/orgs/an', logo: 'logos/an.png'} : org)),
  };
  const jsonLd = (...args) => {
    const {code, stdout, stderr} = run(['render', '-', '--element', 'news-article', '--jsonld', ...args], JSON.stringify(withLinks));
    assert.equal(code, 0, stderr);
    return JSON.parse(/<script type="application\/ld\+json" data-passerelle>([^]*?)<\/script>/.exec(stdout)[1]);
  };
  const resolved = jsonLd('--base-url', 'https://example.com/news/p.html');
  assert.equal(resolved.isBasedOn.url, 'https://example.com/news/original.html');
  assert.equal(resolved.about[0].url, 'https://example.com/orgs/an');
  assert.equal(resolved.about[0].logo, 'https://example.com/news/logos/an.png');
  // Without a base, a relative URL has nothing to be resolved against: left out, not guessed.
  const unresolved = jsonLd();
  assert.equal(unresolved.isBasedOn.url, undefined);
  assert.equal(unresolved.about[0].url, undefined);
});

test('--heading-level takes 1 to 6, the levels HTML has', () => {
  for (const level of ['1', '6']) {
    const {code, stdout, stderr} = render('--element', 'news-article', '--heading-level', level);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`<h${level} part="headline"`));
  }
  for (const level of ['0', '2.5']) {
    const {code, stderr} = render('--element', 'news-article', '--heading-level', level);
    assert.equal(code, 1, `--heading-level ${level}`);
    assert.match(stderr, new RegExp(`--heading-level must be 1 to 6, not "${level.replace('.', '\\.')}"`));
  }
});

test('bad input: one line on standard error and exit code 1', async () => {
  const {parseStory} = await import(join(root, 'dist/index.js'));
  const invalid = {...story, quotes: [{...story.quotes[0], speaker: 'nobody'}]};
  let expected;
  try {
    parseStory(invalid);
  } catch (error) {
    expected = error.message;
  }
  assert.ok(expected, 'parseStory refuses the document');

  const dir = mkdtempSync(join(tmpdir(), 'passerelle-render-'));
  try {
    const file = (name, content) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const cases = [
      [['render', storyPath, '--element', 'news-banner'], /--element must be one of news-article, news-pull-quote, news-timeline, news-org-badge, not "news-banner"/],
      [['render', storyPath], /--element is required/],
      [['render', '--element', 'news-article'], /render needs a story document/],
      [['draw', storyPath, '--element', 'news-article'], /unknown command "draw"/],
      [['render', storyPath, '--element', 'news-article', '--bogus'], /^passerelle: unknown option "--bogus"\n/],
      [['render', storyPath, '--element', 'news-article', '-x'], /^passerelle: unknown option "-x"\n/],
      [['render', storyPath, '--element', 'news-article', '--layout', 'wide'], /--layout must be card or full, not "wide"/],
      [['render', storyPath, '--element', 'news-article', '--quote', 'alliance-aim'], /--quote applies to news-pull-quote, not news-article/],
      [['render', storyPath, '--element', 'news-timeline', '--heading-level', '7'], /--heading-level must be 1 to 6, not "7"/],
      [['render', storyPath, '--element', 'news-article', '--href', 'javascript:alert(1)'], /--href must be an http\(s\) or relative URL, not "javascript:alert\(1\)"/],
      [['render', storyPath, '--element', 'news-article', '--href', ' '], /--href must be an http\(s\) or relative URL, not " "/],
      [['render', storyPath, '--element', 'news-timeline', '--jsonld'], /--jsonld applies to news-article, not news-timeline/],
      [['render', storyPath, '--element', 'news-article', '--base-url', 'https://example.com/'], /--base-url goes with --jsonld/],
      [['render', storyPath, '--element', 'news-article', '--jsonld', '--base-url', 'news/'], /--base-url must be an absolute URL, not "news\/"/],
      [['render', storyPath, '--element', 'news-article', '--locale', 'not a tag'], /--locale "not a tag" is not a BCP 47 language tag/],
      [['render', join(dir, 'missing.json'), '--element', 'news-article'], /cannot read .*missing\.json: ENOENT/],
      [['render', storyPath, '--element', 'news-pull-quote', '--quote', 'nope'], /alliance-numerique-ccia\.json: quote: no quote "nope" in story "alliance-numerique-ccia"/],
      [['render', storyPath, '--element', 'news-org-badge', '--org', 'nope'], /org: no organization "nope" in story "alliance-numerique-ccia"/],
      [['render', file('no-timeline.json', JSON.stringify({...story, timeline: undefined})), '--element', 'news-timeline'], /timeline: story "alliance-numerique-ccia" has no timeline steps/],
      [['render', file('invalid.json', JSON.stringify(invalid)), '--element', 'news-article'], new RegExp(`invalid\\.json: ${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`)],
      [['render', file('not-json.json', '{"format": '), '--element', 'news-article'], /not-json\.json: .*JSON/],
      [['render', file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])), '--element', 'news-article'], /latin1\.json: the document is not UTF-8/],
    ];
    for (const [args, message] of cases) {
      const {code, stdout, stderr} = run(args);
      assert.equal(code, 1, `${args.join(' ')} exits 1`);
      assert.equal(stdout, '', `${args.join(' ')} writes nothing to standard output`);
      assert.match(stderr, message, args.join(' '));
      assert.match(stderr, /^passerelle: /);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
