/** The child that holds an element's story document inline, the second of its three inputs. */
const INLINE_STORY = 'script[type="application/json"]';

/** An element's inline story document, if it has one: it counts as a direct child only. */
export const inlineStoryOf = (element: Element) => element.querySelector<HTMLScriptElement>(`:scope > ${INLINE_STORY}`);
