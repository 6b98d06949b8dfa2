/**
 * The `<script type="application/ld+json" data-passerelle>` that `<news-article jsonld>` keeps in
 * its light DOM. Loaded on demand: pages that never set `jsonld` never download it.
 */
import {serializeJsonLd, storyToJsonLd} from '../story/json-ld.js';
import type {Story} from '../story/types.js';

/** The element's own script: the one child it adds, and the only one it ever changes or removes. */
const JSON_LD_SCRIPT = ':scope > script[data-passerelle]';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesWindow = typeof globalThis & {
  trustedTypes?: {createPolicy(name: string, rules: {createScript(input: string): string}): ScriptPolicy};
};

// null: the page does not let this library create its policy.
let policy: ScriptPolicy | null | undefined;
let warned = false;

/**
 * The script's text as the page lets it be set. Under Trusted Types (`require-trusted-types-for
 * 'script'`) a script element's text is a sink whatever its type, data blocks included: Chromium
 * refuses a plain string, and reports a violation for a text node appended instead. So the text
 * goes through a policy named `passerelle`, which the page lists in `trusted-types`. It blesses
 * only what parses as JSON, and only this module holds it.
 */
function scriptText(json: string): unknown {
  const trustedTypes = (globalThis as TrustedTypesWindow).trustedTypes;
  if (!trustedTypes) return json;
  if (policy === undefined) {
    try {
      policy = trustedTypes.createPolicy('passerelle', {
        createScript: (input) => {
          JSON.parse(input);
          return input;
        },
      });
    } catch {
      // A page with a `trusted-types` list that leaves it out. If it does not also require
      // Trusted Types, a plain string still works.
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : json;
}

/**
 * Writes the story's JSON-LD into `host`'s one script, adding it if needed and leaving an
 * up-to-date one alone; without a story (or a locale yet), removes it.
 */
export function syncJsonLd(host: HTMLElement, story: Story | undefined, locale: string | undefined): void {
  const [found, ...extra] = host.querySelectorAll<HTMLScriptElement>(JSON_LD_SCRIPT);
  extra.forEach((s) => s.remove());
  if (!story || !locale) return found?.remove();
  const json = serializeJsonLd(storyToJsonLd(story, {locale, baseUrl: document.baseURI}));
  if (found?.text === json) return;
  const script = found ?? document.createElement('script');
  script.type = 'application/ld+json';
  try {
    script.text = scriptText(json) as string;
  } catch (error) {
    found?.remove();
    if (!warned) {
      warned = true;
      console.warn(
        'passerelle: <news-article jsonld> cannot write its JSON-LD on this page: under Trusted Types, list "passerelle" in trusted-types.',
        error
      );
    }
    return;
  }
  script.dataset.passerelle = '';
  if (!found) host.append(script);
}
