import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import type {Quote, Story, Text} from '../story/types.js';
import {selectById} from '../story/select-by-id.js';
import {asShown, pickText, type PickedText} from '../story/pick-text.js';
import {findSpeaker} from '../story/speaker.js';
import {everySetCounts, StoryController, type ElementLocale} from '../element/story-controller.js';
import {renderState} from '../element/render-state.js';
import {baseStyles} from '../element/base.styles.js';
import {msg} from '../locale/messages.js';
import {translatedFrom} from '../locale/language-names.js';
import {writtenWithoutSpaces} from '../locale/format.js';
import {pullQuoteStyles} from './news-pull-quote.styles.js';

/**
 * A quote from a story, exactly as said: the words in their language, who said them, in what
 * role and context. Shown in the reader's language when a translation exists, labelled as
 * such, with the original one click away.
 *
 * @tagname news-pull-quote
 * @summary A quote from a news story, verbatim, with its speaker.
 *
 * @slot - Fallback content: shown while the story loads and if it fails, never beside the story.
 *
 * @fires {NewsReadyEvent} news-ready - After the element first renders a story. `detail: { story }`.
 * @fires {NewsErrorEvent} news-error - When the element cannot render its story, or the story has no such quote (`not-found`). `detail: { code, message, src? }`.
 *
 * @csspart base - The `<figure>`.
 * @csspart quote - The `<blockquote>` of the words shown.
 * @csspart caption - The `<figcaption>`: speaker, role, organisation and context; in translation, the note and, once shown, the original.
 * @csspart translation-note - "Translated from …" and the button, when the words are shown in translation.
 * @csspart toggle - The button that shows or hides the original.
 * @csspart original - The `<blockquote>` of the original words, when shown.
 * @csspart fallback - The wrapper of the fallback children, drawn only while they show.
 * @csspart error - The message shown on failure when there are no fallback children.
 * @csspart loading - The placeholder shown while loading when there are no fallback children.
 *
 * @cssprop [--news-font-family=system-ui] - Font of all text.
 * @cssprop [--news-text-color=#1b1c1e (dark: #e8eaed)] - The words.
 * @cssprop [--news-muted-color=#55595f (dark: #b3b8bf)] - The caption.
 * @cssprop [--news-accent-color=#0b5cad (dark: #8cb8ff)] - The rule beside the quote, links, the button.
 * @cssprop [--news-surface-color=#ffffff (dark: #1d1f23)] - Background; `transparent` to blend in.
 * @cssprop [--news-border-color=#d4d7dc (dark: #44484f)] - Border around the quote (the accent rule aside).
 * @cssprop [--news-radius=0.5em] - Corner radius.
 * @cssprop [--news-space=1em] - Inner spacing.
 */
export class NewsPullQuote extends LitElement {
  static override styles = [baseStyles, pullQuoteStyles];

  static override properties = {
    story: {attribute: false},
    src: {reflect: true, hasChanged: everySetCounts},
    locale: {reflect: true},
    quote: {reflect: true},
    originalShownFor: {state: true, attribute: false},
  };

  /** The story document, as an object; wins over an inline `<script type="application/json">` and `src`. */
  story?: unknown;
  /** URL of the story document, fetched without credentials. */
  src?: string;
  /** Locale to render in (`fr`, `en`, `zh-Hans`, …); defaults to the nearest `lang`, then the story's. */
  locale?: string;
  /** Id of the quote to show; defaults to the story's first. */
  quote?: string;

  /**
   * @internal The quote whose original is shown under its translation: another quote drawn (a new
   * story, whichever way it came, or `quote` changed) starts with its original hidden.
   */
  private originalShownFor?: Quote;
  private readonly controller = new StoryController(this, (story) => void this.selectedQuote(story));

  private selectedQuote(story: Story): Quote {
    return selectById(story, story.quotes, 'quote', this.quote, 'quote');
  }

  /** The quote drawn now, if the element is ready. */
  private drawnQuote(): Quote | undefined {
    const story = this.controller.drawnStory;
    return story && this.selectedQuote(story);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.controller.hostWillUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>) {
    // Another quote drawn hides the original, so that coming back to the first does not show it
    // again; so does no quote drawn (an error: the quote back after it is drawn anew), and the
    // quote drawn in its own language, which has no original to show (a locale switched there
    // and back shows the button as it was first, not the original open).
    // (Set before super.update, this asks for no other update.)
    const quote = this.drawnQuote();
    const locale = this.controller.locale;
    if (!quote || quote !== this.originalShownFor || (locale && pickText(quote.text, locale.tag, quote.lang).lang === quote.lang)) {
      this.originalShownFor = undefined;
    }
    super.update(changed);
  }

  protected override render() {
    return renderState(this.controller, (story, locale) => this.renderQuote(story, this.selectedQuote(story), locale));
  }

