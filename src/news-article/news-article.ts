import {LitElement, adoptStyles, html, isServer, nothing, type PropertyValues} from 'lit';
import {msg} from '../locale/messages.js';
import {formatPartialDate} from '../locale/format.js';
import {translatedFrom} from '../locale/language-names.js';
import {anyTranslated, pickText} from '../story/pick-text.js';
import {safeUrl} from '../story/safe-url.js';
import type {Story, Text} from '../story/types.js';
import {StoryError} from '../story/story-error.js';
import {everySetCounts, StoryController, type ElementLocale} from '../element/story-controller.js';
import {renderState} from '../element/render-state.js';
import {ownLang} from '../element/own-lang.js';
import {heading, headingLevel} from '../element/heading.js';
import {baseStyles} from '../element/base.styles.js';
import {compactBadgeItem, orgBadgeStyles} from '../news-org-badge/org-badge.template.js';
import {articleStyles} from './news-article.styles.js';

export type ArticleLayout = 'card' | 'full';

type Details = typeof import('./article-details.js');

/** The full article's module once loaded (see `NewsArticle.loadDetails`). */
let details: Details | undefined;
let detailsLoading: Promise<Details> | undefined;

/**
 * A news story as a card (headline, summary, dateline and date, source, organisations) or as
 * the full article (also the body with its quotes as pull-quotes, the timeline, detailed
 * organisations and the source credit). A card without `href` expands into the full article.
 *
 * @tagname news-article
 * @summary Embeds a news story as a card or a full article.
 *
 * @slot - Fallback content: shown while the story loads and if it fails, never beside the story.
 *
 * @fires {NewsReadyEvent} news-ready - After the element first renders a story. `detail: { story }`.
 * @fires {NewsErrorEvent} news-error - When the element cannot render its story. `detail: { code, message, src? }`.
 *
 * @csspart base - The `<article>`.
 * @csspart headline - The heading (`<h1>`–`<h6>`).
 * @csspart meta - The dateline and date line.
 * @csspart summary - The summary paragraph.
 * @csspart body - The paragraphs of the full article, with the pull-quotes among them.
 * @csspart quote - Each `<news-pull-quote>`; its inside through the `quote-*` parts below.
 * @csspart quote-base - Each pull-quote's `<figure>` (its `base` part).
 * @csspart quote-quote - Each pull-quote's `<blockquote>` of the words shown (its `quote` part).
 * @csspart quote-caption - Each pull-quote's `<figcaption>` (its `caption` part).
 * @csspart quote-translation-note - Each pull-quote's "Translated from …" and button (its `translation-note` part).
 * @csspart quote-toggle - Each pull-quote's button that shows or hides the original (its `toggle` part).
 * @csspart quote-original - Each pull-quote's `<blockquote>` of the original, when shown (its `original` part).
 * @csspart timeline - The timeline's `<section>`.
 * @csspart timeline-title - The timeline's heading.
 * @csspart steps - The timeline's `<ol>`.
 * @csspart step - Each step `<li>`.
 * @csspart step-done - A done step's `<li>` (also `step`).
 * @csspart step-current - The current step's `<li>` (also `step`).
 * @csspart step-planned - A planned step's `<li>` (also `step`).
 * @csspart status - A step's status in words.
 * @csspart step-title - A step's title.
 * @csspart organizations - The list of organisation badges.
 * @csspart organizations-title - Shown in full or expanded: the organisations' heading, at the timeline title's level.
 * @csspart badge - Each organisation badge, the card's and the timeline's.
 * @csspart logo - A badge's logo image, or the initials standing in for it.
 * @csspart name - A badge's organisation name (a link when it has a `url`).
 * @csspart facts - Shown in full or expanded: a badge's kind, region and member count.
 * @csspart description - Shown in full or expanded: a badge's description.
 * @csspart source - The source credit.
 * @csspart expand - The button that expands a card without `href`.
 * @csspart expand-failed - Under that button, when the rest of the story could not be loaded (offline): "Try again".
 * @csspart fallback - The wrapper of the fallback children, drawn only while they show.
 * @csspart error - The message shown on failure when there are no fallback children.
 * @csspart loading - The placeholder shown while loading when there are no fallback children.
 *
 * @cssprop [--news-font-family=system-ui] - Font of all text.
 * @cssprop [--news-text-color=#1b1c1e (dark: #e8eaed)] - Main text colour.
 * @cssprop [--news-muted-color=#55595f (dark: #b3b8bf)] - Secondary text: dateline, date, captions.
 * @cssprop [--news-accent-color=#0b5cad (dark: #8cb8ff)] - Links, focus rings, quote rules, initials.
 * @cssprop [--news-on-accent-color=#ffffff (dark: #0f1114)] - The tick drawn on the accent colour in a done step's marker: set it with the accent.
 * @cssprop [--news-surface-color=#ffffff (dark: #1d1f23)] - Background; `transparent` to blend in.
 * @cssprop [--news-border-color=#d4d7dc (dark: #44484f)] - Borders.
 * @cssprop [--news-radius=0.5em] - Corner radius.
 * @cssprop [--news-space=1em] - Inner spacing.
 */
