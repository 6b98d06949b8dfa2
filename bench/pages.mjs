// The pages the benchmark loads: each embed page and the static-HTML page of the same visible
// content. The static markup mirrors what the elements render in their shadow roots (see
// src/news-article/news-article.ts, src/news-timeline/timeline.template.ts and
// src/news-org-badge/org-badge.template.ts), and its stylesheet gives it the same look, so that
// both pages lay out and paint about the same thing (the run checks that their heights agree).

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);

// The page language. French is the story's own language, as on the README's snippet; the
// elements then load their French interface chunk, as they would on a French site.
export const LANG = 'fr';
// The interface strings the elements show in French (src/locale/xliff/fr.xlf).
export const UI = {
  dateNotStated: 'Date non précisée',
  readMore: 'Lire la suite',
  organizations: 'Organisations',
  place: 'Lieu\u00a0:',
  status: {done: 'Réalisé', current: 'En cours', planned: 'Étape envisagée'},
};
// And in English, for the card on an English page, which shows the French story in translation
// and says so under it.
const UI_EN = {dateNotStated: 'Date not stated', readMore: 'Read more', organizations: 'Organizations', translatedFrom: 'Translated from French'};
const UI_OF = {fr: UI, en: UI_EN};

export const text = (value, lang = LANG) => (typeof value === 'string' ? value : value[lang] ?? Object.values(value)[0]);

export function initials(org, lang = LANG) {
  // What the badge shows for these two organisations; the general rule is in org-badge.template.ts.
  if (org.shortName) return text(org.shortName, lang);
  const words = text(org.name, lang).match(/[\p{L}\p{N}]+/gu) ?? [];
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  return (capitals.length > 1 ? capitals : words).slice(0, 2).map((w) => [...w][0].toUpperCase()).join('');
}

function staticBadge(org, lang = LANG) {
  const name = text(org.name, lang);
  const short = org.shortName && text(org.shortName, lang);
  return `<span class="badge"><span class="mark initials" aria-hidden="true">${esc(initials(org, lang))}</span><span class="name">${esc(name)}${
    short && short !== name ? `<abbr class="muted"> (${esc(short)})</abbr>` : ''
  }</span></span>`;
}

/**
 * One card as static HTML, in `lang`: headline, date-not-stated line, summary, the button, the
 * organisations, and in another language than the story's the line that says it is translated.
 */
export function staticCard(story, lang = LANG) {
  const ui = UI_OF[lang];
  return `<article class="news surface card" lang="${lang}"><header><h2>${esc(text(story.headline, lang))}</h2><p class="meta muted">${ui.dateNotStated}</p></header>${
    story.summary ? `<p class="summary">${esc(text(story.summary, lang))}</p>` : ''
  }<button class="expand" type="button" aria-expanded="false">${ui.readMore}</button><ul class="organizations" role="list" aria-label="${ui.organizations}">${story.organizations
    .map((org) => `<li>${staticBadge(org, lang)}</li>`)
    .join('')}</ul>${lang === story.lang ? '' : `<p class="source muted">${ui.translatedFrom}</p>`}</article>`;
}

/** The timeline as a static `<ol>`: title, then per step its status, date line, title, description, place and organisations. */
export function staticTimeline(story) {
  const orgs = new Map(story.organizations.map((o) => [o.id, o]));
  const steps = story.timeline.steps
    .map(
      (step) => `<li class="step ${step.status}"><span class="marker" aria-hidden="true"></span><div class="content"><p class="when"><span class="status">${
        UI.status[step.status]
      }</span> <span class="no-date">${UI.dateNotStated}</span></p><p class="title">${esc(text(step.title))}</p>${
        step.description ? `<p class="description">${esc(text(step.description))}</p>` : ''
      }${step.place ? `<p class="place muted"><span class="visually-hidden">${UI.place} </span>${esc(text(step.place))}</p>` : ''}${
        step.organizations?.length
          ? `<ul class="step-organizations" aria-label="${UI.organizations}">${step.organizations
              .map((id) => `<li>${staticBadge(orgs.get(id))}</li>`)
              .join('')}</ul>`
          : ''
      }</div></li>`
    )
    .join('');
  return `<section class="news surface" lang="${LANG}"><h2 class="timeline-title">${esc(text(story.timeline.title))}</h2><ol class="steps">${steps}</ol></section>`;
}

