import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Story} from '../story/types.js';
import type {ElementLocale} from '../element/story-controller.js';
import {STEP_SLICE} from './timeline.template.js';

/** Runs `callback` in a task of its own, soon: after the page has had a chance to paint and to handle input. */
function inNextTask(callback: () => void) {
  // A message rather than setTimeout, which background tabs throttle to once a second or less.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/**
 * Renders a long timeline slice by slice, a task each, so that thousands of steps never freeze
 * the page: the first STEP_SLICE steps with the element's update, then a slice more in each of
 * the tasks that follow, until every step is in the DOM. For `<news-timeline>` and the full
 * `<news-article>`'s timeline.
 */
export class StepSlices implements ReactiveController {
  // `shown` steps are in the DOM for the story and locale in `shownFor`.
  private shown = 0;
  private shownFor?: {story: Story; locale: ElementLocale};
  /** The list whose height is held while its steps are drawn again (see count). */
  private held?: HTMLElement;
  /** Whether the update under way draws the steps: a host that no longer does stops slicing. */
  private drawing = false;
  /** Settles when the next slice has been asked for; undefined when every step is rendered. */
  private nextSlice?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** How many of the story's steps to render in this update. */
  count(story: Story, locale: ElementLocale): number {
    if (this.shownFor?.story !== story || this.shownFor.locale !== locale) {
      // A new story or locale starts over from the first slice, so that all the steps on
      // screen change language together and no render does the whole timeline at once.
      // (Keeping the steps beyond the first slice, each in its old language until its turn, was
      // tried: the benchmark's 10,000-step timeline then took 3.7 s in one task to switch,
      // against 0.3 s, most likely restyling every step kept under the element's new lang.)
      // The same story's list keeps its height until every step is back, so that the page does
      // not shorten and pull a reader scrolled far down it up (from step 1500 to 592).
      // (Through the CSSOM, which a Content-Security-Policy allows, unlike a style attribute.)
      if (this.shownFor?.story === story && this.shown > STEP_SLICE) {
        this.held = (this.host as unknown as {renderRoot: ParentNode}).renderRoot.querySelector<HTMLElement>('.steps') ?? undefined;
        if (this.held) this.held.style.minHeight = this.held.offsetHeight + 'px';
      }
      this.shownFor = {story, locale};
      this.shown = STEP_SLICE;
    }
    this.drawing = true;
    return this.shown;
  }

  hostUpdated() {
    // Steps no longer drawn (a card folded, an error shown) start over from the first slice when
    // they are drawn again: all the steps reached so far at once would freeze the page.
    if (!this.drawing) this.shownFor = undefined;
    const more = this.drawing && this.shown < (this.shownFor?.story.timeline?.steps.length ?? 0);
    if (!more && this.held) {
      this.held.style.minHeight = '';
      this.held = undefined;
    }
    this.drawing = false;
    if (more && !this.nextSlice) {
      this.nextSlice = new Promise((resolve) =>
        inNextTask(() => {
          this.nextSlice = undefined;
          this.shown += STEP_SLICE;
          this.host.requestUpdate();
          resolve();
        })
      );
    }
  }

  /** Settles once every step is rendered, after `updateComplete` (the host's own) has. */
  async complete(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.nextSlice) {
      await this.nextSlice;
      complete = await updateComplete();
    }
    return complete;
  }
}
