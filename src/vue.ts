/**
 * Types for the four elements in Vue 3 templates (`passerelle-news/vue`, types only): with
 * `import type {} from 'passerelle-news/vue';` once in a project, vue-tsc checks
 * `<news-article :story="story" layout="full" @news-ready="…" />` as it checks Vue's own
 * components: the elements' properties, their values, and the events' detail. Vue sets `story`
 * and the other properties on the element. Vue's documented way for elements not built with it.
 */
import type {EmitFn, HTMLAttributes, PublicProps} from 'vue';
import type {NewsArticle} from './news-article/news-article.js';
import type {NewsOrgBadge} from './news-org-badge/news-org-badge.js';
import type {NewsPullQuote} from './news-pull-quote/news-pull-quote.js';
import type {NewsTimeline} from './news-timeline/news-timeline.js';
import type {NewsErrorEvent, NewsReadyEvent} from './element/events.js';

/** What Vue reads of a component's type: its props (`$props`) and its events (`$emit`). */
type VueElement<E extends HTMLElement, Own extends keyof E, Extra = {}> = new () => E & {
  /** @deprecated For template type-checking only; not on the element. */
  $props: HTMLAttributes & PublicProps & Partial<Pick<E, Own>> & Extra;
  /** @deprecated For template type-checking only; not on the element. */
  $emit: EmitFn<{'news-ready': (event: NewsReadyEvent) => void; 'news-error': (event: NewsErrorEvent) => void}>;
};

type Shared = 'story' | 'src' | 'locale';
// Vue reads `heading-level="2"` as the property headingLevel, given the attribute's string (which
// the element reads as a number).
type HeadingLevel = {headingLevel?: number | string};

declare module 'vue' {
  interface GlobalComponents {
    'news-article': VueElement<NewsArticle, Shared | 'layout' | 'href' | 'jsonld', HeadingLevel>;
    'news-pull-quote': VueElement<NewsPullQuote, Shared | 'quote'>;
    'news-org-badge': VueElement<NewsOrgBadge, Shared | 'org' | 'variant'>;
    'news-timeline': VueElement<NewsTimeline, Shared | 'orientation', HeadingLevel>;
  }
}
