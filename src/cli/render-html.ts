/**
 * A story as the static HTML of one element, for pages without JavaScript: the element draws
 * itself on the server (@lit-labs/ssr) into a declarative shadow root that holds its styles, and
 * the document goes inline beside it, so that the element hydrates from the same data.
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing, type TemplateResult} from 'lit';
import '../index.js';
import {NewsArticle} from '../news-article.js';
import {MAX_DOCUMENT_BYTES, parseStoryJson} from '../story/parse-story.js';
import {selectById} from '../story/select-by-id.js';
import {serializeJsonLd, storyToJsonLd} from '../story/json-ld.js';
import {StoryError} from '../story/story-error.js';
import type {Story} from '../story/types.js';
import type {RenderOptions} from './render-options.js';
import {interfaceLocale} from '../locale/interface-locale.js';
import {loadInterfaceLocale} from '../locale/messages.js';

/**
 * JSON that a `<script>` element holds as it is: `<` written `\u003c`, so that no `</script>` or
 * `<!--` in the text can end the script or change how the page parses it.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const attr = <T>(value: T | undefined) => value ?? nothing;

function template(options: RenderOptions, locale: string, document: unknown): TemplateResult {
  const o = options;
  switch (o.element) {
    case 'news-article':
      return html`<news-article defer-hydration locale=${locale} layout=${attr(o.layout)} heading-level=${attr(o.headingLevel)} href=${attr(o.href)} ?jsonld=${o.jsonld} .story=${document}></news-article>`;
    case 'news-pull-quote':
      return html`<news-pull-quote defer-hydration locale=${locale} quote=${attr(o.quote)} .story=${document}></news-pull-quote>`;
    case 'news-timeline':
      return html`<news-timeline defer-hydration locale=${locale} orientation=${attr(o.orientation)} heading-level=${attr(o.headingLevel)} .story=${document}></news-timeline>`;
    case 'news-org-badge':
      return html`<news-org-badge defer-hydration locale=${locale} org=${attr(o.org)} variant=${attr(o.variant)} .story=${document}></news-org-badge>`;
  }
}

/** What the element would refuse to show, refused here with the element's own `not-found` message. */
function checkSelection(story: Story, options: RenderOptions) {
  if (options.element === 'news-pull-quote') selectById(story, story.quotes, 'quote', options.quote, 'quote');
  if (options.element === 'news-org-badge') selectById(story, story.organizations, 'org', options.org, 'organization');
  if (options.element === 'news-timeline' && !story.timeline?.steps.length) {
    throw new StoryError('not-found', `timeline: story "${story.id}" has no timeline steps`);
  }
}

/**
 * The element's HTML: `<news-article …><template shadowrootmode="open">…</template><script
 * type="application/json">…</script></news-article>`. Throws a StoryError when the document is
 * not a story (`invalid-json`, `invalid-story`) or lacks what the element shows (`not-found`),
 * and a RangeError for a locale that is not a language tag.
 */
export async function renderStoryHtml(json: string, options: RenderOptions): Promise<string> {
  // The element parses the document again, and warns then about any value it drops.
  const story = parseStoryJson(json, {warn: () => {}});
  const document: unknown = JSON.parse(json);
  const [locale] = Intl.getCanonicalLocales(options.locale ?? story.lang);
  checkSelection(story, options);
  // Rendering is synchronous: the interface strings, and the full article's module, must be
  // here before it starts, as they are on the client before it hydrates (see hydrate.ts).
  await loadInterfaceLocale(interfaceLocale(locale));
  if (options.element === 'news-article' && options.layout === 'full') await NewsArticle.loadDetails();

  let out = await collectResult(render(template(options, locale, document)));
  // The markers of the template around the element: nothing on the client hydrates it, only
  // the element's own shadow root.
  out = out
    .replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^(<[a-z-]+) +/, '$1 ');
  const close = `</${options.element}>`;
  if (!out.endsWith(close) || /<template shadowrootmode="open"[^>]*>[^]*part="(?:loading|error)"/.test(out)) {
    throw new Error(`<${options.element}> did not render its story on the server`);
  }
  // The JSON-LD in the script the element keeps up to date once it runs: the same text, so it is left alone.
  const jsonLd = options.jsonld
    ? `<script type="application/ld+json" data-passerelle>${serializeJsonLd(storyToJsonLd(story, {locale, baseUrl: options.baseUrl}))}</script>`
    : '';
  // The element reads the inline copy again when it hydrates, under the same 1 MiB cap as any
  // document; escaped, a copy can outgrow a document that fitted. Refused here, not in the page.
  const inline = scriptJson(document);
  if (new Blob([inline]).size > MAX_DOCUMENT_BYTES) {
    throw new StoryError('too-large', `the inline copy of the story is larger than ${MAX_DOCUMENT_BYTES} bytes (a document is at most 1 MiB)`);
  }
  return `${out.slice(0, -close.length)}<script type="application/json">${inline}</script>${jsonLd}${close}`;
}
