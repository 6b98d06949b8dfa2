/** Defines `<news-timeline>`. */
import {define} from './define.js';
import {NewsTimeline} from './news-timeline/news-timeline.js';

define('news-timeline', NewsTimeline);

export {NewsTimeline};
export type {TimelineOrientation} from './news-timeline/timeline.template.js';
