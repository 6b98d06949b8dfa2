import {unsafeCSS, type CSSResult} from 'lit';

/**
 * Lit's `css` tag, minus its run-time check that each interpolated value is itself a `css`
 * result (and the long error message that comes with it, some 200 bytes of every page): the
 * library's stylesheets are its own constant strings, and what they interpolate is either another
 * of them or `unsafeCSS` of a constant (the types allow nothing else; a plain string would pass
 * here where Lit's tag throws). The build minifies templates tagged `css` as before.
 */
export const css = (strings: TemplateStringsArray, ...values: (CSSResult | number)[]): CSSResult =>
  unsafeCSS(strings.reduce((text, string, i) => text + values[i - 1] + string));
