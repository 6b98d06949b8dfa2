import {html, type TemplateResult} from 'lit';
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
 * failure, a short localised message on failure without fallback, and `ready` once the story
 * is here. A ready element draws its story alone, with no slot: the fallback children stay
 * where the author put them, unassigned and so not shown, and the story costs no wrapper.
 */
export function renderState(
  controller: StoryController,
  ready: (story: Story, locale: ElementLocale) => TemplateResult
): TemplateResult {
  const {state, locale, hasFallback} = controller;
  const ui = locale?.ui ?? 'en';
  return renderInLocale(ui, () =>
    state.status === 'ready' && locale
      ? ready(state.story, locale)
      : hasFallback
        ? html`<div part="fallback"><slot></slot></div>`
        : state.status === 'error'
          ? html`<p part="error" class="surface" role="status" lang=${ui}>${errorMessage(state.code)}</p>`
          : html`<div part="loading" class="loading"></div>`
  );
}