  private renderQuote(story: Story, quote: Quote, locale: ElementLocale) {
    const words = pickText(quote.text, locale.tag, quote.lang);
    const inTranslation = words.lang !== quote.lang;
    const showOriginal = this.originalShownFor === quote;
    const cite = story.source?.url;
    // Named by its speaker: otherwise some browsers name a figure by its whole caption (the note,
    // the button and, once shown, the original's words) and others, Chromium among them, not at all.
    return html`<figure part="base" class="surface" lang=${locale.ui} aria-labelledby="who">
      <blockquote part="quote" lang=${words.lang} cite=${cite ?? nothing}><p>${words.value}</p></blockquote>
      <figcaption part="caption" class="muted">
        ${this.renderSpeaker(story, quote, locale)}
        ${inTranslation
          ? html`<span part="translation-note" class="translation">
              <span>${translatedFrom(quote.lang, locale.ui)}</span>
              <button
                part="toggle"
                class="toggle"
                type="button"
                aria-expanded=${showOriginal ? 'true' : 'false'}
                aria-controls=${showOriginal ? 'original' : nothing}
                aria-describedby="who"
                @click=${this.toggleOriginal}
              >
                ${showOriginal ? msg('Hide the original', {id: 'hide-original'}) : msg('Show the original', {id: 'show-original'})}
              </button>
            </span>`
          : nothing}
        ${inTranslation && showOriginal
          ? // After the button that shows it, where reading on from the button meets it (a
            // figure's caption is its first or last child, so the original is in the caption).
            html`<blockquote part="original" class="original" id="original" lang=${quote.lang} cite=${cite ?? nothing}>
              <p>${asShown(quote.text[quote.lang], quote.lang)}</p>
            </blockquote>`
          : nothing}
      </figcaption>
    </figure>`;
  }

  /** Speaker, role, organisation (a link when it has a url) and context, in the reader's language. */
  private renderSpeaker(story: Story, quote: Quote, locale: ElementLocale) {
    const text = (value: Text) => pickText(value, locale.tag, story.lang);
    const {person, organization} = findSpeaker(story, quote.speaker);
    const span = (t: PickedText) => html`<span lang=${t.lang}>${t.value}</span>`;
    const orgName = organization && text(organization.name);
    const roleName = person?.role && text(person.role);
    const role = roleName && span(roleName);
    const org =
      orgName &&
      (organization.url
        ? html`<a href=${organization.url} target="_blank" rel="noopener noreferrer" lang=${orgName.lang}>${orgName.value}</a>`
        : span(orgName));
    const roleAtOrg = role && org && roleAtOrganization(role, org, !(writtenWithoutSpaces(roleName.lang) && writtenWithoutSpaces(orgName.lang)));
    const pieces = [person && span(text(person.name)), roleAtOrg || role || org, quote.context && span(text(quote.context))].filter(
      (piece) => !!piece
    );
    const separator = msg(', ', {id: 'caption-separator', desc: 'Between the parts of a quote caption: speaker, role, organisation, context.'});
    return html`<span class="who" id="who">${pieces.map((piece, i) => html`${i ? separator : ''}${piece}`)}</span>`;
  }

  // The button is drawn again in place, the same element: the keyboard stays on it. (Once the
  // click has been dispatched, its target is the element, outside the shadow root: focusing it
  // took the keyboard off the button on a page that lets the element take focus.)
  private toggleOriginal() {
    const quote = this.drawnQuote();
    this.originalShownFor = this.originalShownFor === quote ? undefined : quote;
  }
}

// Stand-ins for the role and the organisation in the message that orders them: characters of
// Unicode's private use area, which no translation writes.
const ROLE = '\uE000';
const ORGANIZATION = '\uE001';

/**
 * A person's role and organisation in the order and with the words of the reader's language:
 * "director, Alliance numérique", but 数字联盟主任 (the organisation first, nothing between).
 * The message orders two stand-ins; each is then replaced by its piece, which keeps its own
 * `lang` and link.
 * @param spaced whether either piece is in a language written with spaces between words: an
 *   untranslated "directeur" after "Alliance numérique" then takes a space, not nothing.
 */
function roleAtOrganization(role: TemplateResult, org: TemplateResult, spaced: boolean) {
  let arranged = msg(str`${ROLE}, ${ORGANIZATION}`, {
    id: 'role-at-organization',
    desc: 'A quote caption: the speaker’s role, then the organisation. Reorder the two as the language says them.',
  });
  if (spaced) arranged = arranged.replace(/([\uE000\uE001])(?=[\uE000\uE001])/, '$1 ');
  return arranged.split(/([\uE000\uE001])/).map((piece) => (piece === ROLE ? role : piece === ORGANIZATION ? org : piece));
}

declare global {
  interface HTMLElementTagNameMap {
    'news-pull-quote': NewsPullQuote;
  }
}
