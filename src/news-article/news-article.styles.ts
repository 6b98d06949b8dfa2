import {css} from '../element/css.js';

/** The card's rules; what only the full article needs is in article-details.ts. */
export const articleStyles = css`
  /* (The first child is the header, which has no margin.) */
  article > :last-child {
    margin-bottom: 0;
  }
  [part='headline'] {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
    font-weight: 700;
  }
  [part='headline'] a {
    color: inherit;
    text-decoration-color: var(--news-accent-color, var(--_accent));
  }
  .meta {
    margin: 0.4em 0 0;
    font-size: 0.875em;
  }
  .dateline {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .dateline::after {
    /* Drawn for the eye, silent to screen readers (alternative text after the /); the first
       declaration stands in browsers that do not know the alternative (before 2024). The space
       after it is in the markup: a space drawn here would swallow it, and copied text and
       screen readers would get the words run together. */
    content: ' ·';
    content: ' ·' / '';
    font-weight: 400;
  }
  /* A story without a summary leaves its paragraph empty (see renderStory). Important, so that
     a page's own display for ::part(summary), a line clamp say, does not show it. */
  .summary:empty {
    display: none !important;
  }
  .summary {
    margin: 0.75em 0;
    font-size: 1.05em;
  }
  .organizations {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0.9em 0;
    padding: 0;
    list-style: none;
  }
  .source,
  .expand-failed {
    margin: 0.9em 0 0;
    font-size: 0.875em;
  }
  /* A pause for screen readers: "Source: The Press, Translated from French", not the press translated. */
  .source > span + span::before {
    content: ' · ';
    content: ' · ' / ', ';
  }
  .source:lang(zh) > span + span::before {
    content: ' · ' / '，';
  }
  .expand {
    /* A block of its own (a button stays as wide as its label), so its margins collapse with
       the summary's and the organisations' around it. */
    display: block;
    margin: 0.9em 0;
    font: inherit;
    font-weight: 600;
    color: var(--news-accent-color, var(--_accent));
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--news-radius, 0.5em);
    padding: 0.35em 0.9em;
    cursor: pointer;
  }
  .expand::after {
    content: ' ▾';
    content: ' ▾' / '';
  }
  .expand[aria-expanded='true']::after {
    content: ' ▴';
    content: ' ▴' / '';
  }
  /* An article is no size container (only a horizontal timeline is): one would have no width of
     its own where a page sizes it by its content (floated, in a flex row, an inline block) and
     collapse there to a strip. The wider
     padding from 40em up is read from the width instead: a percentage padding is a fraction of
     the host's width, so the middle term is hugely negative below 40em and hugely positive above.
     (Without the optional spaces, which the minifier keeps in a clamp() that holds a var().) */
  .surface {
    padding: clamp(var(--news-space, 1em),(100% - 40em)*1000,var(--news-space, 1em)*1.5);
  }
`;