// The static pages' stylesheet: the elements' own rules (base, card, badge, timeline), written
// for light DOM, at the width the pages give them (a card's padding grows from 1rem to 1.5rem when
// it is wider than 40em, as here; the timeline's stays 1rem).
export const STATIC_CSS = `
.news{display:block;color:#1b1c1e;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC','PingFang SC',sans-serif;line-height:1.5;overflow-wrap:anywhere}
.surface{box-sizing:border-box;background:#fff;border:1px solid #d4d7dc;border-radius:.5rem;padding:1rem}
.card{padding:1.5rem}
.muted{color:#55595f}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.card>:first-child{margin-top:0}.card>:last-child{margin-bottom:0}
.card h2{margin:0;font-size:1.3em;line-height:1.25;font-weight:700;text-wrap-style:pretty}
.meta{margin:.4em 0 0;font-size:.875em}
.summary{margin:.75em 0;font-size:1.05em}
.source{margin:.9em 0 0;font-size:.875em}
.organizations{display:flex;flex-wrap:wrap;gap:.5em 1em;margin:.9em 0;padding:0;list-style:none}
.badge{display:inline-flex;align-items:center;gap:.5em;min-width:0}
.initials{display:inline-grid;place-items:center;box-sizing:border-box;min-width:2.5em;height:2.5em;padding:0 .5em;border-radius:1.25em;white-space:nowrap;font-size:.8em;font-weight:700;letter-spacing:.02em;color:#fff;background:#0b5cad}
.name{font-weight:600}abbr{text-decoration:none;font-weight:400}
.expand{display:block;margin:.9em 0;font:inherit;font-weight:600;color:#0b5cad;background:none;border:1px solid currentColor;border-radius:.5rem;padding:.35em .9em;cursor:pointer}
.expand::after{content:' \\25BE'}
.timeline-title{margin:0 0 .75em;font-size:1.15em;line-height:1.3;text-wrap-style:pretty}
.steps{margin:0;padding:0;list-style:none}
.step{position:relative;display:flex;gap:.75em;padding-bottom:1.25em}.step:last-child{padding-bottom:0}
.step:not(:last-child)::before{content:'';position:absolute;inset-inline-start:calc(.6em - 1px);top:1.4em;bottom:.1em;border-inline-start:2px solid #d4d7dc}
.step.planned:not(:last-child)::before{border-inline-start-style:dashed}
.marker{flex:none;box-sizing:border-box;width:1.2em;height:1.2em;margin-top:.15em;border-radius:50%;border:2px solid #0b5cad;display:grid;place-items:center;line-height:1}
.done .marker{background:#0b5cad}
.done .marker::after{content:'';width:.3em;height:.55em;margin-top:-.12em;border:solid #fff;border-width:0 .12em .12em 0;transform:rotate(45deg)}
.planned .marker{border-style:dashed;background:transparent}
.content{min-width:0;flex:1}.content>p{margin:0}
.when{font-size:.85em;color:#55595f}
.status{font-weight:700;text-transform:uppercase;letter-spacing:.03em}.status::after{content:' \\B7 ';font-weight:400}
.title{font-weight:700;margin-top:.15em!important}
.planned .title,.planned .description{font-style:italic}
.description,.place{margin-top:.25em!important}
.step-organizations{display:flex;flex-wrap:wrap;gap:.35em .9em;margin:.4em 0 0;padding:0;list-style:none;font-size:.9em}
`;