export class NewsArticle extends LitElement {
  static override styles = [baseStyles, orgBadgeStyles, articleStyles];

  /**
   * Loads what only the full article needs (body, pull-quotes, timeline, detailed organisations)
   * and its styles. Elements call it themselves when first shown in full; a server renderer
   * awaits it before rendering `layout="full"`.
   */
  static loadDetails(): Promise<Details> {
    detailsLoading ??= import('./article-details.js').then(
      (module) => {
        this.finalize();
        // Every article created from now on adopts the details' styles with the others; those
        // already on the page adopt them when they first show details (see renderStory), and a
        // server renderer writes them into the declarative shadow root.
        this.elementStyles = this.finalizeStyles([this.styles!, module.detailsStyles]);
        details = module;
        return module;
      },
      (error) => {
        detailsLoading = undefined; // offline, blocked: a later call tries again
        throw error;
      }
    );
    return detailsLoading;
  }

  static override properties = {
    story: {attribute: false},
    src: {reflect: true, hasChanged: everySetCounts},
    locale: {reflect: true},
    layout: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    href: {reflect: true},
    jsonld: {type: Boolean, reflect: true},
    expandedStory: {state: true, attribute: false},
    expandFailed: {state: true, attribute: false},
  };

  /** The story document, as an object; wins over an inline `<script type="application/json">` and `src`. */
  story?: unknown;
  /** URL of the story document, fetched without credentials. */
  src?: string;
  /** Locale to render in (`fr`, `en`, `zh-Hans`, …); defaults to the nearest `lang`, then the story's. */
  locale?: string;
  /** `card` (default) or `full`. */
  layout: ArticleLayout = 'card';
  /** Level of the headline, 1–6 (default 2), to fit the page's outline. */
  headingLevel = 2;
  /** Where the card's headline links to; a card without it expands in place instead. */
  href?: string;
  /**
   * Adds search-engine data: a `<script type="application/ld+json" data-passerelle>` child with
   * the story as a schema.org `NewsArticle` (headline, date when stated, language, source,
   * organisations, quotes), kept in step with the story and locale, removed when turned off or
   * on error. Off by default, so that it never competes with the page's own structured data.
   * Under Trusted Types the page must list the `passerelle` policy.
   */
  jsonld = false;

