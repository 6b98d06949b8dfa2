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
import {isServer, LitElement, render, type PropertyValues} from 'lit';
import {define} from './define.js';
import {NewsArticle} from './news-article/news-article.js';
import {NewsOrgBadge} from './news-org-badge/news-org-badge.js';
import {NewsPullQuote} from './news-pull-quote/news-pull-quote.js';
import {NewsTimeline} from './news-timeline/news-timeline.js';
import {interfaceLocale} from './locale/interface-locale.js';
import {loadInterfaceLocale} from './locale/messages.js';
import {resolveLocale} from './locale/resolve-locale.js';
import {hideFailedLogos} from './news-org-badge/org-badge.template.js';
import {findChild, inlineStoryOf} from './element/inline-story.js';
import {dispatchNewsEvent} from './element/events.js';
import {parseStoryJson} from './story/parse-story.js';
import {StoryError} from './story/story-error.js';

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
const ELEMENTS = {'news-article': NewsArticle, 'news-org-badge': NewsOrgBadge, 'news-pull-quote': NewsPullQuote, 'news-timeline': NewsTimeline};
const DEFERRED = Object.keys(ELEMENTS).map((tag) => `${tag}[defer-hydration]`).join();

/**
 * Rendered elements whose inputs the page changed after the server drew them (a framework's
 * re-render, an editor's preview): the server's nodes show another locale, quote or layout, and
 * Lit would adopt them as they are, leaving the old text, or throw "Hydration value mismatch".
 * These are drawn afresh instead, in the same shadow root; so are those whose markup lost the
 * comments Lit hydrates by (see hasLitMarkers).
 */
const drawAfresh = new WeakSet<Element>();

/**
 * Properties set on rendered elements before they were defined. Lit takes them off the element as
 * it upgrades it and applies them only at its first update, after the choice between hydrating
 * and drawing afresh: so they are read now, before the elements are defined below, in the
 * document and in the open shadow roots within it (on a server there is no page).
 */
const setEarly = new WeakMap<Element, Record<string, unknown>>();
if (!isServer) {
  const roots: ParentNode[] = [document];
  for (const root of roots) {
    for (const element of root.querySelectorAll('*')) {
      // Not into this library's own roots: the elements there (a full article's quotes) are
      // let go by their host, and the page does not set their properties.
      if (element.shadowRoot && !(element.localName in ELEMENTS)) roots.push(element.shadowRoot);
      if (!element.matches(DEFERRED)) continue;
      // As declared: Lit lists a class's properties (elementProperties) once it is defined.
      const declared = Object.keys(ELEMENTS[element.localName as keyof typeof ELEMENTS].properties);
      const own = declared.filter((name) => Object.prototype.hasOwnProperty.call(element, name));
      if (own.length) setEarly.set(element, Object.fromEntries(own.map((name) => [name, (element as unknown as Record<string, unknown>)[name]])));
    }
  }
}

/** The value the element's property will have at its first update. */
function valueOf(element: Element, name: string): unknown {
  const early = setEarly.get(element);
  return early && name in early ? early[name] : (element as unknown as Record<string, unknown>)[name];
}

/**
 * Whether the element's inputs differ from those the server drew it with, which the renderer
 * writes in `data-rendered-with` (a pull-quote inside a full article has none: its article
 * gives it its inputs). Compared as properties, against an element given those attributes alone.
 */
function inputsChanged(element: Element): boolean {
  const recorded = element.getAttribute('data-rendered-with');
  if (recorded === null) return false;
  const reference = document.createElement(element.localName) as unknown as Record<string, unknown>;
  try {
    for (const [name, value] of Object.entries(JSON.parse(recorded) as Record<string, string>)) (reference as unknown as Element).setAttribute(name, value);
  } catch {
    return true; // not the renderer's
  }
  const {elementProperties} = element.constructor as typeof LitElement;
  return [...elementProperties].some(([name, options]) => !options.state && !Object.is(valueOf(element, name as string), reference[name as string]));
}

/**
 * Whether the server's rendering still has the comments Lit hydrates by. An HTML minifier that
 * strips comments takes them away, and so does `Document.parseHTMLUnsafe`; Lit would then leave
 * the element shown but unresponsive, and later draw it a second time beside the server's nodes.
 */
function hasLitMarkers(element: Element): boolean {
  const root = element.shadowRoot;
  return !!root && !!findChild(root, (node) => node.nodeType === 8 /* comment */ && (node as Comment).data.startsWith('lit-part'));
}

/*
 * An element's first update, once it is let go, takes one of three paths:
 * - hydrating: Lit adopts the server's nodes in place (the usual case);
 * - drawn afresh, when its inputs changed since the server drew it, or its markup lost Lit's
 *   comments (`drawAfresh`, above);
 * - recovered, when Lit finds the server's nodes built otherwise than this script draws them
 *   (`hydrating`, below).
 */
const prototype = LitElement.prototype as unknown as {
  createRenderRoot(this: LitElement): HTMLElement | DocumentFragment;
  update(this: LitElement, changed: PropertyValues): void;
};
/** This library's elements whose first update hydrates the server's nodes. */
const hydrating = new WeakSet<LitElement>();

