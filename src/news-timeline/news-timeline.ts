import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {css} from '../element/css.js';
import type {Story} from '../story/types.js';
import {StoryError} from '../story/story-error.js';
import {anyTranslated, pickText} from '../story/pick-text.js';
import {everySetCounts, StoryController, type ElementLocale} from '../element/story-controller.js';
import {renderState} from '../element/render-state.js';
import {translationNote, translationNoteStyles} from '../element/translation-note.js';
import {heading, headingLevel} from '../element/heading.js';
import {baseStyles} from '../element/base.styles.js';
import {orgBadgeStyles} from '../news-org-badge/org-badge.template.js';
import {msg} from '../locale/messages.js';
import {renderTimelineSteps, timelineStyles, timelineTexts, type TimelineOrientation} from './timeline.template.js';
import {StepSlices} from './step-slices.js';

/**
 * The path of an agreement, step by step: an ordered list in which each step says its status in
 * words and by the shape of its marker, its date at the precision known (or that none is
 * stated), what happened or may happen, where, and who takes part.
 *
 * A long timeline (over 200 steps) is rendered in slices of 200 steps, one task each, so that
 * even 10,000 steps never freeze the page: `news-ready` fires once the first slice is on screen,
 * and `updateComplete` settles once every step is.
 *
 * @tagname news-timeline
 * @summary The timeline of a news story, vertical or horizontal.
 *
 * @slot - Fallback content: shown while the story loads and if it fails, never beside the story.
 *
 * @fires {NewsReadyEvent} news-ready - After the element first renders a story. `detail: { story }`.
 * @fires {NewsErrorEvent} news-error - When the element cannot render its story, or the story has no timeline steps (`not-found`). `detail: { code, message, src? }`.
 *
 * @csspart base - The `<section>` around the timeline.
 * @csspart title - The timeline's title (a heading), when the story gives one.
 * @csspart steps - The `<ol>`.
 * @csspart step - Each `<li>`.
 * @csspart step-done - A done step's `<li>` (also `step`).
 * @csspart step-current - The current step's `<li>` (also `step`).
 * @csspart step-planned - A planned step's `<li>` (also `step`).
 * @csspart status - The status in words.
 * @csspart step-title - The step's title.
 * @csspart badge - Each organisation taking part.
 * @csspart logo - A badge's logo image, or the initials standing in for it.
 * @csspart name - A badge's organisation name (a link when it has a `url`).
 * @csspart translation-note - "Translated from …", under the steps, when the words shown are a translation.
 * @csspart fallback - The wrapper of the fallback children, drawn only while they show.
 * @csspart error - The message shown on failure when there are no fallback children.
 * @csspart loading - The placeholder shown while loading when there are no fallback children.
 *
 * @cssprop [--news-font-family=system-ui] - Font of all text.
 * @cssprop [--news-text-color=#1b1c1e (dark: #e8eaed)] - Main text colour.
 * @cssprop [--news-muted-color=#55595f (dark: #b3b8bf)] - Status, date and place.
 * @cssprop [--news-accent-color=#0b5cad (dark: #8cb8ff)] - Markers, links, initials.
 * @cssprop [--news-on-accent-color=#ffffff (dark: #0f1114)] - The tick drawn on the accent colour in a done step's marker: set it with the accent.
 * @cssprop [--news-surface-color=#ffffff (dark: #1d1f23)] - Background; `transparent` to blend in.
 * @cssprop [--news-border-color=#d4d7dc (dark: #44484f)] - Border and the line joining the steps.
 * @cssprop [--news-radius=0.5em] - Corner radius.
 * @cssprop [--news-space=1em] - Inner spacing.
 */
export class NewsTimeline extends LitElement {
  static override styles = [
    baseStyles,
    orgBadgeStyles,
    timelineStyles,
    translationNoteStyles,
    css`
      /* Horizontal only where its own width has room for the steps side by side (container
         queries, timeline.template.ts). A size container has no content width, so where a page
         sizes it by its content (floated, in a flex row, an inline block) it counts as 20em wide,
         which lays the steps out vertically, rather than collapse to nothing. */
      :host([orientation='horizontal']) {
        container-type: inline-size;
        contain-intrinsic-inline-size: 20em;
      }
      [part='title'] {
        margin: 0 0 0.75em;
        font-size: 1.15em;
        line-height: 1.3;
      }
    `,
  ];

  static override properties = {
    story: {attribute: false},
    src: {reflect: true, hasChanged: everySetCounts},
    locale: {reflect: true},
    orientation: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
  };

  /** The story document, as an object; wins over an inline `<script type="application/json">` and `src`. */
  story?: unknown;
  /** URL of the story document, fetched without credentials. */
  src?: string;
  /** Locale to render in (`fr`, `en`, `zh-Hans`, …); defaults to the nearest `lang`, then the story's. */
  locale?: string;
  /** `vertical` (default) or `horizontal`; horizontal falls back to vertical where its container is too narrow for the steps. */
  orientation: TimelineOrientation = 'vertical';
  /** Level of the title's heading, 1–6 (default 2). */
  headingLevel = 2;

  private readonly controller = new StoryController(this, (story) => {
    if (!story.timeline?.steps.length) throw new StoryError('not-found', `timeline: story "${story.id}" has no timeline steps`);
  });

  private readonly slices = new StepSlices(this);

  protected override willUpdate(changed: PropertyValues<this>) {
    this.controller.hostWillUpdate(changed);
  }

  protected override render() {
    return renderState(this.controller, (story, locale) => this.renderTimeline(story, locale));
  }

  private renderTimeline(story: Story, locale: ElementLocale) {
    const title = story.timeline?.title && pickText(story.timeline.title, locale.tag, story.lang);
    const orientation = this.orientation === 'horizontal' ? 'horizontal' : 'vertical';
    return html`<section
      part="base"
      class="surface"
      lang=${locale.ui}
      aria-labelledby=${title ? 'title' : nothing}
      aria-label=${title ? nothing : msg('Timeline', {id: 'timeline'})}
    >
      ${title ? heading(headingLevel(this.headingLevel), title.value, 'title', title.lang) : nothing}
      ${renderTimelineSteps(story, locale, orientation, this.slices.count(story, locale))}
      ${this.shownInTranslation(story, locale) ? translationNote(story.lang, locale) : nothing}
    </section>`;
  }

  /**
   * Whether the words shown are a translation, remembered for the story and locale drawn: a long
   * timeline is drawn a slice at a time, a render each, and one read in its original would have
   * every step's texts read again at each. (Inside a full article, the article's credit says it.)
   */
  private credit?: {story: Story; locale: string; translated: boolean};
  private shownInTranslation(story: Story, locale: ElementLocale) {
    if (this.credit?.story !== story || this.credit.locale !== locale.tag) {
      this.credit = {story, locale: locale.tag, translated: anyTranslated(timelineTexts(story.timeline), locale.tag, story.lang)};
    }
    return this.credit.translated;
  }

  /** Settles once every step of a long timeline is rendered, not only its first slice. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.slices.complete(() => super.getUpdateComplete());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
