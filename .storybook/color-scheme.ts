/**
 * The elements choose their default colours with `@media screen and (prefers-color-scheme: dark)`, which
 * only the reader's system (or a browser's emulation, such as DevTools or Playwright's
 * `emulateMedia`) can turn on: neither `color-scheme: dark` on the page nor on the frame that
 * embeds the story changes it (measured in Chromium). So the catalogue switches those very rules
 * instead: every `prefers-color-scheme` media rule in the elements' constructable stylesheets is
 * set to match (dark) or not match (light), whatever the system says. The colours shown are
 * then the elements' own defaults, not a copy of them.
 *
 * The stylesheets are shared by every instance on the page, so this is page-wide: on a docs page
 * a story that needs the other scheme renders in its own frame (`docs.story.inline: false`).
 */
import type {LitElement} from 'lit';

export type ColorScheme = 'light' | 'dark';

const TAGS = ['news-article', 'news-org-badge', 'news-pull-quote', 'news-timeline'];

interface SchemeRule {
  media: MediaList;
  dark: boolean;
}

let rules: SchemeRule[] | undefined;

/** The elements' `prefers-color-scheme` rules, found once while their media are as written. */
function schemeRules(): SchemeRule[] {
  if (rules) return rules;
  const sheets = new Set<CSSStyleSheet>();
  for (const tag of TAGS) {
    const element = customElements.get(tag) as typeof LitElement | undefined;
    for (const style of element?.elementStyles ?? []) {
      const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
      if (sheet) sheets.add(sheet);
    }
  }
  rules = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const scheme = /prefers-color-scheme:\s*(dark|light)/.exec(rule.media.mediaText)?.[1];
      if (scheme) rules.push({media: rule.media, dark: scheme === 'dark'});
    }
  }
  return rules;
}

export function forceColorScheme(scheme: ColorScheme) {
  for (const {media, dark} of schemeRules()) {
    media.mediaText = dark === (scheme === 'dark') ? 'all' : 'not all';
  }
}