// Both variants of a page share this: a centred column of cards.
const PAGE_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f6f7f9}main{max-width:48rem;margin:1rem auto;padding:0 1rem;display:grid;gap:1rem}`;

/**
 * Runs in the page's head. It reports, with performance.now() from the start of navigation:
 * - `rendered`, the target's measure: once the document is parsed and every element in `drawn` (a
 *   selector) has drawn its story, the end of the frame that shows it, once styled, laid out and
 *   painted. An element has drawn its story once it has one (`story`), Lit has rendered it with
 *   no update pending, and it is not loading (`aria-busy`, the library's elements); the page
 *   checks at each frame, in its animation callbacks, so what it finds drawn there is painted in
 *   that very frame. Without `drawn`, the frame after `want` elements have announced
 *   `news-ready` (a hydrated page: drawn before any script runs, it counts once it responds).
 * - `ready`, once the document is parsed and `want` elements have announced `news-ready`. The
 *   library sends the events of what it draws before DOMContentLoaded in the task after it, for
 *   the page's scripts (README, Events), and that task can come after the first frame: a story
 *   drawn before DOMContentLoaded (with passerelle-all.js, which needs no other request) is then
 *   on screen a frame before its event. So `rendered` does not wait for `ready`.
 * It reports with console.debug, so that the harness never runs script in the page while it
 * loads (Playwright's waitForFunction would inject and run its own on the main thread).
 * With `shown`, for a page whose HTML already holds what the elements draw (server-rendered), it
 * also reports when that was first painted: the first contentful paint, the page holding nothing
 * else. (Not the frame after the document is parsed: the document waits for its module scripts to
 * run before it counts as parsed, and the browser paints what it has before then.)
 */
const measureScript = (want, {shown = false, drawn = ''} = {}) => `<script>(() => {
  const waitForPaint = ${shown};
  let got = 0, parsed = false, ready, rendered, polling = false, reported = false, shownAt;
  const report = (r) => console.debug('__bench ' + JSON.stringify(r));
  const finish = () => {
    if (reported || ready === undefined || rendered === undefined || (waitForPaint && shownAt === undefined)) return;
    reported = true;
    report({ready, rendered, shown: shownAt});
  };
  const isDrawn = ${JSON.stringify(drawn)}
    ? () => { const els = document.querySelectorAll(${JSON.stringify(drawn)}); return els.length >= ${want} && [...els].every((el) => el.story && el.hasUpdated && !el.isUpdatePending && !el.hasAttribute('aria-busy')); }
    : () => got >= ${want};
  // In a frame's animation callbacks: drawn now means painted in this frame, done once it is.
  const frame = () => {
    if (!isDrawn()) return requestAnimationFrame(frame);
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { rendered = performance.now(); finish(); };
    ch.port2.postMessage(0);
  };
  const check = () => {
    if (!parsed) return;
    if (!polling) { polling = true; requestAnimationFrame(frame); }
    if (got >= ${want} && ready === undefined) { ready = performance.now(); finish(); }
  };
  if (waitForPaint) new PerformanceObserver((list) => {
    const paint = list.getEntriesByName('first-contentful-paint')[0];
    if (paint && shownAt === undefined) { shownAt = paint.startTime; finish(); }
  }).observe({type: 'paint', buffered: true});
  document.addEventListener('news-ready', () => { got++; check(); });
  document.addEventListener('news-error', (e) => report({error: e.detail.code + ': ' + e.detail.message}));
  document.addEventListener('DOMContentLoaded', () => { parsed = true; check(); });
})();</script>`;

const page = (title, head, body, lang = LANG) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/**
 * N `<news-article>` cards on a page in `lang`, the drop-in script in the head, their story set as
 * a property. With `preload`, the page names its interface strings beside the script (README,
 * Drop-in), so that they are requested with it rather than once it has run.
 */
export function embedCardsPage(story, n, lang = LANG, {preload = false} = {}) {
  const strings = preload ? `<link rel="modulepreload" href="/dist/cdn/passerelle-${lang}.js">` : '';
  return page(
    `${n} cards (embed${preload ? ', strings preloaded' : ''})`,
    `<style>${PAGE_CSS}</style>${measureScript(n, {drawn: 'news-article'})}${strings}<script type="module" src="/dist/cdn/passerelle.js"></script>`,
    `<main>${'<news-article></news-article>'.repeat(n)}</main><script type="module">
const story = ${JSON.stringify(story)};
for (const el of document.querySelectorAll('news-article')) el.story = story;
</script>`,
    lang
  );
}

export function staticCardsPage(story, n, lang = LANG) {
  return page(`${n} cards (static)`, `<style>${PAGE_CSS}${STATIC_CSS}</style>${measureScript(0)}`, `<main>${staticCard(story, lang).repeat(n)}</main>`, lang);
}

/**
 * One card on the French page whose story comes by `src` (the drop-in's usual way), as the
 * elements draw it: what a story's dates cost (see datedStory), set against the same page whose
 * story has none, not against a static page.
 */
export function embedCardFromSrcPage(src) {
  return page(
    'card from src (embed)',
    `<style>${PAGE_CSS}</style>${measureScript(1)}<script type="module" src="/dist/cdn/passerelle.js"></script>`,
    `<main><news-article src="${esc(src)}"></news-article></main>`
  );
}

/**
 * The story with a publication date, which the protocol story does not state: a date made up
 * for measuring alone (a page of this benchmark, never shown as the story's), so that the card
 * formats one through Intl as most stories' cards do.
 */
export const datedStory = (story) => ({...story, published: '2000-01-01'});

/** One `<news-timeline>`, its story set as a property, with `script` the drop-in build it loads. */
export function embedTimelinePage(story, script = 'passerelle.js') {
  return page(
    `timeline (embed, ${script})`,
    `<style>${PAGE_CSS}</style>${measureScript(1, {drawn: 'news-timeline'})}<script type="module" src="/dist/cdn/${script}"></script>`,
    `<main><news-timeline></news-timeline></main><script type="module">
