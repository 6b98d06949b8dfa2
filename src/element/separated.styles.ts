import {css} from './css.js';

/**
 * A line of short items kept apart, each an element of a `separated` parent (a step's status and
 * date, a detailed badge's facts): each item whole, beside the one before where the line has
 * room, on a line of its own where it has not, and broken only where even that line is too
 * narrow (text spaced out or enlarged by the reader) rather than run out of its column. A · is
 * drawn between two items on one line, and none at a line's end: drawn after an item, it stood
 * alone at the end of its line whenever the next item went to the next line (a badge's
 * "Québec ·" in the demo, at most widths; a step's "Réalisé ·" in a horizontal timeline).
 *
 * The · is drawn in the gap before an item: the space in the markup (so that copied text keeps
 * the items apart), widened by a margin after the item before (not by word spacing, which
 * overrode a reader's own); at a line's end, neither is drawn, so an item that starts a line
 * starts where the first one did, and its · falls left of the column, where it is cut off. It
 * is floated left of its item, whatever the item's direction, rather than positioned: every
 * positioned box is a paint layer, and with one or two per step a timeline of 10,000 steps
 * scrolled at a frame every 102 ms rather than 59, and changed language in 555 ms rather than
 * 432 (the benchmark, 3 rounds side by side). An item may be narrower than its words, which then
 * break, rather than be cut off too. An item, an inline block, is also set apart in direction,
 * in its own as its first letter says: an Arabic fact, or a U+202E left open in one, does not
 * turn the line or the next fact round, and an Arabic fact with a Latin word in it reads in its
 * own order.
 */
export const separatedStyles = css`
  .separated {
    overflow-x: clip;
  }
  .separated > * {
    display: inline-block;
    max-width: 100%;
    unicode-bidi: plaintext;
  }
  /* A box an em wide, and a gap to hold it: Chinese fonts draw the · a full em wide, and in a
     narrower box it stood against the next item. */
  .separated > :not(:last-child) {
    margin-right: 0.75em;
  }
  /* Drawn for the eye, a pause for screen readers (alternative text after the /: "Industry group,
     Quebec" and "Done, Date not stated", not one phrase); the first declaration stands in
     browsers that do not know the alternative (before 2024). */
  .separated > * + *::before {
    content: '·';
    content: '·' / ', ';
    float: left;
    width: 1em;
    margin-left: -1em;
    text-align: center;
  }
  .separated:lang(zh) > * + *::before {
    content: '·' / '，';
  }
`;
