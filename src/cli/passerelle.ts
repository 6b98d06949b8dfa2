#!/usr/bin/env node
/// <reference types="node" />
/**
 * `passerelle render`: a story document as the static HTML of one element, shown fully styled
 * without JavaScript and hydrated by the elements when they load.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {StoryError} from '../story/story-error.js';
import {withHyphens} from '../locale/resolve-locale.js';
import {safeUrl} from '../story/safe-url.js';
import {ELEMENTS, type ElementName, type RenderOptions} from './render-options.js';

const USAGE = `Usage: passerelle render <story.json | -> --element <element> [options]

Renders a passerelle.story/1 document as the static HTML of one element: its
declarative shadow DOM with its styles, which shows without JavaScript, and the
document as the element's inline <script type="application/json">, from which
the element hydrates when dist/cdn/passerelle-hydrate.js (or, in a bundle,
passerelle-news/hydrate.js) loads. "-" reads the document from standard input.

Options:
  --element <tag>          ${ELEMENTS.join(', ')} (required)
  --locale <tag>           fr, en, zh-Hans or any BCP 47 tag (default: the story's lang)
  --layout card|full       news-article (default: card)
  --heading-level <1-6>    news-article, news-timeline (default: 2)
  --href <url>             news-article: where the card's headline links
  --jsonld                 news-article: also the story as schema.org JSON-LD for
                           search engines, in the script the element keeps up to date
  --base-url <url>         with --jsonld: the page's address, for the story's relative
                           URLs (JSON-LD keeps only absolute ones)
  --quote <id>             news-pull-quote (default: the story's first quote)
  --org <id>               news-org-badge (default: the story's first organisation)
  --variant <variant>      news-org-badge: compact (default) or detailed
  --orientation <o>        news-timeline: vertical (default) or horizontal
  --out <file>             write the HTML to <file> instead of standard output
  -h, --help               show this help
  -v, --version            show the package's version

Exits with 1 and one line on standard error when the document cannot be read or
is not a valid story, or lacks what the element shows.
`;

/** A mistake in the command line, or a file that cannot be read or written: one line, exit code 1. */
class UsageError extends Error {}

/** What the project must install before it renders: one line, exit code 1, no pointer to --help. */
class SetupError extends Error {}

/**
 * The renderer, with Lit's server renderer (`@lit-labs/ssr`), which the package does not install
 * for the pages that draw in the browser (an optional peer dependency): without it, say what to install.
 */
async function loadRenderer() {
  try {
    return await import('./render-html.js');
  } catch (error) {
    const missing = (error as {code?: string}).code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes("'@lit-labs/ssr'");
    if (missing) throw new SetupError("render needs Lit's server renderer, which is not installed: npm install --save-dev @lit-labs/ssr@4");
    throw error;
  }
}

/** The document being rendered, as error messages name it. */
let documentName = '';

// Which options each element takes, and the values they accept.
const APPLIES: Record<string, readonly ElementName[]> = {
  layout: ['news-article'],
  href: ['news-article'],
  jsonld: ['news-article'],
  'base-url': ['news-article'],
  'heading-level': ['news-article', 'news-timeline'],
  quote: ['news-pull-quote'],
  org: ['news-org-badge'],
  variant: ['news-org-badge'],
  orientation: ['news-timeline'],
};
const CHOICES: Record<string, readonly string[]> = {
  layout: ['card', 'full'],
  variant: ['compact', 'detailed'],
  orientation: ['vertical', 'horizontal'],
};

function oneOf<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    const expected = choices.length > 2 ? `one of ${choices.join(', ')}` : choices.join(' or ');
    throw new UsageError(`--${name} must be ${expected}, not "${value}"`);
  }
  return value as T;
}

function readOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        element: {type: 'string'},
        locale: {type: 'string'},
        layout: {type: 'string'},
        'heading-level': {type: 'string'},
        href: {type: 'string'},
        jsonld: {type: 'boolean'},
        'base-url': {type: 'string'},
        quote: {type: 'string'},
        org: {type: 'string'},
        variant: {type: 'string'},
        orientation: {type: 'string'},
        out: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    });
  } catch (error) {
    // Node's own message for an unknown option is a paragraph about positionals; one line here.
    const unknown = (error as {code?: string}).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'(-[^']*)'/.exec((error as Error).message);
    throw new UsageError(unknown ? `unknown option "${unknown[1]}"` : (error as Error).message);
  }
  return parsed;
}

async function readInput(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      bytes = Buffer.concat(chunks);
    } else {
      bytes = await readFile(path);
    }
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    throw new StoryError('invalid-json', 'the document is not UTF-8');
  }
}

async function main(argv: string[]): Promise<number> {
  const {values, positionals} = readOptions(argv);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    // The package's own package.json, two folders up from dist/cli/.
    const {version} = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [command, input, ...extra] = positionals;
  if (command === undefined) {
    process.stderr.write(USAGE);
    return 1;
  }
  if (command !== 'render') throw new UsageError(`unknown command "${command}"; the command is "render"`);
  if (input === undefined) throw new UsageError('render needs a story document: a path, or "-" for standard input');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (values.element === undefined) throw new UsageError(`--element is required: ${ELEMENTS.join(', ')}`);
  const element = oneOf('element', values.element, ELEMENTS);
  for (const [name, elements] of Object.entries(APPLIES)) {
    const value = values[name as keyof typeof values];
    if (value === undefined) continue;
    if (!elements.includes(element)) throw new UsageError(`--${name} applies to ${elements.join(' and ')}, not ${element}`);
    if (CHOICES[name]) oneOf(name, value as string, CHOICES[name]);
  }
  let headingLevel: number | undefined;
  if (values['heading-level'] !== undefined) {
    headingLevel = Number(values['heading-level']);
    if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) {
      throw new UsageError(`--heading-level must be 1 to 6, not "${values['heading-level']}"`);
    }
  }
  // The card drops an href that its URL check refuses, and shows Read more instead: said here, where
  // the page's author is, rather than written on the element and ignored.
  if (values.href !== undefined && safeUrl(values.href) === undefined) {
    throw new UsageError(`--href must be an http(s) or relative URL, not "${values.href}"`);
  }
  if (values['base-url'] !== undefined) {
    if (!values.jsonld) throw new UsageError('--base-url goes with --jsonld');
    if (!URL.canParse(values['base-url'])) throw new UsageError(`--base-url must be an absolute URL, not "${values['base-url']}"`);
  }
  // fr_CA as fr-CA, as the elements read it: a build step may pass its content system's locale.
  const locale = values.locale === undefined ? undefined : withHyphens(values.locale);
  if (locale !== undefined) {
    try {
      Intl.getCanonicalLocales(locale);
    } catch {
      throw new UsageError(`--locale "${values.locale}" is not a BCP 47 language tag`);
    }
  }

  const options: RenderOptions = {
    element,
    locale,
    layout: values.layout as RenderOptions['layout'],
    headingLevel,
    href: values.href,
    quote: values.quote,
    org: values.org,
    variant: values.variant as RenderOptions['variant'],
    orientation: values.orientation as RenderOptions['orientation'],
    jsonld: values.jsonld,
    baseUrl: values['base-url'],
  };
  documentName = input === '-' ? 'standard input' : input;
  const {renderStoryHtml} = await loadRenderer();
  const json = await readInput(input);
  const out = `${await renderStoryHtml(json, options)}\n`;
  if (values.out === undefined) process.stdout.write(out);
  else {
    try {
      await writeFile(values.out, out);
    } catch (error) {
      throw new UsageError(`cannot write ${values.out}: ${(error as Error).message}`);
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof SetupError || error instanceof StoryError;
    const source = error instanceof StoryError ? `${documentName}: ` : '';
    process.stderr.write(`passerelle: ${source}${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
    if (error instanceof UsageError) process.stderr.write('Run "passerelle --help" for the options.\n');
    process.exitCode = 1;
  }
);
