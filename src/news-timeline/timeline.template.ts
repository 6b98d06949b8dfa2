/**
 * A story's timeline as an ordered list. A template function, shared by `<news-timeline>` and
 * the full `<news-article>`: a timeline has no behaviour of its own to justify a nested element.
 */
import {html, nothing, unsafeCSS, type TemplateResult} from 'lit';
import {css} from '../element/css.js';
import {separatedStyles} from '../element/separated.styles.js';
import {guard} from 'lit/directives/guard.js';
import type {Step, StepStatus, Story, Text, Timeline} from '../story/types.js';
import {pickText} from '../story/pick-text.js';
import {formatPartialDate} from '../locale/format.js';
import {msg, renderInLocale} from '../locale/messages.js';
import {compactBadgeItem} from '../news-org-badge/org-badge.template.js';
import type {ElementLocale} from '../element/story-controller.js';

export type TimelineOrientation = 'vertical' | 'horizontal';

/**
 * A timeline's own words: its title, and each step's title, description and place, for the
 * "translated from …" credit. Here, in the elements chunk, with the timelines that draw them: the
 * card reads them only once the full article's module has loaded (article-details.ts).
 */
export const timelineTexts = (timeline?: Timeline) => [timeline?.title, ...(timeline?.steps ?? []).flatMap((s) => [s.title, s.description, s.place])];

/** The status in words: a planned step is one that may still happen, and is worded so. */
function statusWords(status: StepStatus): string {
  switch (status) {
    case 'done':
      return msg('Done', {id: 'status-done', desc: 'A timeline step that has happened.'});
    case 'current':
      return msg('In progress', {id: 'status-current', desc: 'A timeline step under way now.'});
    case 'planned':
      return msg('Possible next step', {id: 'status-planned', desc: 'A timeline step that may still happen; not a certainty.'});
  }
}

function renderStep(step: Step, story: Story, locale: ElementLocale): TemplateResult {
  const text = (value: Text) => pickText(value, locale.tag, story.lang);
  const title = text(step.title);
  const description = step.description && text(step.description);
  const place = step.place && text(step.place);
  const date = step.date ? formatPartialDate(step.date, locale.intl) : undefined;
  const organizations = step.organizations
    .map((id) => story.organizations.find((o) => o.id === id))
    .filter((o) => o !== undefined);
  return html`<li part="step step-${step.status}" class="step ${step.status}">
    <span class="marker" aria-hidden="true"></span>
    <div class="content">
      <p class="when separated">
        <span part="status" class="status">${statusWords(step.status)}</span>
        ${date
          ? html`<time datetime=${date.datetime}>${date.text}</time>`
          : html`<span class="no-date">${msg('Date not stated', {id: 'date-not-stated'})}</span>`}
      </p>
      <p part="step-title" class="title" lang=${title.lang}>${title.value}</p>
      ${description ? html`<p class="description" lang=${description.lang}>${description.value}</p>` : nothing}
      ${place
        ? html`<p class="place muted"><span class="visually-hidden">${msg('Place: ', {id: 'place-label'})}</span><span lang=${place.lang}>${place.value}</span></p>`
        : nothing}
      ${organizations.length
        ? html`<ul class="step-organizations" role="list" aria-label=${msg('Organizations', {id: 'organizations'})}>
            ${organizations.map((org) => compactBadgeItem(org, story, locale))}
          </ul>`
        : nothing}
    </div>
  </li>`;
}

/**
 * How many steps are rendered in one task. A longer timeline is rendered slice by slice, a task
 * per slice (see step-slices.ts), so that thousands of steps never freeze the page.
 */
// 200 rather than 400 since every step is laid out (and so in the accessibility tree): the
// 10,000-step test's longest task fell from 450-830 ms to 320-360 ms.
export const STEP_SLICE = 200;

/**
 * The steps, in document order, as an `<ol>`: the first `shown` (all of them, or those reached
 * so far when a long timeline is being rendered slice by slice). Each slice re-renders only when
 * the story or the locale changes, so adding a slice costs that slice alone.
 */
export function renderTimelineSteps(
  story: Story,
  locale: ElementLocale,
  orientation: TimelineOrientation,
  shown: number
): TemplateResult {
  const steps = story.timeline?.steps ?? [];
  // The step count chooses the container width at which a horizontal timeline fits (see below);
  // more steps than a row holds are 'many', set in as many columns as fit.
  const count = steps.length > MAX_COLUMNS ? 'many' : steps.length;
  const end = Math.min(steps.length, shown);
  const slices: unknown[] = [];
  for (let start = 0; start < end; start += STEP_SLICE) {
    const stop = Math.min(start + STEP_SLICE, end);
    // guard() calls back when Lit commits the slice, after the element's renderInLocale() has
    // returned: the slice sets its interface language itself.
    slices.push(
      guard([story, locale, start, stop], () =>
        renderInLocale(locale.ui, () => steps.slice(start, stop).map((step) => renderStep(step, story, locale)))
      )
    );
  }
  // Every step is laid out, however many: skipping the layout of off-screen steps
  // (content-visibility: auto) also took them out of the accessibility tree.
  return html`<ol part="steps" class="steps ${orientation}" role="list" data-columns=${count}>${slices}</ol>`;
}

// A horizontal step needs this much width, in the timeline's own em (a container query's em is
// the container's font size): rem would follow the page's root, which some set to 10px while
// their text stays 16px. With more steps than MAX_COLUMNS, the steps continue on further rows.
const STEP_WIDTH_EM = 11;
const MAX_COLUMNS = 8;

