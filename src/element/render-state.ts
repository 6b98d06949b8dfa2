import {html, nothing, type TemplateResult} from 'lit';
import type {Story} from '../story/types.js';
import type {StoryErrorCode} from '../story/story-error.js';
import {msg, renderInLocale} from '../locale/messages.js';
import type {ElementLocale, StoryController} from './story-controller.js';

/** The short message an element shows when it fails and its author gave no fallback. */
export function errorMessage(code: StoryErrorCode): string {
  switch (code) {
    case 'fetch-failed':
      return msg('The story could not be loaded: the network or the server refused it.', {id: 'error-fetch-failed'});
    case 'http-error':
      return msg('The story could not be loaded: the server answered with an error.', {id: 'error-http-error'});
    case 'timeout':
      return msg('The story could not be loaded: the server did not answer in time.', {id: 'error-timeout'});
    case 'too-large':
      return msg('The story could not be loaded: the document is too large.', {id: 'error-too-large'});
    case 'invalid-json':
      return msg('The story could not be read: the document is not valid JSON.', {id: 'error-invalid-json'});
    case 'invalid-story':
      return msg('The story could not be shown: the document is not a valid story.', {id: 'error-invalid-story'});
    case 'not-found':
      return msg('The story does not contain the item this element asks for.', {id: 'error-not-found'});
  }
}

/**
 * Renders an element in its state: the author's fallback children while loading and on
 * failure (the slot is always there, only hidden, so slotted content is never re-parented),
 * a short localised message on failure without fallback, and `ready` once the story is here.
 */
export function renderState(
  controller: StoryController,
  ready: (story: Story, locale: ElementLocale) => TemplateResult
): TemplateResult {
  const {state, locale, hasFallback} = controller;
  return renderInLocale(
    locale?.ui ?? 'en',
    // No line break between the fallback and what follows: unminified (the npm modules, the
    // server's rendering) it would be one more whitespace text node in every element.
    () => html`<div part="fallback" ?hidden=${state.status === 'ready' || !hasFallback}><slot></slot></div>${
      state.status === 'ready' && locale
        ? ready(state.story, locale)
        : state.status === 'error' && !hasFallback
          ? html`<p part="error" class="surface" role="status" lang=${locale?.ui ?? 'en'}>${errorMessage(state.code)}</p>`
          : state.status === 'loading' && !hasFallback
            ? html`<div part="loading" class="loading"></div>`
            : nothing}`
  );
}