  /**
   * @internal The story a card without `href` is expanded in place on: a new story drawn starts
   * folded, whichever way it came (property, inline document, `src`), and the same story set again stays open.
   */
  private expandedStory?: Story;
  /** @internal Whether the last press of Read more could not load the rest (offline): said under the button. */
  private expandFailed = false;
  /** @internal The reader's moves counted when an update took away what the focus was on (-1: none to give back). */
  private focusLostAt = -1;
  /** Why the module that draws the full article did not load, until an input is set again. */
  private detailsError?: StoryError;
  // A full article is still loading until the module that draws it is here, or has failed to
  // (a card switched to full meanwhile stays drawn as the card).
  private readonly controller = new StoryController(
    this,
    () => {
      if (this.layout === 'full' && this.detailsError) throw this.detailsError;
    },
    () => this.layout !== 'full' || details !== undefined || this.detailsError !== undefined
  );
  /** Whether the shadow root has the details' styles: set when it is made (see createRenderRoot). */
  private hasDetailsStyles?: boolean;
  /** The JSON-LD being written, which `updateComplete` waits for; a newer update supersedes it. */
  private jsonLdWrite?: Promise<void>;

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    this.hasDetailsStyles = details !== undefined;
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.controller.hostWillUpdate(changed);
    // A failed Read more is said once, under the button that met it: not again when the card
    // comes back (a new story or layout, or an href).
    if (changed.has('href')) {
      // A card given href has no button to fold it, so it starts folded again (as a new story
      // does, see expandedStory).
      this.expandedStory = undefined;
      this.expandFailed = false;
    }
    // Set again, even to the same value: what failed is tried again. (A new story, whichever way
    // it came, is a new input, of which the controller tells: it calls retry() too.)
    if (changed.has('src') || changed.has('layout')) this.retry();
    else this.prepare();
  }

  /**
   * @internal Forgets what failed for the story before: a failed Read more is said once, under
   * the button that met it, and a full article whose module did not load tries again (once per
   * input set, not on every update, which would retry without end while offline).
   */
  retry() {
    this.expandFailed = false;
    this.detailsError = undefined;
    this.prepare();
  }

  /**
   * A full article loads the module that draws it, unless it has it or it failed to load: until
   * then it is not prepared (see the controller).
   */
  private prepare() {
    if (this.layout === 'full' && !details && !this.detailsError) {
      NewsArticle.loadDetails().then(
        () => this.requestUpdate(),
        (error) => {
          // The browser's message names the file that did not load.
          this.detailsError = new StoryError('fetch-failed', String(error));
          this.requestUpdate();
        }
      );
    }
  }

  protected override render() {
    return renderState(this.controller, (story, locale) => this.renderStory(story, locale));
  }

  protected override update(changed: PropertyValues<this>) {
    // Another story drawn folds the card, so that coming back to the first does not reopen it.
    // (Set before super.update, this asks for no other update.)
    const drawn = this.controller.drawnStory;
    if (drawn && drawn !== this.expandedStory) this.expandedStory = undefined;
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    super.update(changed);
    // Focus in what was taken away (a card folded for a new story, or waiting for one) would
    // fall to the page's body, and a keyboard or screen reader user would start again from the
    // top: once a story is drawn it goes to the card's Read more or headline link, unless the
    // reader has moved on meanwhile (clicked, pressed a key, or focused anything, in this
    // document or another: an embed in a frame does not take the focus back from its page).
    // Not after a failure, and not scrolled to: the reader may have scrolled on.
    if (focused && !focused.isConnected) {
      this.focusLostAt = readerMoves;
      if (!listening) {
        listening = true;
        for (const type of ['pointerdown', 'keydown', 'focusin']) addEventListener(type, () => readerMoves++, true);
      }
    }
    if (this.controller.state.status != 'loading') {
      if (drawn && this.focusLostAt == readerMoves && document.hasFocus() && document.activeElement == document.body)
        this.renderRoot.querySelector<HTMLElement>('[part~=expand],[part~=headline] a')?.focus({preventScroll: true});
      this.focusLostAt = -1;
    }
    // The pull-quotes just drawn would render in later updates of their own: rendered now, they
    // are there when the controller announces the story (next, in its hostUpdated). In the
    // details' module, so that a page of cards does not carry it.
    details?.drawPullQuotes(this.renderRoot as ShadowRoot);
  }

  protected override updated() {
    // The JSON-LD code is a chunk of its own, loaded when `jsonld` is first set; from then on each
    // update keeps the script in step (or removes it). The script is not fallback content (see
    // StoryController), and writing it re-renders the element once, which finds it up to date.
    if (this.jsonld || this.jsonLdWrite) {
      const {drawnStory, locale} = this.controller;
      const story = this.jsonld ? drawnStory : undefined;
      // Written only if no later update has started a write of its own meanwhile.
      const write: Promise<void> = (this.jsonLdWrite = import('./json-ld-script.js').then(
        (module) => void (write === this.jsonLdWrite && module.syncJsonLd(this, story, locale?.tag)),
        console.warn
      ));
    }
  }

  protected override async getUpdateComplete() {
    let result = await super.getUpdateComplete();
    // A full article's long timeline is drawn a slice at a time: complete once all of it is.
    if (details) result = await details.stepsComplete(this, () => super.getUpdateComplete());
    await this.jsonLdWrite;
    return result;
  }

  private renderStory(story: Story, locale: ElementLocale) {
    const text = (value: Text) => pickText(value, locale.tag, story.lang);
    // Switched to full while its module loads, the article stays the card it was until then;
    // a card expands only once the module is here (see toggle).
    const full = this.layout === 'full' && !!details;
    const expanded = this.expandedStory === story;
    const showDetails = full || expanded;
    // What the details need of a shadow root made before they loaded: their styles. (A server
    // renderer has no render root: it writes elementStyles into the shadow root's markup.)
    if (showDetails && !isServer && !this.hasDetailsStyles) {
      adoptStyles(this.renderRoot as ShadowRoot, NewsArticle.elementStyles);
      this.hasDetailsStyles = true;
    }
    const headline = text(story.headline);
    const summary = story.summary && text(story.summary);
    // The page's href passes the same check as a document's URLs: a javascript: link in the
    // card would run in the page when clicked. Without a usable one the card expands instead.
    const href = safeUrl(this.href);
    const headlineContent = href && !full ? html`<a href=${href}>${headline.value}</a>` : headline.value;
    // The details (body, quotes, timeline) go before the organisations, in one expression with
    // them (the details draw them, under their heading): a card that is never expanded then has
    // no empty part where they would go.
    const organizations = renderOrganizations(story, locale, showDetails);
    // The summary's paragraph is in the card's template, left empty (and so not shown) by a story
    // without one, rather than a template of its own: on a page of cards, that is one template
    // instance, part and comment marker fewer per card (0.27 MB of heap per 1000 cards).
    // Each `${…}` after the summary opens on the line where the previous one closes: a line
    // break between two expressions is kept, as a space, even by template minifiers (the space
    // could be meant), and would be one more text node per card.
    return html`<article part="base" class="surface ${full ? 'full' : 'card'}" lang=${locale.ui} aria-labelledby="headline">
      <header>
        ${heading(headingLevel(this.headingLevel), headlineContent, 'headline', ownLang(headline.lang, locale))}
        <p part="meta" class="meta muted">${renderMeta(story, locale)}</p>
      </header>
      <p part="summary" class="summary" lang=${summary ? ownLang(summary.lang, locale) : nothing}>${summary?.value}</p>${
        // The button comes before what it reveals (a disclosure): once pressed, the details
        // follow it in reading and Tab order, rather than sit behind the keyboard's focus. Its
        // description is the headline: a page of cards has as many "Read more" buttons.
        // aria-expanded is given the boolean itself, which Lit writes as "true" or "false".
        full || href
          ? nothing
          : html`<button
              part="expand"
              class="expand"
              type="button"
              aria-describedby="headline"
              aria-expanded=${expanded}
              aria-controls=${expanded ? 'details' : nothing}
              @click=${this.toggle}
            >${expanded ? msg('Show less', {id: 'show-less'}) : msg('Read more', {id: 'read-more'})}</button>`}${
        showDetails
          ? details!.renderDetails(this, story, locale, headingLevel(this.headingLevel), organizations)
          : this.expandFailed
            ? // In this expression rather than one of its own: a card that never fails has no part for it.
              // An alert, since it answers the reader's press at once.
              html`<p part="expand-failed" class="expand-failed" role="alert">${msg('The rest of the story could not be loaded. Try again.', {id: 'expand-failed'})}</p>${organizations}`
            : organizations}${
        renderSource(story, locale, showDetails)}
    </article>`;
  }

  private async toggle() {
    // What the press asks for, read now: the first expansion waits for the details module (the
    // button stays where it is meanwhile), and on a slow network a reader presses again. Each
    // press then asks to open, rather than each flipping the card once the module arrives.
    // Read for the story drawn now: a press meant for it does not open a story that replaced it.
    const story = this.controller.drawnStory;
    const expand = this.expandedStory !== story;
    // If it cannot load (offline), the card stays folded, says so, and the next press tries again.
    this.expandFailed = false;
    const loaded = await NewsArticle.loadDetails().catch(console.warn);
    // A press the card no longer answers for: given href meanwhile (no button), or another story.
    if (safeUrl(this.href) || this.controller.drawnStory !== story) return;
    if (!loaded) {
      this.expandFailed = true;
      return;
    }
    // The button is the same element once re-rendered, so the keyboard stays on it; focus is not
    // moved, as the reader may have moved on while the module loaded.
    this.expandedStory = expand ? story : undefined;
  }
}

