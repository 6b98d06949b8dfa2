/**
 * An organisation drawn as a compact badge: its logo or initials and its name. A template
 * function rather than a nested element, so a card with several organisations pays for no extra
 * upgrade, shadow root or render. This module holds what the cards of the drop-in core draw:
 * the badge as an item of a list. The badge on its own (`<news-org-badge>`) and the detailed
 * badge are in org-badge-detailed.template.ts, a module of its own so that the core does not
 * carry them.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {css} from '../element/css.js';
import type {Organization, Story} from '../story/types.js';
import {pickText} from '../story/pick-text.js';
import type {ElementLocale} from '../element/story-controller.js';
import {ownLang} from '../element/own-lang.js';
import {remembered} from '../story/remembered.js';
import {writtenWithoutSpaces} from '../locale/format.js';

/**
 * What stands for an organisation without a logo: a short acronym as it is (`CCIA`), else up to
 * two initials (`Alliance numérique` → `AN`), or one character of a Chinese name. Remembered: a
 * page of cards draws the same few organisations again and again, and the Unicode property
 * patterns are slow to run.
 */
export const initials = remembered((name: string): string => {
  // Composed first (a decomposed É is E and an accent), and accents and vowel signs (marks) kept
  // with their letter: a mark neither ends a word nor is cut from the letter it belongs to.
  const words: string[] = name.normalize().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  // An acronym is read without its dots, dashes and symbols: C.C.I.A., AN-Q, "RSQ 🎮". (Its
  // words joined, rather than the rest removed by the negated pattern: on first use, that
  // pattern took the browser some 1–1.5 ms to build, on every page that shows a badge.)
  const acronym = words.join('');
  if (/^[\p{Lu}\p{N}]{2,4}$/u.test(acronym)) return acronym;
  const first = words[0];
  if (first === undefined) return '?';
  const letter = (word: string) => word.match(/.\p{M}*/u)![0];
  if (/\p{Script=Han}/u.test(first)) return letter(first);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const chosen = (capitals.length > 1 ? capitals : words).slice(0, 2);
  return chosen.map((w) => letter(w).toUpperCase()).join('');
});

/**
 * The organisation's name as the reader reads it and, when it differs, its short name: `label`,
 * what the name element holds (the name, then the short name in brackets in an `<abbr>`, or the
 * name alone as text, which costs no template), `lang`, the name element's (see ownLang), and the
 * initials that stand for a logo. A triple rather than an object, whose field names the minifier
 * would keep.
 */
export function badgeNames(
  org: Organization,
  story: Story,
  locale: ElementLocale
): [label: string | TemplateResult, lang: string | typeof nothing, initials: string] {
  const text = (value: Organization['name']) => pickText(value, locale.tag, story.lang);
  const name = text(org.name);
  const short = org.shortName && text(org.shortName);
  // The short name sits inside the name, so its `lang` is written when it differs from the
  // name's. The space and the brackets are part of its text: one text node and one part (a
  // space between two expressions would be a part of its own). After a Chinese or Japanese name,
  // full-width brackets and no space: 中国文化产业协会（CCIA）.
  const label =
    short && short.value !== name.value
      ? html`${name.value}<abbr lang=${short.lang === name.lang ? nothing : short.lang} class="muted">${
          writtenWithoutSpaces(name.lang) ? `（${short.value}）` : ` (${short.value})`
        }</abbr>`
      : name.value;
  return [label, ownLang(name.lang, locale), initials(short?.value ?? name.value)];
}

/**
 * A logo that does not load (a wrong path, a server down) gives way to the initials drawn after
 * it, as the story format says; one that loads, later (a new story), takes their place again.
 * (Not loaded lazily: by the standard a hidden lazy image is never loaded, Chromium's leniency
 * aside, so the logo of a new story would never come back.)
 */
export const logoOrInitials = (event: Event) => ((event.target as HTMLImageElement).hidden = event.type === 'error');

/**
 * The same for logos drawn before their listeners: server-rendered, they may fail before the
 * element hydrates (see hydrate.ts). One that has finished and cannot be decoded has failed.
 */
