/** The child that holds an element's story document inline, the second of its three inputs. */
const INLINE_STORY = 'script[type="application/json"]';

/**
 * An element's inline story document, if it has one: it counts as a direct child only. Its
 * children are read, not its subtree: this runs on every update, and a fallback may be long.
 */
export const inlineStoryOf = (element: Element) => [...element.children].find((child) => child.matches(INLINE_STORY));