document.querySelector('news-timeline').story = ${JSON.stringify(story)};
</script>`
  );
}

/**
 * The floor: the same page with a minimal Lit element in place of <news-timeline>
 * (bench/floor/lit-timeline.js, served as `script`), its story set as a property likewise.
 */
export function floorTimelinePage(story, script) {
  return page(
    'timeline (minimal Lit element)',
    `<style>${PAGE_CSS}</style>${measureScript(1, {drawn: 'floor-timeline'})}<script type="module" src="${script}"></script>`,
    `<main><floor-timeline></floor-timeline></main><script type="module">
document.querySelector('floor-timeline').story = ${JSON.stringify(story)};
</script>`
  );
}

/**
 * The timeline as `passerelle render` writes it (`html`: its declarative shadow root, styles and
 * inline story), hydrated by `passerelle-hydrate.js`: the HTML shows the timeline before any
 * script runs, and the script then takes it over in place.
 */
export function serverRenderedTimelinePage(html) {
  return page(
    'timeline (server-rendered, hydrated)',
    `<style>${PAGE_CSS}</style>${measureScript(1, {shown: true})}<script type="module" src="/dist/cdn/passerelle-hydrate.js"></script>`,
    `<main>${html}</main>`
  );
}

/**
 * A story whose timeline has `n` steps (dates at several precisions, descriptions, places, one or
 * two organisations, every status), in French and English: what a long-running project's page
 * could hold, far beyond the protocol story's three steps.
 */
export function longTimelineStory(n) {
  const statuses = ['done', 'current', 'planned'];
  const steps = Array.from({length: n}, (_, i) => ({
    id: `s${i}`,
    title: {fr: `Étape ${i + 1}`, en: `Step ${i + 1}`},
    status: statuses[i % 3],
    ...(i % 11 === 0 ? {date: `${2000 + (i % 25)}-03-15`} : i % 7 === 0 ? {date: `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}`} : {}),
    ...(i % 2 === 0 ? {description: {fr: `Ce qui s’est passé à l’étape ${i + 1}.`, en: `What happened at step ${i + 1}.`}} : {}),
    ...(i % 5 === 0 ? {place: 'Montréal'} : {}),
    organizations: i % 3 === 0 ? ['a', 'b'] : ['a'],
  }));
  return {
    format: 'passerelle.story/1',
    id: 'long-timeline',
    lang: 'fr',
    headline: {fr: `Un projet en ${n} étapes`, en: `A project in ${n} steps`},
    organizations: [
      {id: 'a', name: {fr: 'Association Alpha', en: 'Alpha Association'}},
      {id: 'b', name: 'Beta Board', shortName: 'BB'},
    ],
    timeline: {title: {fr: `${n} étapes`, en: `${n} steps`}, steps},
  };
}

/**
 * One `<news-timeline>` of a long story (longTimelineStory): not against a static page, but for
 * whether the page stays responsive. Reports the time until every step is in the DOM, then the
 * longest task (Long Tasks API) while it rendered, while the page was scrolled through it a frame
 * at a time (100 stops; also the median time between those frames), and while it switched to
 * English, every step changing language.
 */
export function longTimelinePage(story) {
  return page(
    `timeline (embed, ${story.timeline.steps.length} steps)`,
    `<style>${PAGE_CSS}</style><script type="module" src="/dist/cdn/passerelle.js"></script>`,
    `<main><news-timeline></news-timeline></main><script type="module">
