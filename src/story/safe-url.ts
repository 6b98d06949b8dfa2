/**
 * URLs from documents: `https:`, `http:` or relative, and nothing else. The check runs on what a
 * browser would actually resolve, so `  JaVa\tScRiPt:…` is caught like `javascript:…`.
 */

// What the URL parser strips or ignores before it reads a scheme: leading and trailing C0
// controls and spaces (trimmed by `trimControls`), and tabs or newlines anywhere.
const TAB_OR_NEWLINE = /[\t\n\r]/g;

/**
 * Trims C0 controls and spaces from both ends. A loop, not a regular expression: `[…]+$` would
 * try every run of spaces inside the string, which is quadratic in a hostile document's URL.
 */
function trimControls(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

const ALLOWED_PROTOCOLS = ['https:', 'http:'];
// A URL that names its scheme must name its host after "//", as the JSON Schema asks: the parser
// reads "https:", "http:example.org" or "https:/example.org" against a base of the same scheme,
// as a path on the site around (the link would lead into the page's own site). One pattern for
// both tests, a scheme not followed by "//" and a host: a scheme holds no ":", so the colon
// after it can only be the first one.
const SCHEME_WITHOUT_HOST = /^[a-z][a-z0-9+.-]*:(?!\/\/[^/?#\\])/i;
// A base no document can name, used only to see what a relative URL would resolve to.
const PROBE_BASE = 'https://passerelle.invalid/';

/**
 * Returns the URL to use in an `href` or `src`, resolved against `base` when one is given and
 * kept as written otherwise, or undefined when its scheme is not allowed or it does not parse.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = trimControls(value).replace(TAB_OR_NEWLINE, '');
  if (cleaned === '' || SCHEME_WITHOUT_HOST.test(cleaned)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(cleaned, base ?? PROBE_BASE);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.includes(resolved.protocol)) return undefined;
  return base ? resolved.href : cleaned;
}
