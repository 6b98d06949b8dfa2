/** Defines `<news-timeline>`. */
import {define} from './define.js';
import {NewsTimeline} from './news-timeline/news-timeline.js';

define('news-timeline', NewsTimeline);

export {NewsTimeline};
export type {TimelineOrientation} from './news-timeline/timeline.template.js';
// The events' types, and with them the types of addEventListener('news-ready' | 'news-error', …).
export type {NewsReadyEvent, NewsErrorEvent, NewsReadyDetail, NewsErrorDetail} from './element/events.js';
