/**
 * A story as the static HTML of one element, for pages without JavaScript: the element draws
 * itself on the server (@lit-labs/ssr) into a declarative shadow root that holds its styles, and
 * the document goes inline beside it, so that the element hydrates from the same data.
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {nothing, type TemplateResult} from 'lit';
import {html, unsafeStatic} from 'lit/static-html.js';
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

/**
 * The attributes the element is rendered with. The element also carries them as JSON in
 * `data-rendered-with`: should the page change any of its inputs before the hydration script
 * lets it go, the script draws it afresh rather than adopt nodes drawn from other inputs.
 */
function renderedAttributes(o: RenderOptions, locale: string): Record<string, string> {
  // The options are the command line's, which refuses those that do not apply to the element.
  const attributes = {locale, layout: o.layout, 'heading-level': o.headingLevel, href: o.href, jsonld: o.jsonld ? '' : undefined, quote: o.quote, org: o.org, variant: o.variant, orientation: o.orientation};
  return Object.fromEntries(Object.entries(attributes).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
}

function template(options: RenderOptions, attributes: Record<string, string>, document: unknown): TemplateResult {
  const a = attributes;
  const attr = (name: string) => a[name] ?? nothing;
  const tag = unsafeStatic(options.element);
  return html`<${tag} defer-hydration locale=${a.locale} layout=${attr('layout')} heading-level=${attr('heading-level')} href=${attr('href')} ?jsonld=${'jsonld' in a} quote=${attr('quote')} org=${attr('org')} variant=${attr('variant')} orientation=${attr('orientation')} data-rendered-with=${JSON.stringify(a)} .story=${document}></${tag}>`;
}

/**
 * Whether the rendered element shows its story: not its loading or error state, which static
 * HTML would then show for good. (Lit writes `shadowroot="open"` before `shadowrootmode`.)
 */
export function drewItsStory(html: string): boolean {
  return !/<template\b[^>]*\bshadowrootmode="open"[^>]*>[^]*part="(?:loading|error)"/.test(html);
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

  let out = await collectResult(render(template(options, renderedAttributes(options, locale), document)));
  // The markers of the template around the element: nothing on the client hydrates it, only
  // the element's own shadow root.
  out = out
    .replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^(<[a-z-]+) +/, '$1 ');
  const close = `</${options.element}>`;
  if (!out.endsWith(close) || !drewItsStory(out)) {
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
