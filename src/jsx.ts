/**
 * JSX types for the four elements in React 19 (`passerelle-news/jsx`, types only): with
 * `import type {} from 'passerelle-news/jsx';` once in a project, `<news-article story={story}
 * layout="full" onnews-ready={…} />` type-checks. React 19 sets `story` and the other properties
 * on the element, and listens to `news-ready` and `news-error` through `onnews-ready` and
 * `onnews-error`. Needs `@types/react` 19, which the package does not depend on.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {NewsArticle} from './news-article/news-article.js';
import type {NewsOrgBadge} from './news-org-badge/news-org-badge.js';
import type {NewsPullQuote} from './news-pull-quote/news-pull-quote.js';
import type {NewsTimeline} from './news-timeline/news-timeline.js';
import type {NewsErrorEvent, NewsReadyEvent} from './element/events.js';

/** An element's props: React's for any HTML element, the element's own properties, its events. */
type ElementProps<E extends HTMLElement, Own extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, Own>> & {
    'onnews-ready'?: (event: NewsReadyEvent) => void;
    'onnews-error'?: (event: NewsErrorEvent) => void;
  };

type Shared = 'story' | 'src' | 'locale';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // `heading-level` as written in HTML, beside the property `headingLevel`.
      'news-article': ElementProps<NewsArticle, Shared | 'layout' | 'headingLevel' | 'href' | 'jsonld'> & {'heading-level'?: number | string};
      'news-pull-quote': ElementProps<NewsPullQuote, Shared | 'quote'>;
      'news-org-badge': ElementProps<NewsOrgBadge, Shared | 'org' | 'variant'>;
      'news-timeline': ElementProps<NewsTimeline, Shared | 'orientation' | 'headingLevel'> & {'heading-level'?: number | string};
    }
  }
}
