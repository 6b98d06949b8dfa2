/**
 * What `passerelle render` can be asked for: the elements and their options. Apart from the
 * renderer, so that the command line reads them without loading Lit's server renderer, which the
 * package leaves to those who render on a server (an optional peer dependency).
 */
export const ELEMENTS = ['news-article', 'news-pull-quote', 'news-timeline', 'news-org-badge'] as const;
export type ElementName = (typeof ELEMENTS)[number];

export interface RenderOptions {
  element: ElementName;
  /** The element's `locale` attribute; the story's `lang` when absent (the server sees no page `lang`). */
  locale?: string;
  layout?: 'card' | 'full';
  headingLevel?: number;
  href?: string;
  quote?: string;
  org?: string;
  variant?: 'compact' | 'detailed';
  orientation?: 'vertical' | 'horizontal';
  /** news-article: also its schema.org JSON-LD, as the `jsonld` attribute keeps it (see json-ld-script.ts). */
  jsonld?: boolean;
  /** The page's URL, which the JSON-LD resolves the story's relative URLs against. */
  baseUrl?: string;
}
