/**
 * An organisation drawn as a badge. A template function rather than a nested element, so a card
 * with several organisations pays for no extra upgrade, shadow root or render.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import type {Organization, Story} from '../story/types.js';
import {pickText} from '../story/pick-text.js';
import {countWithUnit, formatCount} from '../locale/format.js';
import {msg} from '../locale/messages.js';
import type {ElementLocale} from '../element/story-controller.js';

export type BadgeVariant = 'compact' | 'detailed';

/**
 * What stands for an organisation without a logo: a short acronym as it is (`CCIA`), else up to
 * two initials (`Alliance numérique` → `AN`), or one character of a Chinese name.
 */
export function initials(name: string): string {
  if (/^[\p{Lu}\p{N}]{2,4}$/u.test(name)) return name;
  const words: string[] = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = words[0];
  if (first === undefined) return '?';
  if (/\p{Script=Han}/u.test(first)) return [...first][0] ?? '?';
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const chosen = (capitals.length > 1 ? capitals : words).slice(0, 2);
  return chosen.map((w) => [...w][0].toUpperCase()).join('');
}

/** "200 entreprises membres", in the language of its unit (or of the interface, without one). */
function members(org: Organization, story: Story, locale: ElementLocale): {value: string; lang: string} | undefined {
  if (!org.members) return undefined;
  const {count, unit} = org.members;
  if (unit) {
    const picked = pickText(unit, locale.tag, story.lang);
    return {value: countWithUnit(count, picked.value, picked.lang, locale.intl), lang: picked.lang};
  }
  const n = formatCount(count, locale.intl);
  const value =
    new Intl.PluralRules(locale.intl).select(count) === 'one'
      ? msg(str`${n}\u00a0member`, {id: 'members-one'})
      : msg(str`${n}\u00a0members`, {id: 'members-other'});
  return {value, lang: locale.ui};
}

export function renderOrgBadge(
  org: Organization,
  story: Story,
  locale: ElementLocale,
  variant: BadgeVariant
): TemplateResult {
  const text = (value: Organization['name']) => pickText(value, locale.tag, story.lang);
  const name = text(org.name);
  const short = org.shortName && text(org.shortName);
  // The space before the short name is a value, so that template minifiers keep it.
  const nameContent = html`<span lang=${name.lang}>${name.value}</span>${short && short.value !== name.value
      ? html`${' '}<abbr lang=${short.lang} class="muted">(${short.value})</abbr>`
      : nothing}`;
  const mark = org.logo
    ? html`<img part="logo" class="mark" src=${org.logo} alt="" loading="lazy" decoding="async" />`
    : html`<span part="logo" class="mark initials" aria-hidden="true">${initials(short?.value ?? name.value)}</span>`;
  const title = org.url
    ? html`<a part="name" class="name" href=${org.url} target="_blank" rel="noopener noreferrer">${nameContent}</a>`
    : html`<span part="name" class="name">${nameContent}</span>`;
  if (variant === 'compact') return html`<span part="badge" class="badge compact">${mark}${title}</span>`;

  const facts = [org.kind && text(org.kind), org.region && text(org.region)].filter((f) => !!f);
  const count = members(org, story, locale);
  const description = org.description && text(org.description);
  return html`<div part="badge" class="badge detailed">
    ${mark}
    <div class="about">
      ${title}
      ${facts.length || count
        ? html`<p part="facts" class="facts muted">${facts.map((f) => html`<span lang=${f.lang}>${f.value}</span>`)}${count
              ? html`<span lang=${count.lang}>${count.value}</span>`
              : nothing}</p>`
        : nothing}
      ${description ? html`<p part="description" class="description" lang=${description.lang}>${description.value}</p>` : nothing}
    </div>
  </div>`;
}

export const orgBadgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-width: 0;
  }
  .badge.detailed {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
  }
  .mark {
    flex: none;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    object-fit: contain;
  }
  .detailed .mark {
    width: 3em;
    height: 3em;
  }
  .initials {
    /* A pill that grows with an acronym such as CCIA; a circle for two letters. */
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    width: auto;
    min-width: 2.5em;
    height: 2.5em;
    padding: 0 0.5em;
    border-radius: 1.25em;
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
  .detailed .initials {
    font-size: 1em;
    width: auto;
    min-width: 3em;
    height: 3em;
    border-radius: 1.5em;
  }
  .name {
    font-weight: 600;
  }
  abbr {
    text-decoration: none;
    font-weight: 400;
  }
  .about {
    min-width: 0;
  }
  .facts,
  .description {
    margin: 0.25em 0 0;
  }
  .facts > span:not(:last-child)::after {
    content: ' · ';
  }
`;
