// The floor for the timeline benchmark: the least a Lit element can do to show the same timeline.
// It takes the story as a property, draws the static page's markup (bench/pages.mjs) with Lit
// templates into its shadow root, styled by the static page's stylesheet, and announces
// `news-ready` once drawn, as the library's elements do. It reads nothing but the fields it draws:
// no validation, no languages, no states. What <news-timeline> costs beyond it is the library's.
import {LitElement, html, nothing, unsafeCSS} from 'lit';
import {LANG, STATIC_CSS, UI, initials, text} from '../pages.mjs';

const badge = (org) => {
  const name = text(org.name);
  const short = org.shortName && text(org.shortName);
  return html`<span class="badge"><span class="mark initials" aria-hidden="true">${initials(org)}</span><span class="name"
      >${name}${short && short !== name ? html`<abbr class="muted"> (${short})</abbr>` : nothing}</span
    ></span>`;
};

class FloorTimeline extends LitElement {
  static properties = {story: {attribute: false}};
  static styles = unsafeCSS(STATIC_CSS);

  render() {
    if (!this.story) return nothing;
    const orgs = new Map(this.story.organizations.map((o) => [o.id, o]));
    return html`<section class="news surface" lang=${LANG}>
      <h2 class="timeline-title">${text(this.story.timeline.title)}</h2>
      <ol class="steps">
        ${this.story.timeline.steps.map(
          (step) => html`<li class="step ${step.status}">
            <span class="marker" aria-hidden="true"></span>
            <div class="content">
              <p class="when"><span class="status">${UI.status[step.status]}</span> <span class="no-date">${UI.dateNotStated}</span></p>
              <p class="title">${text(step.title)}</p>
              ${step.description ? html`<p class="description">${text(step.description)}</p>` : nothing}
              ${step.place ? html`<p class="place muted"><span class="visually-hidden">${UI.place} </span>${text(step.place)}</p>` : nothing}
              ${step.organizations?.length
                ? html`<ul class="step-organizations" aria-label=${UI.organizations}>
                    ${step.organizations.map((id) => html`<li>${badge(orgs.get(id))}</li>`)}
                  </ul>`
                : nothing}
            </div>
          </li>`
        )}
      </ol>
    </section>`;
  }

  // Once its story is drawn (its first update, before the page sets the story, draws nothing).
  updated(changed) {
    if (changed.has('story') && this.story) this.dispatchEvent(new CustomEvent('news-ready', {bubbles: true, composed: true}));
  }
}
customElements.define('floor-timeline', FloorTimeline);