/**
 * How many times the reader has clicked, pressed a key or moved the focus in this document:
 * counted from the first time a card lost the focus (see NewsArticle's update), on no page before.
 */
let readerMoves = 0;
let listening = false;

// What a card draws besides its headline and button: functions rather than methods of
// NewsArticle, since they need no element and the minifier shortens a function's name.

/**
 * The dateline and the date, in one expression of the meta line rather than one each: on a
 * page of cards every expression is one more part and one more comment marker per card. Most
 * stories have neither, and draw "date not stated" as the line's text, with no template.
 */
function renderMeta(story: Story, locale: ElementLocale) {
  const dateline = story.dateline && pickText(story.dateline, locale.tag, story.lang);
  const date = story.published ? formatPartialDate(story.published, locale.intl) : undefined;
  const when = date ? html`<time datetime=${date.datetime}>${date.text}</time>` : msg('Date not stated', {id: 'date-not-stated'});
  // A space between them, not only the · drawn after the dateline (silent, and not copied). The
  // place itself in a <bdi>, in its own direction and set apart from the line: an Arabic one does
  // not turn the line round, nor a U+202E left open in it reverse the date; and the · after it
  // stays on its right.
  return dateline ? html`<span class="dateline" lang=${ownLang(dateline.lang, locale)}><bdi>${dateline.value}</bdi></span> ${when}` : when;
}

