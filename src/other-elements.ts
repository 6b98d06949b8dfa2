/**
 * The elements beyond the card, which the drop-in's autoloader defines together (see
 * autoload.ts): one module, so that loading them is one import of the chunk that holds them.
 */
import './news-pull-quote.js';
import './news-timeline.js';
import './news-org-badge.js';