// Lit's support hydrates every element that has a shadow root when it connects. Hidden from it,
// an element drawn afresh attaches one as any element does, and attachShadow hands back the
// root the parser attached, emptied of the server's nodes (the element's styles then adopted).
const createRenderRoot = prototype.createRenderRoot;
prototype.createRenderRoot = function () {
  if (!drawAfresh.delete(this)) {
    // The page's own Lit components, if they share this Lit, are left as Lit has them.
    if (this.shadowRoot && this.localName in ELEMENTS) hydrating.add(this);
    return createRenderRoot.call(this);
  }
  Object.defineProperty(this, 'shadowRoot', {value: null, configurable: true});
  try {
    return createRenderRoot.call(this);
  } finally {
    delete (this as {shadowRoot?: unknown}).shadowRoot;
  }
};

// Lit throws "Hydration value mismatch" (or another error of its hydration) when the server's
// nodes are built otherwise than this script draws them: markup from another version of the
// package, or edited by hand. The element would stay shown but unresponsive; it is drawn afresh
// instead, beside the server's styles.
const update = prototype.update;
prototype.update = function (changed) {
  if (!hydrating.delete(this)) return update.call(this, changed);
  try {
    update.call(this, changed);
  } catch (error) {
    // Drawn again first: an error of the element's own drawing comes back here, and goes on
    // with the server's nodes left on screen rather than an empty element.
    const drawing = this.render();
    // A quote inside a full article that failed may be let go as its article's nodes are taken away.
    if (this.isConnected) console.warn(`passerelle: <${this.localName}> could not take over the server's markup; drawn afresh.`, error);
    for (const node of [...this.renderRoot.childNodes]) if ((node as Element).localName !== 'style') node.remove();
    render(drawing, this.renderRoot, this.renderOptions);
  }
};

// Defined only now, after the support (see above); the same tags are the ones hydrateElements lets go.
for (const [tag, element] of Object.entries(ELEMENTS)) define(tag, element);

/** The `lang` of the element's inline story, which decides its locale when nothing else does. */
function inlineStoryLang(element: Element): string | undefined {
  try {
    const lang: unknown = JSON.parse(inlineStoryOf(element)?.textContent ?? '').lang;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/** The elements kept as the server drew them, with the reason given for each. */
const keptFor = new WeakMap<Element, string>();

/**
 * Why the element, let go, could not draw the story the server drew, if it could not: it has no
 * `story` property, and the inline document the server wrote beside it is broken or gone (a
 * sanitiser that strips scripts) with no `src` to stand in. Let go, it would show the loading
 * placeholder or an error where the server's rendering shows the whole story.
 */
function storyMissing(element: Element): StoryError | undefined {
  const story = valueOf(element, 'story');
  if (story !== undefined && story !== null) return undefined;
  const inline = inlineStoryOf(element);
  if (!inline) return valueOf(element, 'src') ? undefined : new StoryError('invalid-story', 'its inline story is gone');
  try {
    // Its warnings are the element's to print, once it draws.
    parseStoryJson(inline.textContent ?? '', {warn: () => {}});
  } catch (error) {
    return error as StoryError; // parseStoryJson throws no other kind
  }
  return undefined;
}

/**
 * Hydrates the server-rendered elements in `root` (the document by default; call it for a shadow
 * root of your own, or for markup inserted later), each once what it draws with has loaded.
 * Settles when every one has been let go and has drawn (rejects if one fails to draw), or has
 * been kept as the server drew it for want of a story (see storyMissing).
 */
export async function hydrateElements(root: ParentNode = document): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll(DEFERRED)].map(async (element) => {
      // As the element will read them: the properties set before it was defined included.
      // The inline story is parsed for its lang only when nothing else names the locale.
      const tag = resolveLocale(element, valueOf(element, 'locale') as string | undefined) ?? inlineStoryLang(element) ?? 'en';
      const needs: Promise<unknown>[] = [loadInterfaceLocale(interfaceLocale(tag))];
      if (element.localName === 'news-article' && valueOf(element, 'layout') === 'full') needs.push(NewsArticle.loadDetails());
      for (const result of await Promise.allSettled(needs)) {
        // The element renders anyway, as it would without a server: better than never.
        if (result.status === 'rejected') console.warn(`passerelle: <${element.localName}> hydrates without what it needed.`, result.reason);
      }
      const missing = storyMissing(element);
      if (missing) {
        // Kept as the server drew it, still waiting (a later call, once it has a story, lets it go):
        // the page keeps the story, and hears once why the element does not respond.
        if (keptFor.get(element) !== missing.message) {
          keptFor.set(element, missing.message);
          console.warn(`passerelle: <${element.localName}> keeps the server's markup, not hydrated: ${missing.message}.`);
          dispatchNewsEvent(element, 'news-error', {code: missing.code, message: missing.message}, () => keptFor.delete(element));
        }
        return;
      }
      if (!hasLitMarkers(element) || inputsChanged(element)) {
        drawAfresh.add(element);
        // The search-engine data the server wrote beside it, which the element no longer keeps.
        if (valueOf(element, 'jsonld') === false) element.querySelector(':scope > script[data-passerelle]')?.remove();
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