const tasks = [];
new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({type: 'longtask', buffered: true});
const longestSince = (start) => Math.max(0, ...tasks.filter((t) => t.startTime + t.duration >= start).map((t) => t.duration));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
const el = document.querySelector('news-timeline');
const steps = () => el.shadowRoot.querySelectorAll('[part~="step"]');
el.addEventListener('news-error', (e) => console.debug('__bench ' + JSON.stringify({error: e.detail.code})));
el.addEventListener('news-ready', async () => {
  await el.updateComplete; // every step, slice after slice
  await frame();
  const rendered = performance.now();
  const count = steps().length;
  await pause();
  const render = longestSince(0);
  const scrollStart = performance.now();
  const {top, height} = el.getBoundingClientRect();
  const frames = [];
  let previous = performance.now();
  for (let i = 0; i <= 100; i++) {
    scrollTo(0, top + ((height - innerHeight) * i) / 100);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    frames.push(now - previous);
    previous = now;
  }
  await pause();
  const scroll = longestSince(scrollStart);
  const scrollFrame = frames.sort((a, b) => a - b)[frames.length >> 1];
  scrollTo(0, 0);
  const switchStart = performance.now();
  el.locale = 'en';
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
  await frame();
  const switched = performance.now() - switchStart;
  const last = steps()[count - 1]?.querySelector('[part~="step-title"]')?.textContent.trim();
  await pause();
  console.debug('__bench ' + JSON.stringify({rendered, steps: count, last, switched, scrollFrame, longest: {render, scroll, switch: longestSince(switchStart)}}));
}, {once: true});
el.story = ${JSON.stringify(story)};
</script>`
  );
}

export function staticTimelinePage(story) {
  // `shown` too: the server-rendered timeline's first paint is compared with this page's.
  return page('timeline (static)', `<style>${PAGE_CSS}${STATIC_CSS}</style>${measureScript(0, {shown: true})}`, `<main>${staticTimeline(story)}</main>`);
}

/**
 * Runs in the head of a layout-shift page: records every layout shift (buffered), and once the
 * element has rendered and two frames and 500 ms more have passed, reports (as above) the CLS
 * (largest session window: shifts < 1 s apart, at most 5 s long) and their sum.
 */
const clsScript = `<script>(() => {
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push({value: e.value, time: e.startTime});
  }).observe({type: 'layout-shift', buffered: true});
  const done = (result) => console.debug('__bench ' + JSON.stringify(result));
  const finish = (ready, error) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
    let cls = 0, windowValue = 0, windowStart = -Infinity, last = -Infinity;
    for (const s of shifts) {
      if (s.time - last > 1000 || s.time - windowStart > 5000) { windowValue = 0; windowStart = s.time; }
      windowValue += s.value; last = s.time; cls = Math.max(cls, windowValue);
    }
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    done({cls, sum: shifts.reduce((a, s) => a + s.value, 0), shifts: shifts.length, ready, fcp, error});
  }, 500)));
  document.addEventListener('news-ready', () => finish(performance.now()));
  document.addEventListener('news-error', (e) => finish(performance.now(), e.detail.code));
})();</script>`;

const ARTICLE_TEXT = [
  'Montréal, le milieu du jeu vidéo suit de près les échanges avec la Chine. Ce paragraphe, comme les suivants, est le contenu de la page hôte placé après l’intégration : s’il se déplace quand l’élément s’affiche, c’est un décalage de mise en page.',
  'Les entreprises membres de l’Alliance numérique développent des jeux, des applications et des contenus interactifs pour les marchés du monde entier, et plusieurs d’entre elles travaillent déjà avec des partenaires asiatiques.',
  'Les prochaines étapes du rapprochement seront annoncées par les deux organisations ; la page hôte, elle, continue de se lire sans sauter pendant le chargement.',
  'Un lecteur qui a commencé à lire ces lignes avant l’arrivée du script ne doit pas les voir descendre sous ses yeux.',
];

/**
 * The README's drop-in snippet ("Drop-in", "No layout shift") on a page with content after it:
 * the stylesheet and the script in the head, the element with `src` and fallback children in
 * the body, then paragraphs. `prefix` is the path the library and the story are served under (a
 * delay, as from a CDN); `css: false` leaves the stylesheet out, to compare.
 */
export function clsPage(prefix, {css = true} = {}) {
  return page(
    `layout shift${css ? '' : ' (without passerelle.css)'}`,
    `${clsScript}${css ? `<link rel="stylesheet" href="${prefix}/dist/cdn/passerelle.css">\n` : ''}<script type="module" src="${prefix}/dist/cdn/passerelle.js"></script><style>body{margin:0 auto;max-width:42rem;padding:1rem;font:16px/1.5 system-ui,sans-serif}</style>`,
    `<h1>Actualités</h1>
<news-article src="${prefix}/dist/content/alliance-numerique-ccia.json">
  <!-- Fallback: shown while the story loads, and if it cannot. -->
  <a href="/news/alliance-numerique-ccia">L’Alliance numérique et la CCIA signent un protocole</a>
</news-article>
${ARTICLE_TEXT.map((p) => `<p>${p}</p>`).join('\n')}`
  );
}
