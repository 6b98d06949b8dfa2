import {StoryError} from './story-error.js';
import type {Story} from './types.js';

/**
 * The item an element's attribute names (`quote="…"`, `org="…"`), or the story's first when it
 * names none; a `not-found` StoryError when the story has no such item.
 */
export function selectById<T extends {id: string}>(story: Story, items: T[], attribute: string, wanted: string | undefined, noun: string): T {
  const item = wanted ? items.find((i) => i.id === wanted) : items[0];
  if (!item) {
    throw new StoryError(
      'not-found',
      wanted ? `${attribute}: no ${noun} "${wanted}" in story "${story.id}"` : `${attribute}: story "${story.id}" has no ${noun}`
    );
  }
  return item;
}