function renderOrganizations(story: Story, locale: ElementLocale, detailed: boolean) {
  if (story.organizations.length === 0) return nothing;
  return html`<ul part="organizations" class="organizations" role="list" aria-label=${msg('Organizations', {id: 'organizations'})}>${story.organizations.map(
    (org) => (detailed ? html`<li>${details!.renderDetailedBadge(org, story, locale)}</li>` : compactBadgeItem(org, story, locale))
  )}</ul>`;
}

/**
 * Who published the story, and "translated from …" when any of the story's own words shown (the
 * headline, summary, dateline and, in full, the body and the timeline) is a translation: not the
 * headline alone, which a partly translated story may leave in the original above a translated text.
 */
function renderSource(story: Story, locale: ElementLocale, withDetails: boolean) {
  const name = story.source && pickText(story.source.name, locale.tag, story.lang);
  // The details are shown only once their module has loaded, which lists their words.
  const translated = anyTranslated(
    [story.headline, story.summary, story.dateline, ...(withDetails ? details!.detailTexts(story) : [])],
    locale.tag,
    story.lang
  );
  if (!name && !translated) return nothing;
  const url = story.source?.url;
  // The space after the label is the translation's: Chinese writes none after its full-width colon.
  const label = msg('Source: ', {id: 'source-label'});
  return html`<p part="source" class="source muted">
    ${!name
      ? nothing
      : url
        ? html`<span>${label}<a href=${url} target="_blank" rel="noopener noreferrer" lang=${name.lang}>${name.value}</a></span>`
        : html`<span>${label}<span lang=${name.lang}>${name.value}</span></span>`}
    ${translated ? html`<span class="translated-from">${translatedFrom(story.lang, locale.ui)}</span>` : nothing}
  </p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