/**
 * Markers in a row joined by a line, each step's text below its marker. The last step of a row
 * has no line: it would run to the edge, pointing at nothing (the next step starts a new row).
 */
const horizontalLayout = (list: string, columns: number) => `
  ${list} { display: grid; grid-template-columns: repeat(${columns}, minmax(0, 1fr)); row-gap: 1.5em; }
  ${list} > .step { flex-direction: column; padding-bottom: 0; padding-inline-end: 1em; }
  ${list} > .step:not(:last-child)::before {
    inset-inline-start: 1.3em; inset-inline-end: 0.1em; top: calc(0.75em - 1px); bottom: auto;
    border-inline-start: none; border-top: 2px solid var(--news-border-color, var(--_border));
  }
  ${list} > .step:nth-child(${columns}n)::before { content: none; }
  ${list} > .step.planned:not(:last-child)::before { border-top-style: dashed; }`;

// More steps than a row holds take several rows whatever the width: from this many columns, as
// many as fit. (Fewer would make a tall, thin grid that reads worse than the vertical list.)
const MIN_COLUMNS_OF_MANY = 4;

/**
 * Horizontal only where the container is wide enough for its steps side by side: one container
 * query per column count, so a narrow column keeps the vertical list (no resize listener). Up to
 * eight steps go horizontal once they all fit in a row; more take the widest rows that fit, each
 * count of columns for its own range of widths.
 */
const horizontalRules = Array.from({length: MAX_COLUMNS - 1}, (_, i) => i + 2)
  .map((n) => {
    const from = `@container (min-width: ${n * STEP_WIDTH_EM}em)`;
    const many = n < MIN_COLUMNS_OF_MANY ? '' : `${from}${n < MAX_COLUMNS ? ` and (width < ${(n + 1) * STEP_WIDTH_EM}em)` : ''} {${horizontalLayout(`.steps.horizontal[data-columns=many]`, n)}}`;
    return `${from} {${horizontalLayout(`.steps.horizontal[data-columns='${n}']`, n)}}${many}`;
  })
  .join('\n');

export const timelineStyles = [
  separatedStyles,
  css`
  /* Words for screen readers alone ("Place: " before a step's place): the layout says it to the eye.
     Kept on one line, and with their last space: dropped at the end of the line, copied text read
     "Place:Paris". The space is the translation's: Chinese writes none after its full-width colon
     (地点：北京), where a space left to collapse was still copied by Firefox. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: pre;
  }
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    position: relative;
    display: flex;
    gap: 0.75em;
    padding-bottom: 1.25em;
    /* On paper or in a page's columns, a step is not split, nor a title parted from what follows. */
    break-inside: avoid;
  }
  h2, h3, h4, h5, h6 {
    break-after: avoid;
  }
  .step:last-child {
    padding-bottom: 0;
  }
  /* The line joining the markers. */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.6em - 1px);
    top: 1.4em;
    bottom: 0.1em;
    border-inline-start: 2px solid var(--news-border-color, var(--_border));
  }
  .step.planned:not(:last-child)::before {
    border-inline-start-style: dashed;
  }
  /* The status by shape, not by colour alone: done a filled disc with a tick, current a ring
     around a dot, planned a dashed empty circle. Each shape is drawn by borders where forced
     colours would drop a background: done's disc becomes a ring, its tick stays. */
  .marker {
    flex: none;
    box-sizing: border-box;
    width: 1.2em;
    height: 1.2em;
    margin-top: 0.15em;
    border-radius: 50%;
    border: 2px solid var(--news-accent-color, var(--_accent));
    display: grid;
    place-items: center;
    font-size: 1em;
    line-height: 1;
  }
  .done .marker {
    background: var(--news-accent-color, var(--_accent));
    /* Printed too: browsers leave backgrounds out on paper, which left an empty ring (not done)
       with the tick drawn white on white. */
    print-color-adjust: exact;
  }
  .done .marker::after {
    content: '';
    width: 0.3em;
    height: 0.55em;
    margin-top: -0.12em;
    border: solid var(--news-on-accent-color, var(--_on-accent));
    border-width: 0 0.12em 0.12em 0;
    transform: rotate(45deg);
  }
  /* The dot is drawn as a border, not a background: in forced colours (Windows high contrast)
     the browser drops backgrounds but keeps borders, in the system's text colour. */
  .current .marker::after {
    content: '';
    border: 0.25em solid var(--news-accent-color, var(--_accent));
    border-radius: 50%;
  }
  .planned .marker {
    border-style: dashed;
    background: transparent;
  }
  .content {
    min-width: 0;
    flex: 1;
  }
  .content > p {
    margin: 0;
  }
  /* The status and the date kept apart (separatedStyles), the date never split across lines
     but where even a line of its own is too narrow. */
  .when {
    font-size: 0.85em;
    color: var(--news-muted-color, var(--_muted));
  }
  .status {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .title {
    font-weight: 700;
    margin-top: 0.15em !important;
  }
  .planned .title,
  .planned .description {
    font-style: italic;
  }
  /* Chinese, Japanese and Korean fonts have no italic, nor do Arabic, Persian, Urdu and Hebrew:
     the browser would slant the glyphs, which reads as a rendering fault. The status word and the
     dashed marker still set the step apart. */
  .planned :lang(zh),
  .planned :lang(ja),
  .planned :lang(ko),
  .planned :lang(ar),
  .planned :lang(fa),
  .planned :lang(ur),
  .planned :lang(he) {
    font-style: normal;
  }
  .description,
  .place {
    margin-top: 0.25em !important;
  }
  .step-organizations {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.9em;
    margin: 0.4em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  ${unsafeCSS(horizontalRules)}
`,
];
