/**
 * A story as schema.org JSON-LD for search engines: what `<news-article jsonld>` writes into the
 * page and what a static renderer can write beside its HTML. No DOM and no Lit, so it runs in
 * Node as well as in the browser.
 *
 * Honest content only: every value is one the story states, in the language the data says it
 * is in. A story without a date gets no `datePublished`; nothing is invented to fill a field.
 */
import {pickText} from './pick-text.js';
import type {Organization, Person, Quote, Story, Text} from './types.js';

/** A JSON-LD node: a schema.org type and its properties. */
export interface JsonLdNode {
  '@type': string;
  [property: string]: unknown;
}

/** What `storyToJsonLd` returns: one schema.org `NewsArticle`, with its context. */
export interface NewsArticleJsonLd extends JsonLdNode {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  /** The language of the article's own text (the headline's, and every other prose value's). */
  inLanguage: string;
}

export interface StoryToJsonLdOptions {
  /** The locale to describe the story in, as an element's `locale` (`fr`, `en-GB`, `zh-Hans`…); defaults to the story's `lang`. */
  locale?: string;
  /**
   * The URL that the story's relative URLs are relative to: the page's for a story given as a
   * property or inline, the document's for one fetched from a URL (`parseStory` has already
   * resolved those). JSON-LD wants absolute URLs, so without it relative URLs are left out.
   */
  baseUrl?: string;
}

/**
 * The story as a schema.org `NewsArticle`: headline, summary (`description`), dateline,
 * `datePublished` when the story states a date, `inLanguage`, the source it is based on, the
 * organisations it is `about`, and its quotes as `Quotation`s (`hasPart`), the words verbatim.
 * Give it a story from `parseStory`.
 */
export function storyToJsonLd(story: Story, options: StoryToJsonLdOptions = {}): NewsArticleJsonLd {
  const headline = pickText(story.headline, options.locale ?? story.lang, story.lang);
  const lang = headline.lang;
  const url = (value: string | undefined) => absoluteUrl(value, options.baseUrl);
  // Prose is given only in the article's language, so that `inLanguage` is true of all of it: a
  // summary the story has not translated is left out rather than passed off as a translation.
  const prose = (text: Text | undefined) => {
    if (!text) return undefined;
    const picked = pickText(text, lang, story.lang);
    return picked.fallback ? undefined : picked.value;
  };
  // Names are names in any language: an untranslated one stands, as the element shows it.
  const name = (text: Text) => pickText(text, lang, story.lang).value;
  // A name shown in translation (数字联盟, 塞尔日·兰德里) keeps the one the story gives beside it,
  // as an alternate name, and so does a short name: whoever reads the data can find who is meant.
  const names = (text: Text, shortName?: Text) => {
    const shown = name(text);
    // The story's own as shown too (French spaces made non-breaking), to compare like with like.
    const own = pickText(text, story.lang, story.lang).value;
    const others = [...new Set([shortName && name(shortName), own])].filter((other) => other && other !== shown);
    return {name: shown, alternateName: others.length > 1 ? others : others[0]};
  };

  const organization = (org: Organization, detailed: boolean): JsonLdNode =>
    compact({
      '@type': 'Organization',
      ...names(org.name, org.shortName),
      url: url(org.url),
      ...(detailed && {
        description: prose(org.description),
        logo: url(org.logo),
        // `region` is free text ("Quebec, Ontario and the Atlantic provinces"), the area the
        // organisation covers rather than a postal region: `areaServed` takes Text.
        areaServed: org.region && name(org.region),
        // `country` is an ISO 3166-1 alpha-2 code, which is what `addressCountry` asks for.
        address: org.country && {'@type': 'PostalAddress', addressCountry: org.country},
      }),
      // The member count has no schema.org property: `numberOfEmployees` would be false of members.
    });

  const person = (p: Person): JsonLdNode => {
    const org = p.organization ? story.organizations.find((o) => o.id === p.organization) : undefined;
    return compact({
      '@type': 'Person',
      ...names(p.name),
      jobTitle: prose(p.role),
      // `affiliation`, not `worksFor`: the story says which organisation, not how they are tied.
      affiliation: org && organization(org, false),
    });
  };

  // The words as they were said, in their own language, never a translation: a Quotation's
  // `creator` says who said exactly this text, and its `inLanguage` says in which language.
  // The speaker is looked up here, not with the pull-quote's findSpeaker (speaker.ts): a module
  // that both the JSON-LD chunk and the elements chunk import would go in the drop-in's core
  // (rollup.config.mjs). As findSpeaker does, a person of that id first, or else an organisation.
  const quotation = (quote: Quote): JsonLdNode => {
    const speaker = story.people.find((p) => p.id === quote.speaker);
    const org = story.organizations.find((o) => o.id === quote.speaker);
    return compact({
      '@type': 'Quotation',
      text: quote.text[quote.lang],
      inLanguage: quote.lang,
      creator: speaker ? person(speaker) : org && organization(org, false),
    });
  };

  const source = story.source;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline.value,
    description: prose(story.summary),
    dateline: prose(story.dateline),
    // A PartialDate (`2012`, `2012-11`, `2012-11-20`) is an ISO 8601 date at reduced precision.
    datePublished: story.published,
    inLanguage: lang,
    // The source is who first published the story. Not `publisher`: this data describes the
    // story as the host page shows it, perhaps in translation, and a page's publisher is the
    // site's, which it may state in its own markup. Not `sourceOrganization`, which is the
    // organisation an author works for. `isBasedOn` says what is true whether the page shows
    // the story as published or translated: it derives from a work that the source published.
    isBasedOn: source && compact({'@type': 'CreativeWork', url: url(source.url), publisher: compact({'@type': 'Organization', name: name(source.name)})}),
    // The organisations are what the story is about (the parties to the agreement it reports),
    // not passing mentions.
    about: list(story.organizations.map((org) => organization(org, true))),
    // A Quotation is a CreativeWork, which is what `hasPart` takes: the quotes are parts of the
    // article. (`citation` is for works the article refers to, `spokenByCharacter` for fiction.)
    hasPart: list(story.quotes.map(quotation)),
  }) as NewsArticleJsonLd;
}

/**
 * Text for a `<script type="application/ld+json">` element: the JSON with every `<` written as
 * `\u003c`, so that no text in a story (`</script>`, `<!--`) can end the element or change how
 * an HTML parser reads it. JSON parsers read it back unchanged.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** An absolute http(s) URL, or undefined: JSON-LD consumers cannot resolve a relative one. */
function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const resolved = new URL(value, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

const list = <T>(items: T[]) => (items.length ? items : undefined);

/** The object without its undefined, empty and false properties. */
function compact<T extends object>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && value !== '' && value !== false)) as T;
}
