/**
 * What only the full `<news-article>` shows: the body with the story's quotes as pull-quotes,
 * the timeline, and the organisations in detail. A module of its own, loaded the first time an
 * article is shown in full (see `NewsArticle.loadDetails`), so that a page of cards does not
 * pay for it.
 */
import {html, nothing, type ReactiveControllerHost} from 'lit';
import {css} from '../element/css.js';
// The full article's quotes are <news-pull-quote> elements.
import '../news-pull-quote.js';
import {msg} from '../locale/messages.js';
import {pickText} from '../story/pick-text.js';
import type {Quote, Story} from '../story/types.js';
import type {ElementLocale} from '../element/story-controller.js';
import {heading} from '../element/heading.js';
import {renderTimelineSteps, timelineStyles, timelineTexts} from '../news-timeline/timeline.template.js';
import {StepSlices} from '../news-timeline/step-slices.js';
import {detailedBadgeStyles, renderDetailedBadge} from '../news-org-badge/org-badge-detailed.template.js';

/**
 * A pull-quote's parts, forwarded as quote-<part> (`quote-caption`, …): CSS cannot chain
 * `::part()::part()`, so a page styles the inside of the article's quotes through these.
 */
const quoteParts = ['base', 'quote', 'caption', 'translation-note', 'toggle', 'original'].map((name) => `${name}:quote-${name}`).join(', ');

/** Each article's timeline, rendered a slice at a time as `<news-timeline>` renders its own. */
const slicesOf = new WeakMap<ReactiveControllerHost, StepSlices>();

/**
 * Settles once the article's timeline has all its steps in the DOM (the article's own update
 * having settled, through `updateComplete`).
 */
export function stepsComplete(article: ReactiveControllerHost, updateComplete: () => Promise<boolean>): Promise<boolean> {
  return slicesOf.get(article)?.complete(updateComplete) ?? updateComplete();
}

/**
 * The body with its pull-quotes, then the timeline under its title, then the organisations (the
 * list the article draws, in detail) under theirs.
 * @param level the article headline's level: the titles are one below
 */
export function renderDetails(article: ReactiveControllerHost, story: Story, locale: ElementLocale, level: number, organizations: unknown) {
  // Created the first time the article shows its details: a card never shown in full has none.
  let slices = slicesOf.get(article);
  if (!slices) slicesOf.set(article, (slices = new StepSlices(article)));
  const quotesAfter = placeQuotes(story);
  const pullQuotes = (index: number) =>
    (quotesAfter.get(index) ?? []).map(
      (quote) =>
        html`<news-pull-quote part="quote" exportparts=${quoteParts} .story=${story} quote=${quote.id} locale=${locale.tag}></news-pull-quote>`
    );
  const timelineTitle = story.timeline?.title && pickText(story.timeline.title, locale.tag, story.lang);
  return html`<div id="details" class="details">
    <div part="body" class="body">
      ${pullQuotes(-1)}
      ${story.body.map((paragraph, i) => {
        const p = pickText(paragraph, locale.tag, story.lang);
        return html`<p lang=${p.lang}>${p.value}</p>${pullQuotes(i)}`;
      })}
    </div>
    ${story.timeline?.steps.length
      ? // A section under its heading, not a named region: a <news-timeline> of the same story
        // elsewhere on the page is the region of that name.
        html`<section part="timeline" class="timeline">
          ${heading(
            Math.min(level + 1, 6),
            timelineTitle?.value ?? msg('Timeline', {id: 'timeline'}),
            'timeline-title',
            timelineTitle?.lang ?? locale.ui
          )}
          ${renderTimelineSteps(story, locale, 'vertical', slices.count(story, locale))}
        </section>`
      : nothing}${
      // Their own heading: after the timeline's, they would be read as part of the timeline. In
      // one box with the list, so that on paper or in a page's columns the heading goes with the
      // first organisation: as siblings, the break kept from after the heading cut that one in two.
      story.organizations.length
        ? html`<div class="parties">${heading(
            Math.min(level + 1, 6),
            msg('Organizations', {id: 'organizations'}),
            'organizations-title',
            locale.ui
          )}${organizations}</div>`
        : nothing}
  </div>`;
}

