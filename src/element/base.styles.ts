import {css} from './css.js';

/**
 * What every element's shadow root starts from. The public `--news-*` properties are read where
 * they are used, with these private defaults as fallbacks (never declared on :host, where they
 * would stop a host page from setting them on an ancestor).
 */
export const baseStyles = css`
  :host {
    display: block;
    --_text: #1b1c1e;
    --_muted: #55595f;
    --_accent: #0b5cad;
    --_surface: #ffffff;
    --_border: #d4d7dc;
    --_tint: #f1f4f8;
    --_on-accent: #ffffff;
    color: var(--news-text-color, var(--_text));
    /* The fallback's list without spaces after its commas: the minifier keeps a var()'s
       fallback as written. */
    font-family: var(--news-font-family, system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC','PingFang SC',sans-serif);
    line-height: 1.5;
    /* Long words and URLs break rather than overflow, but never below a word's width: a page's
       flex row would squeeze an element to a letter's width (overflow-wrap: anywhere). */
    overflow-wrap: break-word;
  }
  /* What the element draws keeps out the page's text settings that would break its layout or
     alter the story's words: a paragraph indent inside a badge's initials, nowrap running a card
     off the page, a centred column centring some lines and not the buttons under them, capitals
     in place of a quote's own letters; and the page's direction, as the interface languages are
     written left to right (the timeline's order, the quote's rule, the button under the text),
     each text still taking its own (below). Letter and word spacing still come in, for readers
     who widen them. The fallback, the page's own words, keeps the page's settings: it does not
     change or move aside when the element is defined. */
  :host > :not([part='fallback']) {
    text-indent: 0;
    white-space: normal;
    text-align: start;
    text-transform: none;
    direction: ltr;
  }
  /* On screen only: browsers print without backgrounds by default, and the dark scheme's light
     text would come out faint on white paper. */
  @media screen and (prefers-color-scheme: dark) {
    :host {
      --_text: #e8eaed;
      --_muted: #b3b8bf;
      --_accent: #8cb8ff;
      --_surface: #1d1f23;
      --_border: #44484f;
      --_tint: #272a30;
      --_on-accent: #0f1114;
    }
  }
  /* A reader who asks for more contrast gets borders that stand out on the surface: this grey
     (#808080) is 3.9:1 on the light one and 4.2:1 on the dark one (after the dark colours, so as to win). */
  @media (prefers-contrast: more) {
    :host {
      --_border: grey;
    }
  }
  /* While the author's fallback children show (a state the element sets), they are the page's
     own words and keep the page's colour, type and leading, as before the element was defined:
     on a dark page, the element's dark text was 1.2:1. A rule of the page on the element still
     wins, as it did then. */
  :host(:state(fallback)) {
    color: inherit;
    font-family: inherit;
    line-height: inherit;
    overflow-wrap: inherit;
  }
  /* Its own block formatting context, as passerelle.css gives the element while it waits: the
     margins of the page's paragraphs stay inside, and do not move it when that rule lets go. */
  [part='fallback'] {
    display: flow-root;
  }
  :host([hidden]) {
    display: none;
  }
  /* Each text in its own direction, as its first letter says (like dir="auto"), not the page's:
     French on an Arabic page kept its full stops at the start of its lines. */
  p, h1, h2, h3, h4, h5, h6, li, figcaption {
    unicode-bidi: plaintext;
  }
  /* A story's words inside a line of the interface's (a quote's speaker, role and organisation,
     the source's name): set apart from it, each in its own direction as its first letter says
     (like <bdi>), so that an Arabic name does not turn the whole line right to left, nor a
     direction mark left open in the document (U+202E) reverse the words after it, and an Arabic
     name with a Latin word in it still reads in its own order. (A dateline is in a <bdi>; a
     badge's facts and a step's status and date are set apart as inline blocks: separated.styles.ts.) */
  .who > *, .source > span > * {
    unicode-bidi: plaintext;
  }
  /* A headline or a quote does not end on a line of one word, or in Chinese of one character cut
     from its word (距 / 离). Not on every paragraph: 1000 cards took 12 ms more to lay out. */
  h1, h2, h3, h4, h5, h6, blockquote {
    text-wrap-style: pretty;
  }
  /* Paper cannot be pressed, nor a button without JavaScript (server-rendered HTML read with
     scripts turned off): Read more, Show the original (over each button's own display). */
  @media print, (scripting: none) {
    button {
      display: none !important;
    }
  }
  a {
    color: var(--news-accent-color, var(--_accent));
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--news-accent-color, var(--_accent));
    outline-offset: 2px;
  }
  .surface {
    box-sizing: border-box;
    background: var(--news-surface-color, var(--_surface));
    border: 1px solid var(--news-border-color, var(--_border));
    border-radius: var(--news-radius, 0.5em);
    padding: var(--news-space, 1em);
  }
  .muted {
    color: var(--news-muted-color, var(--_muted));
  }
  .loading {
    min-height: 6em;
    border-radius: var(--news-radius, 0.5em);
    background: var(--news-surface-color, var(--_tint));
    /* Unseen, but forced colours (Windows high contrast), which drop the tint, draw it. */
    outline: 1px dashed transparent;
    outline-offset: -1px;
  }
  [part='error'] {
    margin: 0;
  }
`;