export function hideFailedLogos(root: ParentNode) {
  for (const logo of root.querySelectorAll<HTMLImageElement>('img.mark')) {
    if (logo.complete) logo.decode().catch(() => (logo.hidden = true));
  }
}

/**
 * The compact badge as an item of a list of organisations (the card's, a timeline step's): the
 * markup of renderCompactBadge in an `<li>`, written out whole for each case (logo or initials,
 * name linked or not) rather than composed of the mark's and the name's templates. Lists are
 * where a page draws thousands of badges, and each nested template would cost every badge one
 * more template instance, with its parts and a comment marker. Keep the four cases in step with
 * badgeMarkAndName (org-badge-detailed.template.ts). A logo's initials are drawn after it, hidden
 * unless it fails to load.
 */
export function compactBadgeItem(org: Organization, story: Story, locale: ElementLocale): TemplateResult {
  const [label, lang, initials] = badgeNames(org, story, locale);
  if (org.logo && org.url) {
    return html`<li><span part="badge" class="badge compact"><img part="logo" class="mark" src=${org.logo} alt="" decoding="async" @load=${logoOrInitials} @error=${logoOrInitials} /><span part="logo" class="mark initials" aria-hidden="true">${initials}</span><a part="name" class="name" href=${org.url} target="_blank" rel="noopener noreferrer" lang=${lang}>${label}</a></span></li>`;
  }
  if (org.logo) {
    return html`<li><span part="badge" class="badge compact"><img part="logo" class="mark" src=${org.logo} alt="" decoding="async" @load=${logoOrInitials} @error=${logoOrInitials} /><span part="logo" class="mark initials" aria-hidden="true">${initials}</span><span part="name" class="name" lang=${lang}>${label}</span></span></li>`;
  }
  if (org.url) {
    return html`<li><span part="badge" class="badge compact"><span part="logo" class="mark initials" aria-hidden="true">${initials}</span><a part="name" class="name" href=${org.url} target="_blank" rel="noopener noreferrer" lang=${lang}>${label}</a></span></li>`;
  }
  return html`<li><span part="badge" class="badge compact"><span part="logo" class="mark initials" aria-hidden="true">${initials}</span><span part="name" class="name" lang=${lang}>${label}</span></span></li>`;
}

export const orgBadgeStyles = css`
  /* Never wider than the column, in large text too: the name, as narrow as needs be, breaks a
     word longer than its line (overflow-wrap: break-word, base.styles.ts), rather than push
     the badge, its list item and the page out sideways. */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-width: 0;
    max-width: 100%;
  }
  .badge > .name,
  li {
    min-width: 0;
  }
  li {
    max-width: 100%;
  }
  /* A logo is drawn whole in the mark's box, corners softened rather than cut round: a round mark
     cut off the ends of a wordmark and the corners of a square logo. The box does not follow the
     image: sized by it, a wide logo moved the name, and the page under it, when it loaded. (The
     initials, the other mark, set their own size and radius below.) */
  .mark {
    flex: none;
    width: 2em;
    height: 2em;
    border-radius: 0.25em;
    object-fit: contain;
  }
  /* Until its logo fails (see logoOrInitials), an organisation's initials stay hidden behind it.
     Important, so that a page's ::part(logo) display does not show both. */
  img.mark[hidden],
  img.mark:not([hidden]) + .initials {
    display: none !important;
  }
  .initials {
    /* A pill that grows with an acronym such as CCIA; a circle for two letters. */
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    /* A least size, not the logo's: a reader's minimum font size (a browser setting) enlarges
       the letters but not the em lengths, which are read before it applies. A radius larger than
       any height, so that it stays a pill as it grows. */
    width: auto;
    height: auto;
    min-width: 2.5em;
    min-height: 2.5em;
    padding: 0 0.5em;
    border-radius: 9em;
    white-space: nowrap;
    overflow-wrap: normal;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.02em;
    /* Outlined in the accent, like a link: whatever accent a host sets for its links on its
       surface reads here too, in light and dark. */
    color: var(--news-accent-color, var(--_accent));
    border: 2px solid currentColor;
  }
  .name {
    font-weight: 600;
  }
  /* Not underlined: browsers underline an abbr with a title alone, and this one has none. */
  abbr {
    font-weight: 400;
  }
`;
