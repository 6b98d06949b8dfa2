/**
 * URLs from documents: `https:`, `http:` or relative, and nothing else. The check runs on what a
 * browser would actually resolve, so `  JaVa\tScRiPt:…` is caught like `javascript:…`.
 */

// What the URL parser strips or ignores before it reads a scheme (leading C0 controls and
// spaces, and tabs or newlines anywhere).
// eslint-disable-next-line no-control-regex
const IGNORED_BY_URL_PARSER = /^[\u0000-\u0020]+|[\u0000-\u0020]+$|[\t\n\r]/g;
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:']);
// A base no document can name, used only to see what a relative URL would resolve to.
const PROBE_BASE = 'https://passerelle.invalid/';

/**
 * Returns the URL to use in an `href` or `src`, resolved against `base` when one is given and
 * kept as written otherwise, or undefined when its scheme is not allowed or it does not parse.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(IGNORED_BY_URL_PARSER, '');
  if (cleaned === '') return undefined;
  let resolved: URL;
  try {
    resolved = new URL(cleaned, base ?? PROBE_BASE);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(resolved.protocol)) return undefined;
  return base ? resolved.href : cleaned;
}
