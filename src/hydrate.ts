/**
 * Hydration of server-rendered elements (`passerelle render`): `dist/cdn/passerelle-hydrate.js`
 * and `passerelle-news/hydrate.js`. Lit's hydration support comes first, to patch LitElement
 * before it is defined (and in the drop-in, the very copy of Lit the elements extend); then
 * every element. The plain drop-in carries none of this.
 *
 * The renderer marks each element `defer-hydration`, which Lit's support honours: the element
 * waits, still showing the server's rendering, until what its first render needs has loaded —
 * its interface strings, and for a full article that module — so that its first render is the
 * one the server drew, which Lit then adopts in place: no flash, no layout shift.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {NewsArticle} from './news-article.js';
import {interfaceLocale} from './locale/interface-locale.js';
import {loadInterfaceLocale} from './locale/messages.js';
import {resolveLocale} from './locale/resolve-locale.js';

export * from './index.js';

const DEFERRED = ['news-article', 'news-pull-quote', 'news-timeline', 'news-org-badge'].map((tag) => `${tag}[defer-hydration]`).join();

/** The `lang` of the element's inline story, which decides its locale when nothing else does. */
function inlineStoryLang(element: Element): string | undefined {
  try {
    const lang: unknown = JSON.parse(element.querySelector(':scope > script[type="application/json"]')?.textContent ?? '').lang;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Hydrates the server-rendered elements in `root` (the document by default; call it for a shadow
 * root of your own, or for markup inserted later), each once what it draws with has loaded.
 * Settles when every one has been let go.
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
    })
  );
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void hydrateElements(), {once: true});
else void hydrateElements();
