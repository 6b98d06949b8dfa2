/** A quote as a figure: the words verbatim in their language, then who said them and where. */
import {css, html, nothing, type TemplateResult} from 'lit';
import type {Quote, Story} from '../story/types.js';
import {pickText} from '../story/pick-text.js';
import {findSpeaker} from '../story/speaker.js';
import {translatedFrom} from '../locale/language-names.js';
import {msg} from '../locale/messages.js';
import type {ElementLocale} from '../element/story-controller.js';

export function renderQuote(quote: Quote, story: Story, locale: ElementLocale): TemplateResult {
  const words = pickText(quote.text, locale.tag, quote.lang);
  const inTranslation = words.lang !== quote.lang;
  const text = (value: Quote['text']) => pickText(value, locale.tag, story.lang);
  const {person, organization} = findSpeaker(story, quote.speaker);
  const who = [
    person && text(person.name),
    person?.role && text(person.role),
    organization && text(organization.name),
    quote.context && text(quote.context),
  ].filter((part) => !!part);
  return html`<figure part="quote" class="quote">
    <blockquote lang=${words.lang}><p>${words.value}</p></blockquote>
    <figcaption class="muted">
      ${who.map(
        (part, i) =>
          html`${i ? msg(', ', {id: 'caption-separator', desc: 'Between the parts of a quote caption: speaker, role, organisation, context.'}) : ''}<span lang=${part.lang}>${part.value}</span>`
      )}
      ${inTranslation ? html`<span class="translated">${translatedFrom(quote.lang, locale.ui)}</span>` : nothing}
    </figcaption>
  </figure>`;
}

/** Quotation marks drawn around the verbatim words, in the typography of their language. */
export const quoteStyles = css`
  .quote {
    margin: 1.25em 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--news-accent-color, var(--_accent));
  }
  .quote blockquote {
    margin: 0;
    font-size: 1.1em;
  }
  .quote blockquote p {
    margin: 0;
  }
  .quote blockquote p::before {
    content: open-quote;
  }
  .quote blockquote p::after {
    content: close-quote;
  }
  .quote blockquote:lang(en) {
    quotes: '“' '”' '‘' '’';
  }
  .quote blockquote:lang(fr) {
    quotes: '«\\a0' '\\a0»' '“' '”';
  }
  .quote blockquote:lang(zh) {
    quotes: '“' '”' '‘' '’';
  }
  .quote figcaption {
    margin-top: 0.5em;
    font-size: 0.9em;
  }
  .quote figcaption::before {
    content: '— ';
  }
  .translated {
    display: block;
    font-style: italic;
  }
`;
