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
  /** Whether the update under way draws the steps: a host that no longer does stops slicing. */
  private drawing = false;
  /**
   * The locale each slice of the story shown was last drawn in: those not redrawn yet after a
   * change of locale stay, in the old language, until their turn (taken away, the list shrank to
   * its first slice and a reader scrolled down it was thrown back up the page).
   */
  private drawnIn: ElementLocale[] = [];
  /** Settles when the next slice has been asked for; undefined when every step is rendered. */
  private nextSlice?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * The slices of the story's steps to render in this update, each as the locale to render it
   * in: `locale` for the slices reached so far, the one it was drawn in for each slice after them.
   */
  sliceLocales(story: Story, locale: ElementLocale): ElementLocale[] {
    if (this.shownFor?.story !== story || this.shownFor.locale !== locale) {
      // Another story's steps are not kept: they would be stale.
      if (this.shownFor?.story !== story) this.drawnIn = [];
      // A new story or locale starts over from the first slice, so that no render does the
      // whole timeline at once; the steps at the top change language first.
      this.shownFor = {story, locale};
      this.shown = STEP_SLICE;
    }
    this.drawing = true;
    const steps = story.timeline?.steps.length ?? 0;
    for (let i = 0; i * STEP_SLICE < Math.min(steps, this.shown); i++) this.drawnIn[i] = locale;
    return this.drawnIn;
  }

  hostUpdated() {
    // Steps no longer drawn (a card folded, an error shown) start over from the first slice when
    // they are drawn again: all the steps reached so far at once would freeze the page.
    if (!this.drawing) {
      this.shownFor = undefined;
      this.drawnIn = [];
    }
    const more = this.drawing && this.shown < (this.shownFor?.story.timeline?.steps.length ?? 0);
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
