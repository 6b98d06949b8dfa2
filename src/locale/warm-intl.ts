/**
 * Readies the browser's `Intl` while the page waits for a story from the network, so that its
 * dates are drawn without paying for it on the way to the first frame. In Chromium, the first
 * `Intl` formatter in a page costs some 30–40 ms on a two-core machine, whatever its kind (a
 * date, a number, a language's name) and locale, once per browser process: made first by a
 * worker, it then cost the page's own thread under 1 ms. Later formatters cost about 1 ms.
 *
 * A wager on the network. Measured side by side (15–21 rounds, one card on a French page, its
 * story by `src`): served 60 ms late, the card was drawn in 211 ms with a date against 231
 * before (0.91×), and as soon without one. But the formatter cannot be stopped once begun, and
 * a story that arrives meanwhile waits for it: served 15–40 ms late, a story without a date was
 * drawn 5–12% later, one with a date 1–4% sooner. Most stories state their date, and a phone's
 * network is slower than that. `npm run bench` sets the dated card against the dateless one
 * (README, Benchmarks).
 *
 * Asked at each download rather than once, which would cost more bytes: a later formatter takes
 * about 1 ms of idle time. Nothing where the browser has no idle callbacks (Safari).
 */
export const warmIntl = () => globalThis.requestIdleCallback?.(() => new Intl.DateTimeFormat());
