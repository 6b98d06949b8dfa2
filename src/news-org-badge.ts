/** Defines `<news-org-badge>`. */
import {define} from './define.js';
import {NewsOrgBadge} from './news-org-badge/news-org-badge.js';

define('news-org-badge', NewsOrgBadge);

export {NewsOrgBadge};
export type {BadgeVariant} from './news-org-badge/org-badge-detailed.template.js';
// The events' types, and with them the types of addEventListener('news-ready' | 'news-error', …).
export type {NewsReadyEvent, NewsErrorEvent, NewsReadyDetail, NewsErrorDetail} from './element/events.js';
