import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {css} from '../element/css.js';
import type {Story} from '../story/types.js';
import {selectById} from '../story/select-by-id.js';
import {anyTranslated} from '../story/pick-text.js';
import {everySetCounts, StoryController} from '../element/story-controller.js';
import {renderState} from '../element/render-state.js';
import {translationNote, translationNoteStyles} from '../element/translation-note.js';
import {baseStyles} from '../element/base.styles.js';
import {detailedBadgeStyles, renderOrgBadge, type BadgeVariant} from './org-badge-detailed.template.js';

/**
 * One organisation of a story: its logo or initials and name (a link when it has a `url`), and
 * in the detailed variant its kind, region, member count and description.
 *
 * @tagname news-org-badge
 * @summary An organisation from a news story, compact or detailed.
 *
 * @slot - Fallback content: shown while the story loads and if it fails, never beside the story.
 *
 * @fires {NewsReadyEvent} news-ready - After the element first renders a story. `detail: { story }`.
 * @fires {NewsErrorEvent} news-error - When the element cannot render its story, or the story has no such organisation (`not-found`). `detail: { code, message, src? }`.
 *
 * @csspart base - The badge's outer box.
 * @csspart badge - The badge itself.
 * @csspart logo - The logo image, or the initials standing in for it.
 * @csspart name - The organisation's name (a link when it has a `url`).
 * @csspart facts - Detailed: kind, region and member count.
 * @csspart description - Detailed: the description.
 * @csspart translation-note - Detailed: "Translated from …", when its kind, region, members or description are shown in translation.
 * @csspart fallback - The wrapper of the fallback children, drawn only while they show.
 * @csspart error - The message shown on failure when there are no fallback children.
 * @csspart loading - The placeholder shown while loading when there are no fallback children.
 *
 * @cssprop [--news-font-family=system-ui] - Font of all text.
 * @cssprop [--news-text-color=#1b1c1e (dark: #e8eaed)] - Main text colour.
 * @cssprop [--news-muted-color=#55595f (dark: #b3b8bf)] - Kind, region and member count.
 * @cssprop [--news-accent-color=#0b5cad (dark: #8cb8ff)] - Links, focus ring, initials.
 * @cssprop [--news-surface-color=#ffffff (dark: #1d1f23)] - Background; `transparent` to blend in.
 * @cssprop [--news-border-color=#d4d7dc (dark: #44484f)] - Border of the detailed variant.
 * @cssprop [--news-radius=0.5em] - Corner radius.
 * @cssprop [--news-space=1em] - Inner spacing.
 */
export class NewsOrgBadge extends LitElement {
  static override styles = [
    baseStyles,
    detailedBadgeStyles,
    translationNoteStyles,
    css`
      /* Whatever is not detailed draws the compact badge (an empty or unknown variant too), and
         sits inline like it. */
      :host(:not([variant='detailed'])) {
        display: inline-block;
        max-width: 100%;
      }
      /* In a sentence, the name stands on the sentence's baseline. A flex box takes its baseline
         from its first item, and a logo, an image, has none but its bottom edge: the name rose
         above the words around it. The name gives the baseline instead; its top margin centres
         its line (1.5em high) on the mark (2em), as align-items: center did. */
      :host(:not([variant='detailed'])) .name {
        align-self: baseline;
        margin-top: 0.25em;
      }
      /* Standing alone, the compact badge paints its surface too, as every element does: without
         it a light page under a dark scheme would show the dark scheme's light text on white. */
      .plain {
        padding: 0.25em 0.375em;
        border-radius: var(--news-radius, 0.5em);
        background: var(--news-surface-color, var(--_surface));
      }
      /* Failing mid-sentence, a compact badge says so in about a line's room, as it would
         have taken, not in a card's padded box. */
      :host(:not([variant='detailed'])) [part='error'] {
        padding: 0.25em 0.375em;
        font-size: 0.875em;
      }
      /* A compact badge loading holds about the room of a loaded one, not a block's. */
      :host(:not([variant='detailed'])) .loading {
        width: 12em;
        min-height: 2.5em;
      }
    `,
  ];

  static override properties = {
    story: {attribute: false},
    src: {reflect: true, hasChanged: everySetCounts},
    locale: {reflect: true},
    org: {reflect: true},
    variant: {reflect: true},
  };

  /** The story document, as an object; wins over an inline `<script type="application/json">` and `src`. */
  story?: unknown;
  /** URL of the story document, fetched without credentials. */
  src?: string;
  /** Locale to render in (`fr`, `en`, `zh-Hans`, …); defaults to the nearest `lang`, then the story's. */
  locale?: string;
  /** Id of the organisation to show; defaults to the story's first. */
  org?: string;
  /** `compact` (default) or `detailed`. */
  variant: BadgeVariant = 'compact';

  private readonly controller = new StoryController(this, (story) => void this.organization(story));

  private organization(story: Story) {
    return selectById(story, story.organizations, 'org', this.org, 'organization');
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.controller.hostWillUpdate(changed);
  }

  protected override render() {
    return renderState(this.controller, (story, locale) => {
      const detailed = this.variant === 'detailed';
      const org = this.organization(story);
      // Said of the words the detailed badge adds; a name is a name (the card does not count it either).
      const translated = detailed && anyTranslated([org.kind, org.region, org.members?.unit, org.description], locale.tag, story.lang);
      return html`<div part="base" class=${detailed ? 'surface' : 'plain'} lang=${locale.ui}>
        ${renderOrgBadge(org, story, locale, detailed ? 'detailed' : 'compact')}
        ${translated ? translationNote(story.lang, locale) : nothing}
      </div>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-org-badge': NewsOrgBadge;
  }
}
