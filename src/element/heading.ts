import {html, nothing, type TemplateResult} from 'lit';

/**
 * A real `<h1>`–`<h6>` at the level a page asks for: the outline is the host page's, so an
 * embed must fit into it rather than impose `<h2>`. Its `id` is a plain name (`headline`): ids
 * are scoped to the element's shadow root, so every card on a page can use the same one. The
 * part by which a page styles it has the same name.
 */
export function heading(level: number, content: unknown, name: string, lang: string | typeof nothing): TemplateResult {
  // A chain of conditions rather than a switch, which minifies to more bytes (`case`, `return`).
  return level === 1
    ? html`<h1 part=${name} id=${name} lang=${lang}>${content}</h1>`
    : level === 3
      ? html`<h3 part=${name} id=${name} lang=${lang}>${content}</h3>`
      : level === 4
        ? html`<h4 part=${name} id=${name} lang=${lang}>${content}</h4>`
        : level === 5
          ? html`<h5 part=${name} id=${name} lang=${lang}>${content}</h5>`
          : level === 6
            ? html`<h6 part=${name} id=${name} lang=${lang}>${content}</h6>`
            : html`<h2 part=${name} id=${name} lang=${lang}>${content}</h2>`;
}

/** `heading-level` as given, or 2 when it is missing or not 1–6. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}
