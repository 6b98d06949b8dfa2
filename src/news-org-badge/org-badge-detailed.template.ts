/**
 * The badges of `<news-org-badge>` and of the full `<news-article>`, both loaded after the
 * drop-in core: the compact badge on its own, and the detailed badge — the compact badge's mark
 * and name, with the organisation's kind, region, member count and description. (The compact
 * badge as a list item, which the cards draw, is in org-badge.template.ts.)
 */
import {html, nothing, type TemplateResult} from 'lit';
import {css} from '../element/css.js';
import {separatedStyles} from '../element/separated.styles.js';
import {str} from '@lit/localize';
import type {Organization, Story} from '../story/types.js';
import {pickText} from '../story/pick-text.js';
import {writtenLanguage} from '../story/language.js';
import {countWithUnit, formatCount} from '../locale/format-count.js';
import {msg} from '../locale/messages.js';
import type {ElementLocale} from '../element/story-controller.js';
import {badgeNames, logoOrInitials, orgBadgeStyles} from './org-badge.template.js';

export type BadgeVariant = 'compact' | 'detailed';

/** "200 entreprises membres", in the language of its unit (or of the interface, without one). */
function members(org: Organization, story: Story, locale: ElementLocale): {value: string; lang: string} | undefined {
  if (!org.members) return undefined;
  const {count, unit} = org.members;
  if (unit) {
    const picked = pickText(unit, locale.tag, story.lang);
    // Digits grouped as the unit's words are written: in the reader's locale (fr-CA's own
    // conventions) when the unit is in its language, else in the unit's (12 000 entreprises, not
    // 12,000 entreprises; the formatting locale is English where the interface is).
    const grouping = writtenLanguage(picked.lang) === writtenLanguage(locale.intl) ? locale.intl : picked.lang;
    return {value: countWithUnit(count, picked.value, picked.lang, grouping), lang: picked.lang};
  }
  const n = formatCount(count, locale.intl);
  const value =
    new Intl.PluralRules(locale.intl).select(count) === 'one'
      ? msg(str`${n}\u00a0member`, {id: 'members-one'})
      : msg(str`${n}\u00a0members`, {id: 'members-other'});
  return {value, lang: locale.ui};
}

/** The mark (logo, else initials) and the name, linked when the organisation has a URL. */
export function badgeMarkAndName(org: Organization, story: Story, locale: ElementLocale): {mark: TemplateResult; title: TemplateResult} {
  const [label, lang, initials] = badgeNames(org, story, locale);
  // A logo's initials are drawn after it, hidden unless it fails to load (see logoOrInitials).
  const initialsMark = html`<span part="logo" class="mark initials" aria-hidden="true">${initials}</span>`;
  const mark = org.logo
    ? html`<img part="logo" class="mark" src=${org.logo} alt="" decoding="async" @load=${logoOrInitials} @error=${logoOrInitials} />${initialsMark}`
    : initialsMark;
  // The name written out in each case rather than as a template of its own: every nested
  // template is one more instance to create. (compactBadgeItem writes out the same markup.)
  const title = org.url
    ? html`<a part="name" class="name" href=${org.url} target="_blank" rel="noopener noreferrer" lang=${lang}>${label}</a>`
    : html`<span part="name" class="name" lang=${lang}>${label}</span>`;
  return {mark, title};
}

export function renderCompactBadge(org: Organization, story: Story, locale: ElementLocale): TemplateResult {
  const {mark, title} = badgeMarkAndName(org, story, locale);
  return html`<span part="badge" class="badge compact">${mark}${title}</span>`;
}

export function renderDetailedBadge(org: Organization, story: Story, locale: ElementLocale): TemplateResult {
  const text = (value: Organization['name']) => pickText(value, locale.tag, story.lang);
  const {mark, title} = badgeMarkAndName(org, story, locale);
  const facts = [org.kind && text(org.kind), org.region && text(org.region), members(org, story, locale)].filter((f) => !!f);
  const description = org.description && text(org.description);
  return html`<div part="badge" class="badge detailed">
    ${mark}
    <div class="about">
      ${title}
      ${facts.length
        ? // A space between the facts, not only the · drawn after each (silent, and not copied);
          // an expression, since minifiers drop the spaces at a template's ends.
          html`<p part="facts" class="facts muted separated">${facts.map((f, i) => html`${i ? ' ' : ''}<span lang=${f.lang}>${f.value}</span>`)}</p>`
        : nothing}
      ${description ? html`<p part="description" class="description" lang=${description.lang}>${description.value}</p>` : nothing}
    </div>
  </div>`;
}

export const renderOrgBadge = (org: Organization, story: Story, locale: ElementLocale, variant: BadgeVariant) =>
  variant === 'detailed' ? renderDetailedBadge(org, story, locale) : renderCompactBadge(org, story, locale);

/** The compact badge's rules, and what the detailed one adds. */
export const detailedBadgeStyles = [
  orgBadgeStyles,
  separatedStyles,
  css`
  .badge.detailed {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    /* On paper or in a page's columns, an organisation is not split. */
    break-inside: avoid;
  }
  .detailed .mark {
    width: 3em;
    height: 3em;
  }
  .detailed .initials {
    font-size: 1em;
    width: auto;
    min-width: 3em;
    height: 3em;
    border-radius: 1.5em;
  }
  .about {
    min-width: 0;
  }
  .facts,
  .description {
    margin: 0.25em 0 0;
  }
  `,
];