export {renderDetailedBadge};

/** The words of the details, for the "translated from …" credit: the body's and the timeline's. */
export const detailTexts = (story: Story) => [...story.body, ...timelineTexts(story.timeline)];

/**
 * Renders now the pull-quotes in an article's shadow root that wait for their update (Lit lets an
 * element's pending update be run early). Their events stay in that root (see dispatchNewsEvent).
 * Called after each update of an article once this module has loaded (see NewsArticle.update).
 */
export function drawPullQuotes(root: ShadowRoot) {
  // performUpdate is protected in Lit's types, for elements' own use. A page may have defined
  // the tag with code of its own (define() keeps the first definition): that one is left be.
  for (const quote of root.querySelectorAll<Element & {performUpdate?(): void}>('news-pull-quote')) quote.performUpdate?.();
}

/**
 * Where each quote goes in the body: after the paragraph whose original text contains its
 * words, else after the lede (index 0), or before everything (-1) when there is no body.
 */
function placeQuotes(story: Story): Map<number, Quote[]> {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const paragraphs = story.body.map((p) => flat(p[story.lang] ?? ''));
  const placed = new Map<number, Quote[]>();
  for (const quote of story.quotes) {
    const words = flat(quote.text[quote.lang]);
    const found = paragraphs.findIndex((p) => p.includes(words));
    const index = found >= 0 ? found : paragraphs.length ? 0 : -1;
    placed.set(index, [...(placed.get(index) ?? []), quote]);
  }
  return placed;
}


/** The rules of the full article's own parts: body, pull-quotes, timeline, detailed organisations. */
const detailsRules = css`
  /* Larger on a wider screen: 1.6em on a phone, 2em from a viewport of 36em (the article is no
     size container, see news-article.styles.ts). A step, not a size that follows the viewport
     (1.25em + 1vw): zooming shrinks the viewport, and such a headline grew to 165% at 200% while
     the text around it doubled. A window of 1152 px or more at 200% is a viewport of 576 px or
     more: still 2em, twice the size. */
  .full [part='headline'] {
    font-size: 1.6em;
  }
  @media (min-width: 36em) {
    .full [part='headline'] {
      font-size: 2em;
    }
  }
  .body p {
    margin: 0.9em 0;
  }
  /* In the article's font and colour, also when a page sets them on the article itself rather
     than through --news-*: each quote's own :host rule would set the defaults again. The --news-*
     a page sets (on an ancestor, or on news-article::part(quote)) come first, as in the quote. */
  .body news-pull-quote {
    margin: 1.25em 0;
    font-family: var(--news-font-family, inherit);
    color: var(--news-text-color, inherit);
  }
  /* Inside the article a quote is set off by its rule alone, on the article's surface. */
  .body news-pull-quote::part(base) {
    background: transparent;
    border-block: none;
    border-inline-end: none;
    border-radius: 0;
    padding-block: 0;
  }
  .timeline {
    margin-top: 1.5em;
  }
  [part~='timeline-title'],
  [part~='organizations-title'] {
    margin: 0 0 0.75em;
    font-size: 1.15em;
    line-height: 1.3;
  }
  [part~='organizations-title'] {
    margin-top: 1.5em;
  }
  /* The detailed badges (the list under their heading): as many columns of at least 16em as fit;
     one, narrower, in a narrow card. */
  .parties .organizations {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
  }
  /* Last in the article (no source line after it), the list ends at the article's padding, as
     the article's own last child does (article > :last-child). */
  .details:last-child .parties > :last-child {
    margin-bottom: 0;
  }
`;

export const detailsStyles = [detailedBadgeStyles, timelineStyles, detailsRules];
