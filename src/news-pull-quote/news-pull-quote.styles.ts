import {css} from '../element/css.js';

/**
 * Quotation marks are drawn by CSS around the verbatim words, in the typography of the language
 * the words are shown in: « … » with no-break spaces in French, “…” in English and Chinese.
 */
export const pullQuoteStyles = css`
  figure.surface {
    margin: 0;
    border-inline-start: 4px solid var(--news-accent-color, var(--_accent));
    /* On paper or in a page's columns, a quote and its speaker stay together. */
    break-inside: avoid;
  }
  blockquote {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.45;
    font-weight: 500;
  }
  blockquote p {
    margin: 0;
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  blockquote:lang(en) {
    quotes: '“' '”' '‘' '’';
  }
  blockquote:lang(fr) {
    quotes: '«\\a0' '\\a0»' '“' '”';
  }
  blockquote:lang(zh) {
    quotes: '“' '”' '‘' '’';
  }
  /* Chinese sets its quotation marks and its double dash full width, as its fonts draw them;
     the default font list names Latin fonts first, whose narrow marks would be taken. The
     systems' Chinese fonts by name (Linux and Android, macOS and iOS, Windows) before
     sans-serif: Chromium makes sans-serif the Chinese font in Chinese text, but Firefox does
     so only for a tag it knows a region of (zh-CN), and drew zh-Hans marks half width. A
     page's own font (--news-font-family) still decides. */
  blockquote:lang(zh) p::before,
  blockquote:lang(zh) p::after,
  .who:lang(zh)::before {
    font-family: var(--news-font-family, 'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif);
  }
  /* In the caption, after its button: the words in the text colour, upright and at the size they
     would have in the figure (1.1 × the caption's 0.9em), whatever a page sets on the caption. */
  .original {
    margin-top: 0.6em;
    font-size: 1.1em;
    font-weight: 400;
    font-style: normal;
    letter-spacing: normal;
    text-transform: none;
    color: var(--news-text-color, var(--_text));
  }
  figcaption {
    margin-top: 0.6em;
    font-size: 0.9em;
  }
  .who::before {
    /* Drawn for the eye, silent to screen readers (alternative text after the /); the first
       declaration stands in browsers that do not know the alternative (before 2024). */
    content: '— ';
    content: '— ' / '';
  }
  /* Chinese and Japanese attribute with a double dash, no space: ——塞尔日·兰德里 */
  .who:lang(zh)::before,
  .who:lang(ja)::before {
    content: '——';
    content: '——' / '';
  }
  .translation {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin-top: 0.35em;
    font-style: italic;
  }
  /* Chinese, Japanese and Korean fonts have no italic: the browser would slant the glyphs. */
  .translation:lang(zh),
  .translation:lang(ja),
  .translation:lang(ko) {
    font-style: normal;
  }
  .toggle {
    font: inherit;
    font-style: normal;
    font-weight: 600;
    color: var(--news-accent-color, var(--_accent));
    background: none;
    border: none;
    padding: 0.25em 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
`;
