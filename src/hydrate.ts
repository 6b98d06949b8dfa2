/**
 * Hydration of server-rendered elements (`passerelle render`): `dist/cdn/passerelle-hydrate.js`
 * and `passerelle-news/hydrate.js`: Lit's hydration support, then every element. The plain
 * drop-in carries none of this.
 *
 * The support patches LitElement, and must do so before any element is defined: an element
 * upgraded unpatched draws its story a second time beside the server's. Lit applies it when
 * LitElement is evaluated after it, which a bundler does not always keep (a chunk of Lit and the
 * elements shared with another page's entry runs before this module's own code; so does Vite's
 * dev server, which bundles the package apart). So this entry applies the support itself when
 * Lit has missed it, and only then defines the elements, rather than importing entries that
 * define them as they are evaluated.
 *
 * The renderer marks each element `defer-hydration`, which Lit's support honours: the element
 * waits, still showing the server's rendering, until what its first render needs has loaded —
 * its interface strings, and for a full article that module — so that its first render is the
 * one the server drew, which Lit then adopts in place: no flash, no layout shift.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {isServer, LitElement} from 'lit';
import {define} from './define.js';
import {NewsArticle} from './news-article/news-article.js';
import {NewsOrgBadge} from './news-org-badge/news-org-badge.js';
import {NewsPullQuote} from './news-pull-quote/news-pull-quote.js';
import {NewsTimeline} from './news-timeline/news-timeline.js';
import {interfaceLocale} from './locale/interface-locale.js';
import {loadInterfaceLocale} from './locale/messages.js';
import {resolveLocale} from './locale/resolve-locale.js';
import {hideFailedLogos} from './news-org-badge/org-badge.template.js';
import {inlineStoryOf} from './element/inline-story.js';

// What index.ts exports, without its defining the elements as it is evaluated.
export {NewsArticle, NewsOrgBadge, NewsPullQuote, NewsTimeline};
export type {ArticleLayout} from './news-article/news-article.js';
export type {BadgeVariant} from './news-org-badge/org-badge-detailed.template.js';
export type {TimelineOrientation} from './news-timeline/timeline.template.js';
export * from './npm-api.js';

type HydrateSupport = (lit: {LitElement: typeof LitElement}) => void;
// Applied, the support leaves LitElement an `observedAttributes` of its own (adding `defer-hydration`).
if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) {
  (globalThis as {litElementHydrateSupport?: HydrateSupport}).litElementHydrateSupport?.({LitElement});
}
// Defined only now, after the support (see above); the same tags are the ones hydrateElements lets go.
const ELEMENTS = {'news-article': NewsArticle, 'news-org-badge': NewsOrgBadge, 'news-pull-quote': NewsPullQuote, 'news-timeline': NewsTimeline};
for (const [tag, element] of Object.entries(ELEMENTS)) define(tag, element);
const DEFERRED = Object.keys(ELEMENTS).map((tag) => `${tag}[defer-hydration]`).join();

/** The `lang` of the element's inline story, which decides its locale when nothing else does. */
function inlineStoryLang(element: Element): string | undefined {
  try {
    const lang: unknown = JSON.parse(inlineStoryOf(element)?.textContent ?? '').lang;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Hydrates the server-rendered elements in `root` (the document by default; call it for a shadow
 * root of your own, or for markup inserted later), each once what it draws with has loaded.
 * Settles when every one has been let go and has drawn (rejects if one fails to hydrate).
 */
export async function hydrateElements(root: ParentNode = document): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll(DEFERRED)].map(async (element) => {
      const tag = resolveLocale(element, element.getAttribute('locale'), inlineStoryLang(element)) ?? 'en';
      const needs: Promise<unknown>[] = [loadInterfaceLocale(interfaceLocale(tag))];
      if (element.localName === 'news-article' && element.getAttribute('layout') === 'full') needs.push(NewsArticle.loadDetails());
      for (const result of await Promise.allSettled(needs)) {
        // The element renders anyway, as it would without a server: better than never.
        if (result.status === 'rejected') console.warn(`passerelle: <${element.localName}> hydrates without what it needed.`, result.reason);
      }
      element.removeAttribute('defer-hydration');
      await (element as LitElement).updateComplete;
      // Its logos' listeners came with the hydration: one that failed before needs telling.
      if (element.shadowRoot) hideFailedLogos(element.shadowRoot);
    })
  );
}

// On a server (a framework that also runs the page's modules there) there is nothing to hydrate.
if (!isServer) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void hydrateElements(), {once: true});
  else void hydrateElements();
}
