import {expect, html, waitUntil} from '@open-wc/testing';
import {nothing} from 'lit';
import {emulateMedia, executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../src/news-timeline.js';
import type {NewsTimeline} from '../src/news-timeline/news-timeline.js';
import {STEP_SLICE} from '../src/news-timeline/timeline.template.js';
import {loadInterfaceLocale} from '../src/locale/messages.js';
import type {StepDocument, StoryDocument} from '../src/story/types.js';
import {assertNoJunk, expectMarksOnlyBetween, fallbackShown, inEmulatedMedia, LOCALES, minimalDocument, mount, part, parts, protocolDocument, shadow, textRects} from './helpers.js';

type Locale = (typeof LOCALES)[number];

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Two frames: styles, layout and container queries have settled. */
const settle = async () => {
  await frame();
  await frame();
};

interface Attrs {
  locale?: string;
  orientation?: string;
  level?: number | string;
}

async function timeline(story: unknown, attrs: Attrs = {}, parent?: HTMLElement) {
  const {el, event} = await mount<NewsTimeline>(
    html`<news-timeline
      .story=${story}
      locale=${attrs.locale ?? 'fr'}
      orientation=${attrs.orientation ?? nothing}
      heading-level=${attrs.level ?? nothing}
    ></news-timeline>`,
    parent
  );
  return {el, event};
}

/** The `<ol>`'s own items: the steps (badges sit in nested lists of their own). */
const stepItems = (el: Element) => [...shadow(el).querySelectorAll<HTMLLIElement>('ol[part~="steps"] > li')];

/** A block of the given width in the page, to hold an element as its container. */
function box(width: number): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  boxes.push(div);
  return div;
}
const boxes: HTMLElement[] = [];
afterEach(() => boxes.splice(0).forEach((b) => b.remove()));

const step = (id: string, extra: Partial<StepDocument> = {}): StepDocument => ({id, title: `Step ${id}`, status: 'done', ...extra});

const WORDS: Record<Locale, {done: string; current: string; planned: string; noDate: string; label: string; error: string}> = {
  fr: {
    done: 'Réalisé',
    current: 'En cours',
    planned: 'Étape envisagée',
    noDate: 'Date non précisée',
    label: 'Chronologie',
    error: 'L’article ne contient pas l’élément demandé.',
  },
  en: {
    done: 'Done',
    current: 'In progress',
    planned: 'Possible next step',
    noDate: 'Date not stated',
    label: 'Timeline',
    error: 'The story does not contain the item this element asks for.',
  },
  'zh-Hans': {
    done: '已完成',
    current: '进行中',
    planned: '可能的下一步',
    noDate: '日期未注明',
    label: '时间线',
    error: '报道中没有此元素所需的内容。',
  },
};

describe('<news-timeline>', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const orientation of ['vertical', 'horizontal']) {
        it(`is accessible, ${orientation}, in ${locale}`, async () => {
          const {el} = await timeline(await protocolDocument(), {locale, orientation}, box(1200));
          await settle();
          await expect(el).to.be.accessible();
        });
      }
    }

    inEmulatedMedia(() => {
      for (const locale of LOCALES) {
        it(`is accessible in dark mode in ${locale}, with every status`, async () => {
          await emulateMedia({colorScheme: 'dark'});
          const story = await protocolDocument();
          story.timeline!.steps[1].status = 'current';
          story.timeline!.steps[0].date = '2012-11-20';
          const {el} = await timeline(story, {locale});
          await settle();
          await expect(el).to.be.accessible();
        });
      }

      it('paints its own surface, dark in dark mode', async () => {
        const light = getComputedStyle(part((await timeline(await protocolDocument())).el, 'base')!).backgroundColor;
        await emulateMedia({colorScheme: 'dark'});
        const dark = getComputedStyle(part((await timeline(await protocolDocument())).el, 'base')!).backgroundColor;
        expect(light).to.equal('rgb(255, 255, 255)');
        expect(dark).to.not.equal(light);
      });
    });
  });

  describe('structure', () => {
    it('is a <section part="base"> labelled by the timeline title as an <h2>, in each locale', async () => {
      const story = await protocolDocument();
      for (const locale of LOCALES) {
        const {el, event} = await timeline(story, {locale});
        expect(event.type).to.equal('news-ready');
        const base = part(el, 'base')!;
        expect(base.localName).to.equal('section');
        const title = part(el, 'title')!;
        expect(title.localName).to.equal('h2');
        expect(text(title)).to.equal((story.timeline!.title as Record<string, string>)[locale]);
        expect(title.getAttribute('lang')).to.equal(locale);
        expect(base.getAttribute('aria-labelledby')).to.equal(title.id);
        expect(shadow(el).getElementById(title.id)).to.equal(title);
        expect(base.hasAttribute('aria-label')).to.equal(false);
        expect(base.getAttribute('lang')).to.equal(locale);
      }
    });

    it('honours heading-level, and falls back to h2 for a level out of range', async () => {
      const story = await protocolDocument();
      for (const level of [1, 3, 4, 6]) {
        const {el} = await timeline(story, {level});
        expect(part(el, 'title')!.localName).to.equal(`h${level}`);
      }
      for (const level of ['0', '7', 'x']) {
        const {el} = await timeline(story, {level});
        expect(part(el, 'title')!.localName).to.equal('h2');
      }
    });

    it('changes the heading level at run time', async () => {
      const {el} = await timeline(await protocolDocument());
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h3');
    });

    it('without a title, labels the section "Timeline" in words of each locale, and has no heading', async () => {
      const story = await protocolDocument();
      delete story.timeline!.title;
      for (const locale of LOCALES) {
        const {el} = await timeline(story, {locale});
        const base = part(el, 'base')!;
        expect(base.getAttribute('aria-label')).to.equal(WORDS[locale].label);
        expect(base.hasAttribute('aria-labelledby')).to.equal(false);
        expect(part(el, 'title')).to.equal(null);
        expect(shadow(el).querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
        assertNoJunk(el);
      }
    });

    it('is an <ol> with one <li> per step, in document order', async () => {
      const story = await protocolDocument();
      const {el} = await timeline(story, {locale: 'en'});
      const ol = part(el, 'steps')!;
      expect(ol.localName).to.equal('ol');
      expect(ol.parentElement).to.equal(part(el, 'base'));
      const items = stepItems(el);
      expect(items).to.have.length(3);
      expect([...ol.children].every((c) => c.localName === 'li')).to.equal(true);
      expect(items).to.deep.equal(parts(el, 'step'));
      expect(items.map((li) => text(li.querySelector('[part~="step-title"]')))).to.deep.equal(
        story.timeline!.steps.map((s) => (s.title as Record<string, string>).en)
      );
    });

    it('keeps the order of a document whose steps are not chronological', async () => {
      const story = minimalDocument({
        timeline: {steps: [step('c', {date: '2014'}), step('a', {date: '2012'}), step('b', {date: '2013'})]},
      });
      const {el} = await timeline(story, {locale: 'en'});
      expect(stepItems(el).map((li) => text(li.querySelector('[part~="step-title"]')))).to.deep.equal(['Step c', 'Step a', 'Step b']);
    });

    for (const locale of LOCALES) {
      it(`renders every field of the protocol story's steps in ${locale}`, async () => {
        const story = await protocolDocument();
        const {el} = await timeline(story, {locale});
        const items = stepItems(el);
        story.timeline!.steps.forEach((s, i) => {
          const li = items[i];
          // In the locale's words, or the original's (a name English keeps in French).
          const t = (value: unknown) => (value as Record<string, string>)[locale] ?? (value as Record<string, string>)[story.lang];
          const title = li.querySelector('[part~="step-title"]')!;
          // Verbatim, down to its punctuation and its spaces.
          expect(title.textContent).to.equal(t(s.title));
          expect(title.getAttribute('lang')).to.equal(locale);
          const description = li.querySelector('.description')!;
          expect(description.textContent).to.equal(t(s.description));
          expect(description.getAttribute('lang')).to.equal(locale);
          const place = li.querySelector('.place');
          if (s.place) {
            expect(text(place)).to.contain(t(s.place));
            expect(place!.querySelector(`[lang="${locale}"]`)!.textContent).to.equal(t(s.place));
          } else {
            expect(place).to.equal(null);
          }
          const badges = [...li.querySelectorAll('[part~="badge"]')];
          expect(badges).to.have.length(2);
          for (const badge of badges) expect(badge.classList.contains('compact')).to.equal(true);
          const names = badges.map((b) => text(b.querySelector('[part~="name"]')));
          const orgs = story.organizations!;
          expect(names[0]).to.equal(t(orgs[0].name));
          expect(names[1]).to.contain(t(orgs[1].name));
          expect(names[1]).to.contain('CCIA');
          // A compact badge: initials and name, none of the detailed facts.
          expect(li.querySelector('[part~="facts"]')).to.equal(null);
          expect(badges[0].querySelector('[part~="logo"]')!.textContent).to.equal(locale === 'zh-Hans' ? '数' : 'AN');
          // The badges form a labelled list of their own.
          const list = badges[0].closest('ul')!;
          expect(list.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
        });
        // The place is introduced in words for screen readers.
        const place = items[0].querySelector('.place')!;
        expect(text(place)).to.equal(
          {fr: 'Lieu : Bureau du Québec à Pékin', en: 'Place: Quebec office in Beijing', 'zh-Hans': '地点：魁北克驻北京办事处'}[locale]
        );
        // …for them alone: those words take no room on screen.
        const words = place.querySelector('.visually-hidden')!.getBoundingClientRect();
        expect(words.width * words.height).to.be.at.most(1);
        // Copied, they keep their space before the place ("Place:Quebec office" ran together),
        // but for Chinese, which has none after its full-width colon.
        const range = document.createRange();
        range.selectNodeContents(place);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        expect(getSelection()!.toString().replace(/\s+/g, ' ')).to.equal(
          {fr: 'Lieu : Bureau du Québec à Pékin', en: 'Place: Quebec office in Beijing', 'zh-Hans': '地点：魁北克驻北京办事处'}[locale]
        );
        getSelection()!.removeAllRanges();
        assertNoJunk(el);
      });
    }

    it('marks content that falls back to the original with its own lang', async () => {
      const story = minimalDocument({
        lang: 'fr',
        organizations: [{id: 'o', name: 'Organisme québécois'}],
        timeline: {
          title: {fr: 'Étapes', en: 'Steps'},
          steps: [
            step('a', {title: 'Étape seulement en français', description: 'Une description', place: 'Montréal', organizations: ['o']}),
            step('b', {title: {fr: 'Étape traduite', en: 'Translated step'}}),
          ],
        },
      });
      for (const locale of ['en', 'zh-Hans', 'de']) {
        const {el} = await timeline(story, {locale});
        const [a, b] = stepItems(el);
        const ui = locale === 'de' ? 'en' : locale;
        expect(part(el, 'base')!.getAttribute('lang')).to.equal(ui);
        expect(a.querySelector('[part~="step-title"]')!.getAttribute('lang')).to.equal('fr');
        expect(text(a.querySelector('[part~="step-title"]'))).to.equal('Étape seulement en français');
        expect(a.querySelector('.description')!.getAttribute('lang')).to.equal('fr');
        expect(a.querySelector('.place [lang="fr"]')!.textContent).to.equal('Montréal');
        expect(a.querySelector('[part~="name"]')!.getAttribute('lang')).to.equal('fr');
        expect(a.querySelector('[part~="name"]')!.textContent).to.equal('Organisme québécois');
        // The interface words stay in the element's own language.
        expect(text(a.querySelector('[part~="status"]'))).to.equal(WORDS[ui as Locale].done);
        const bTitle = b.querySelector('[part~="step-title"]')!;
        if (locale === 'en') {
          expect(text(bTitle)).to.equal('Translated step');
          expect(bTitle.getAttribute('lang')).to.equal('en');
          expect(part(el, 'title')!.getAttribute('lang')).to.equal('en');
        } else {
          expect(text(bTitle)).to.equal('Étape traduite');
          expect(bTitle.getAttribute('lang')).to.equal('fr');
          expect(part(el, 'title')!.getAttribute('lang')).to.equal('fr');
        }
        assertNoJunk(el);
      }
    });

    it('leaves out what a step does not state: no description, place or organisations, and no empty list', async () => {
      const {el} = await timeline(minimalDocument({timeline: {steps: [step('bare')]}}), {locale: 'en'});
      const [li] = stepItems(el);
      expect(li.querySelector('.description')).to.equal(null);
      expect(li.querySelector('.place')).to.equal(null);
      expect(li.querySelector('ul')).to.equal(null);
      expect(text(li)).to.equal('Done Date not stated Step bare');
      assertNoJunk(el);
    });

    it('re-renders in another language when locale or lang changes at run time', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'fr'});
      expect(text(part(el, 'status'))).to.equal('Réalisé');
      el.locale = 'zh-Hans';
      await el.updateComplete;
      await settle();
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('已完成');
      expect(text(part(el, 'title'))).to.equal('合作进程');
      el.removeAttribute('locale');
      el.setAttribute('lang', 'en');
      await settle();
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('Done');
      expect(text(part(el, 'title'))).to.equal('Steps towards closer ties');
    });
  });

  describe('translation', () => {
    it('says it is shown in translation, in the reader’s language, and says nothing in the original', async () => {
      const story = await protocolDocument();
      const credit = async (locale: string) => text(part((await timeline(story, {locale})).el, 'translation-note'));
      expect(await credit('en')).to.equal('Translated from French');
      expect(await credit('zh-Hans')).to.equal('译自法语');
      expect(part((await timeline(story, {locale: 'fr'})).el, 'translation-note')).to.equal(null);
      // Under the steps, in the timeline's box.
      const {el} = await timeline(story, {locale: 'en'});
      expect(part(el, 'translation-note')!.previousElementSibling).to.equal(part(el, 'steps'));
    });

    it('credits a translated step even when the title stays in the original', async () => {
      const story = minimalDocument({
        lang: 'fr',
        timeline: {title: 'Les étapes', steps: [{id: 'a', title: 'Signé', status: 'done'}, {id: 'b', title: 'Prévu', description: {fr: 'Plus tard.', en: 'Later.'}, status: 'planned'}]},
      } as Partial<StoryDocument>);
      const {el} = await timeline(story, {locale: 'en'});
      expect(text(part(el, 'title'))).to.equal('Les étapes');
      expect(text(part(el, 'translation-note'))).to.equal('Translated from French');
      const untranslated = minimalDocument({lang: 'fr', timeline: {steps: [{id: 'a', title: 'Signé', status: 'done'}]}} as Partial<StoryDocument>);
      expect(part((await timeline(untranslated, {locale: 'en'})).el, 'translation-note'), 'the original alone').to.equal(null);
    });
  });

  describe('status', () => {
    const statusStory = () =>
      minimalDocument({
        timeline: {
          steps: [step('d', {status: 'done'}), step('c', {status: 'current'}), step('p', {status: 'planned'})],
        },
      });

    for (const locale of LOCALES) {
      it(`says each status in words in ${locale}`, async () => {
        const {el} = await timeline(statusStory(), {locale});
        const words = parts(el, 'status').map(text);
        expect(words).to.deep.equal([WORDS[locale].done, WORDS[locale].current, WORDS[locale].planned]);
        // In the DOM, not drawn by CSS: a screen reader reads it.
        for (const s of parts(el, 'status')) expect(getComputedStyle(s).display).to.not.equal('none');
      });
    }

    for (const locale of LOCALES) {
      it(`keeps a step's status and date apart in copied text, in ${locale}`, async () => {
        const story = minimalDocument({timeline: {steps: [step('dated', {date: '2012-11'}), step('undated', {status: 'planned'})]}});
        const {el} = await timeline(story, {locale});
        for (const li of stepItems(el)) {
          const status = text(li.querySelector('[part~="status"]')).toLocaleUpperCase(locale);
          const date = text(li.querySelector('.when > :last-child'));
          // innerText is the text as drawn (in capitals), the words a reader copies, without what CSS draws.
          expect((li.querySelector('.when') as HTMLElement).innerText).to.equal(`${status} ${date}`);
        }
      });
    }

    it('says the protocol story’s statuses: one done, two possible next steps', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'fr'});
      expect(parts(el, 'status').map(text)).to.deep.equal(['Réalisé', 'Étape envisagée', 'Étape envisagée']);
      expect(parts(el, 'step-done')).to.have.length(1);
      expect(parts(el, 'step-planned')).to.have.length(2);
      expect(parts(el, 'step-current')).to.have.length(0);
    });

    it("draws a done step's tick in --news-on-accent-color, set with the accent", async () => {
      const {el} = await timeline(statusStory(), {locale: 'en'});
      el.style.setProperty('--news-accent-color', 'rgb(255, 221, 0)');
      el.style.setProperty('--news-on-accent-color', 'rgb(20, 20, 20)');
      const done = stepItems(el)[0].querySelector<HTMLElement>('.marker')!;
      expect(getComputedStyle(done).backgroundColor).to.equal('rgb(255, 221, 0)');
      expect(getComputedStyle(done, '::after').borderBottomColor).to.equal('rgb(20, 20, 20)');
    });

    it('draws each status with a marker of its own shape, not by colour alone', async () => {
      const {el} = await timeline(statusStory(), {locale: 'en'});
      const [done, current, planned] = stepItems(el).map((li) => li.querySelector<HTMLElement>('.marker')!);
      for (const marker of [done, current, planned]) {
        expect(marker.getAttribute('aria-hidden')).to.equal('true');
        expect(marker.getBoundingClientRect().width).to.be.greaterThan(8);
      }
      const filled = (color: string) => !/^rgba\(.*, 0\)$/.test(color) && color !== 'transparent';
      const shape = (marker: HTMLElement) => {
        const box = getComputedStyle(marker);
        const after = getComputedStyle(marker, '::after');
        const drawn = after.content !== 'none' && after.content !== 'normal';
        return {
          border: box.borderTopStyle,
          filled: filled(box.backgroundColor),
          inner: drawn
            ? {
                round: after.borderRadius !== '0px',
                rotated: after.transform !== 'none',
                filled: filled(after.backgroundColor),
                stroked: after.borderBottomStyle !== 'none' && after.borderBottomWidth !== '0px',
              }
            : null,
        };
      };
      const [d, c, p] = [shape(done), shape(current), shape(planned)];
      // Done: a filled disc with a tick; current: a ring around a dot; planned: a dashed, empty circle.
      expect(d).to.deep.include({border: 'solid', filled: true});
      expect(d.inner).to.deep.include({rotated: true, stroked: true});
      expect(c).to.deep.include({border: 'solid', filled: false});
      // The dot is round and painted, filled or drawn as a border (the forced-colours test below says why).
      expect(c.inner).to.deep.include({round: true, rotated: false});
      expect(c.inner!.filled || c.inner!.stroked).to.equal(true);
      expect(p).to.deep.equal({border: 'dashed', filled: false, inner: null});
      // Pairwise distinct, with no colour value in what is compared.
      expect(JSON.stringify(d)).to.not.equal(JSON.stringify(c));
      expect(JSON.stringify(c)).to.not.equal(JSON.stringify(p));
      expect(JSON.stringify(d)).to.not.equal(JSON.stringify(p));
    });

    inEmulatedMedia(() => {
      it('keeps the done tick and the current dot in forced colours (Windows high contrast), which drop backgrounds', async () => {
        await executeServerCommand('media', {forcedColors: 'active'});
        try {
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const {el} = await timeline(statusStory(), {locale: 'en'});
          const [done, current] = stepItems(el).map((li) => li.querySelector<HTMLElement>('.marker')!);
          const seen = (color: string) => !/^rgba\(.*, 0\)$/.test(color) && color !== 'transparent';
          // The colour under a marker's inner mark: the marker's own fill, else the surface's.
          const surface = getComputedStyle(part(el, 'base')!).backgroundColor;
          const under = (marker: HTMLElement) => (seen(getComputedStyle(marker).backgroundColor) ? getComputedStyle(marker).backgroundColor : surface);
          // What of the inner mark shows against that: its fill and its stroke, with its painted size.
          const inner = (marker: HTMLElement) => {
            const after = getComputedStyle(marker, '::after');
            const stroke = after.borderBottomStyle !== 'none' ? parseFloat(after.borderBottomWidth) : 0;
            const colours = [...(seen(after.backgroundColor) ? [after.backgroundColor] : []), ...(stroke > 0 ? [after.borderBottomColor] : [])];
            return {shows: colours.some((c) => c !== under(marker)), size: parseFloat(after.height) + 2 * parseFloat(after.borderTopWidth)};
          };
          expect(inner(done), 'the tick of a done step').to.deep.include({shows: true});
          expect(inner(current), 'the dot of the current step').to.deep.include({shows: true});
          expect(inner(current).size).to.be.greaterThan(4);
        } finally {
          await executeServerCommand('media', {});
        }
      });
    });

    it('joins a planned step to the next one with a dashed line, a done one with a solid line', async () => {
      const story = minimalDocument({
        timeline: {steps: [step('d', {status: 'done'}), step('p', {status: 'planned'}), step('last', {status: 'planned'})]},
      });
      const {el} = await timeline(story, {locale: 'en'});
      const [d, p] = stepItems(el).map((li) => getComputedStyle(li, '::before'));
      expect(d.borderInlineStartStyle).to.equal('solid');
      expect(p.borderInlineStartStyle).to.equal('dashed');
    });

    it('joins a planned step to the next one with a dashed line in a horizontal timeline too', async () => {
      const story = minimalDocument({
        timeline: {steps: [step('d', {status: 'done'}), step('p', {status: 'planned'}), step('last', {status: 'planned'})]},
      });
      const {el} = await timeline(story, {locale: 'en', orientation: 'horizontal'}, box(1200));
      await settle();
      expect(getComputedStyle(part(el, 'steps')!).display).to.equal('grid');
      const [d, p] = stepItems(el).map((li) => getComputedStyle(li, '::before'));
      // Side by side, the line runs along the top of each step.
      expect(d.borderTopStyle).to.equal('solid');
      expect(p.borderTopStyle).to.equal('dashed');
    });

    /** The line under (or beside) each marker but the last: its length, and the gap between that marker and the next. */
    const spans = (el: Element, axis: 'height' | 'width') => {
      const markers = stepItems(el).map((li) => li.querySelector('.marker')!.getBoundingClientRect());
      return stepItems(el)
        .slice(0, -1)
        .map((li, i) => ({
          line: parseFloat(getComputedStyle(li, '::before')[axis]),
          gap: axis === 'height' ? markers[i + 1].top - markers[i].bottom : markers[i + 1].left - markers[i].right,
        }));
    };

    it('joins each marker to the next, however long the step between them', async () => {
      const story = minimalDocument({
        timeline: {
          steps: [
            step('short', {status: 'done'}),
            step('long', {status: 'planned', description: 'A description long enough to run over many lines. '.repeat(12)}),
            step('last', {status: 'planned'}),
          ],
        },
      });
      const {el} = await timeline(story, {locale: 'en'}, box(360));
      const em = parseFloat(getComputedStyle(el).fontSize);
      const joins = spans(el, 'height');
      expect(joins[1].gap, 'the long step is taller').to.be.greaterThan(joins[0].gap + 5 * em);
      for (const {line, gap} of joins) {
        // From just under one marker to just above the next: a hair short of the gap at each end.
        expect(line).to.be.at.most(gap);
        expect(line).to.be.at.least(gap - 0.35 * em);
      }
    });

    it('joins each marker to the next one beside it in a horizontal timeline', async () => {
      const steps = [step('a', {status: 'done'}), step('b', {status: 'planned'}), step('c', {status: 'planned'})];
      const {el} = await timeline(minimalDocument({timeline: {steps}}), {locale: 'en', orientation: 'horizontal'}, box(1200));
      await settle();
      const em = parseFloat(getComputedStyle(el).fontSize);
      const markers = stepItems(el).map((li) => li.querySelector('.marker')!.getBoundingClientRect());
      expect(markers[1].top, 'side by side').to.equal(markers[0].top);
      for (const {line, gap} of spans(el, 'width')) {
        expect(gap).to.be.greaterThan(5 * em);
        expect(line).to.be.at.most(gap);
        expect(line).to.be.at.least(gap - 0.35 * em);
      }
    });

    it('sets planned steps apart in type too, so they read as a possibility', async () => {
      const {el} = await timeline(statusStory(), {locale: 'en'});
      const [d, , p] = stepItems(el).map((li) => getComputedStyle(li.querySelector('[part~="step-title"]')!).fontStyle);
      expect(d).to.equal('normal');
      expect(p).to.equal('italic');
    });

    it('does not slant Chinese text, which has no italic, but still slants a planned step’s text in another language', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'zh-Hans'});
      const planned = stepItems(el).filter((li) => li.matches('.planned'));
      expect(planned).to.have.length(2);
      for (const li of planned) {
        for (const part of li.querySelectorAll<HTMLElement>('.title, .description')) {
          expect(getComputedStyle(part).fontStyle, part.textContent!).to.equal('normal');
        }
      }
      const fr = await timeline(await protocolDocument(), {locale: 'fr'});
      const frTitle = stepItems(fr.el).find((li) => li.matches('.planned'))!.querySelector('.title')!;
      expect(getComputedStyle(frTitle).fontStyle).to.equal('italic');
    });

    it('does not slant Arabic, Persian, Urdu or Hebrew, which have no italic either', async () => {
      for (const lang of ['ar', 'fa', 'ur', 'he']) {
        const story = minimalDocument({lang, headline: 'x', timeline: {steps: [step('a', {status: 'planned', description: 'y'})]}});
        const {el} = await timeline(story, {locale: 'en'});
        for (const part of stepItems(el)[0].querySelectorAll<HTMLElement>('.title, .description')) {
          expect(getComputedStyle(part).fontStyle, `${lang}: ${part.className}`).to.equal('normal');
        }
      }
    });
  });

  describe('dates', () => {
    const datedStory = () =>
      minimalDocument({
        timeline: {
          steps: [
            step('year', {date: '2012'}),
            step('month', {date: '2012-11'}),
            step('day', {date: '2012-11-20'}),
            step('none'),
          ],
        },
      });
    const expected: Record<Locale, string[]> = {
      fr: ['2012', 'novembre 2012', '20 novembre 2012'],
      en: ['2012', 'November 2012', 'November 20, 2012'],
      'zh-Hans': ['2012年', '2012年11月', '2012年11月20日'],
    };

    for (const locale of LOCALES) {
      it(`gives a <time datetime> at year, month and day precision in ${locale}, and says when none is stated`, async () => {
        const {el} = await timeline(datedStory(), {locale});
        const items = stepItems(el);
        const times = items.slice(0, 3).map((li) => li.querySelector('time')!);
        expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2012', '2012-11', '2012-11-20']);
        expect(times.map((t) => t.textContent)).to.deep.equal(expected[locale]);
        for (const li of items.slice(0, 3)) expect(text(li)).to.not.contain(WORDS[locale].noDate);
        const undated = items[3];
        expect(undated.querySelector('time')).to.equal(null);
        expect(text(undated.querySelector('.when'))).to.contain(WORDS[locale].noDate);
        assertNoJunk(el);
      });
    }

    it('formats dates in the element’s regional locale (fr-CA, en-GB)', async () => {
      const gb = await timeline(datedStory(), {locale: 'en-GB'});
      expect(stepItems(gb.el)[2].querySelector('time')!.textContent).to.equal('20 November 2012');
      expect(text(stepItems(gb.el)[3])).to.contain('Date not stated');
    });

    it('invents no date for the protocol story: "date not stated" on every step, in each locale', async () => {
      for (const locale of LOCALES) {
        const {el} = await timeline(await protocolDocument(), {locale});
        expect(shadow(el).querySelector('time')).to.equal(null);
        const statuses = parts(el, 'status').map(text);
        expect(stepItems(el).map((li) => text(li.querySelector('.when')))).to.deep.equal(
          statuses.map((status) => `${status} ${WORDS[locale].noDate}`)
        );
        assertNoJunk(el);
      }
    });

    it('shows a leap day and an early year as written', async () => {
      const story = minimalDocument({timeline: {steps: [step('leap', {date: '2000-02-29'}), step('old', {date: '1600'})]}});
      const {el} = await timeline(story, {locale: 'en'});
      expect([...shadow(el).querySelectorAll('time')].map((t) => [t.getAttribute('datetime'), t.textContent])).to.deep.equal([
        ['2000-02-29', 'February 29, 2000'],
        ['1600', '1600'],
      ]);
    });
  });

  describe('orientation', () => {
    const tops = (el: Element) => stepItems(el).map((li) => Math.round(li.getBoundingClientRect().top));
    const lefts = (el: Element) => stepItems(el).map((li) => Math.round(li.getBoundingClientRect().left));
    const display = (el: Element) => getComputedStyle(part(el, 'steps')!).display;
    const isIncreasing = (values: number[]) => values.every((v, i) => i === 0 || v > values[i - 1]);

    it('is vertical by default, even in a wide container: steps stacked in order', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'en'}, box(1200));
      await settle();
      expect(display(el)).to.not.equal('grid');
      expect(isIncreasing(tops(el)), `tops ${tops(el)}`).to.equal(true);
      expect(new Set(lefts(el)).size).to.equal(1);
    });

    it('lays horizontal steps side by side, in reading order, in a wide container', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'en', orientation: 'horizontal'}, box(1200));
      await settle();
      expect(display(el)).to.equal('grid');
      expect(new Set(tops(el)).size, `tops ${tops(el)}`).to.equal(1);
      expect(isIncreasing(lefts(el)), `lefts ${lefts(el)}`).to.equal(true);
      // Nothing spills out of the element.
      const base = part(el, 'base')!.getBoundingClientRect();
      for (const li of stepItems(el)) expect(li.getBoundingClientRect().right).to.be.at.most(base.right + 0.5);
    });

    it('runs left to right on a right-to-left page, as its languages are read', async () => {
      // Its steps are in the reader's language, French, English or Chinese, each read left to
      // right: an Arabic page around does not turn the story's chronology around.
      const container = box(1200);
      container.dir = 'rtl';
      const {el} = await timeline(await protocolDocument(), {locale: 'en', orientation: 'horizontal'}, container);
      await settle();
      expect(display(el)).to.equal('grid');
      const l = lefts(el);
      expect(isIncreasing(l), `lefts ${l}`).to.equal(true);
    });

    it('lays more than eight horizontal steps in rows of eight, in reading order', async () => {
      const steps = Array.from({length: 10}, (_, i) => step(`s${i}`));
      const {el} = await timeline(minimalDocument({timeline: {steps}}), {locale: 'en', orientation: 'horizontal'}, box(1600));
      await settle();
      expect(display(el)).to.equal('grid');
      const t = tops(el);
      const l = lefts(el);
      expect(new Set(t.slice(0, 8)).size, `tops ${t}`).to.equal(1);
      expect(isIncreasing(l.slice(0, 8)), `lefts ${l}`).to.equal(true);
      // The ninth step starts a second row, under the first.
      expect(t[8]).to.be.greaterThan(t[0]);
      expect(t[9]).to.equal(t[8]);
      expect(l[8]).to.equal(l[0]);
    });

    /** How many steps sit in each row, top to bottom. */
    const rowLengths = (el: Element) => {
      const rows = new Map<number, number>();
      for (const top of tops(el)) rows.set(top, (rows.get(top) ?? 0) + 1);
      return [...rows.values()];
    };
    /** Whether each step draws the line that joins its marker to the next one. */
    const lines = (el: Element) => stepItems(el).map((li) => getComputedStyle(li, '::before').content !== 'none');

    it('lays more than eight horizontal steps in as many columns as fit, where eight do not', async () => {
      // 20 steps in 900 px: vertical while a row had to hold eight (88em), now rows of four or more.
      const steps = Array.from({length: 20}, (_, i) => step(`s${i}`));
      const container = box(900);
      const {el} = await timeline(minimalDocument({timeline: {steps}}), {locale: 'en', orientation: 'horizontal'}, container);
      await settle();
      expect(display(el)).to.equal('grid');
      const rows = rowLengths(el);
      const columns = rows[0];
      expect(columns, `rows ${rows}`).to.be.within(4, 7);
      expect(rows.slice(0, -1).every((n) => n === columns), `full rows but the last: ${rows}`).to.equal(true);
      const em = parseFloat(getComputedStyle(el).fontSize);
      for (const li of stepItems(el)) expect(li.getBoundingClientRect().width, 'no step squeezed').to.be.at.least(9 * em);
      // Narrower than four columns: the vertical list.
      container.style.width = '500px';
      await settle();
      expect(display(el)).to.not.equal('grid');
    });

    it('draws no line from the last step of a row, which would point at nothing', async () => {
      const steps = Array.from({length: 10}, (_, i) => step(`s${i}`));
      const {el} = await timeline(minimalDocument({timeline: {steps}}), {locale: 'en', orientation: 'horizontal'}, box(1600));
      await settle();
      expect(rowLengths(el)).to.deep.equal([8, 2]);
      expect(lines(el)).to.deep.equal([true, true, true, true, true, true, true, false, true, false]);
      const {el: wrapped} = await timeline(minimalDocument({timeline: {steps}}), {locale: 'en', orientation: 'horizontal'}, box(900));
      await settle();
      const columns = rowLengths(wrapped)[0];
      expect(lines(wrapped)).to.deep.equal(steps.map((_, i) => (i + 1) % columns !== 0 && i !== steps.length - 1));
    });

    /** Widens `container` from 400 to 1200 px: wherever the steps sit side by side, none is narrower than 9em of the timeline's own text. */
    async function expectStepsNeverSqueezed(container: HTMLElement) {
      const {el} = await timeline(await protocolDocument(), {locale: 'en', orientation: 'horizontal'}, container);
      const em = parseFloat(getComputedStyle(el).fontSize);
      let horizontal = 0;
      for (let width = 400; width <= 1200; width += 50) {
        container.style.width = `${width}px`;
        await settle();
        if (display(el) !== 'grid') continue;
        horizontal++;
        const widths = stepItems(el).map((li) => Math.round(li.getBoundingClientRect().width));
        for (const w of widths) expect(w, `step widths ${widths} in a ${width} px container`).to.be.at.least(9 * em);
      }
      expect(horizontal, 'widths at which the steps sit side by side').to.be.greaterThan(0);
    }

    it('never squeezes a horizontal step narrower than 9em: below that, the list stays vertical', async () => {
      await expectStepsNeverSqueezed(box(400));
    });

    it('sizes its steps by its own text, not the root’s: on a page with html { font-size: 62.5% } they are not squeezed', async () => {
      // A common trick (1rem = 10px, the text set back to 16px on body): a threshold in rem let
      // three steps sit side by side in 330 px and split their words.
      const root = document.documentElement.style;
      root.fontSize = '62.5%';
      const container = box(400);
      container.style.fontSize = '16px';
      try {
        await expectStepsNeverSqueezed(container);
      } finally {
        root.fontSize = '';
      }
    });

    it('never breaks "date not stated" or a date across two lines, in a 280 px column', async () => {
      // "ÉTAPE ENVISAGÉE · Date non" / "précisée": the status may go to its own line, not half the date.
      for (const locale of ['fr', 'en', 'zh-Hans']) {
        const story = await protocolDocument();
        story.timeline!.steps[0].date = '2012-11-20';
        const {el} = await timeline(story, {locale}, box(280));
        for (const date of shadow(el).querySelectorAll('.when > :last-child')) {
          const lines = new Set(textRects(date).map((r) => Math.round(r.top)));
          expect(lines.size, `${locale}: "${date.textContent}"`).to.equal(1);
        }
      }
    });

    it('draws the · between a step’s status and its date only when they share a line, never alone at a line’s end', async () => {
      // In a column too narrow for both, the date goes to a line of its own; the · drawn after
      // the status stayed at the end of the status's line, in every step of a horizontal
      // timeline at 560 px.
      const story = await protocolDocument();
      const counts = {shared: 0, apart: 0};
      for (const orientation of ['horizontal', 'vertical']) {
        const {el} = await timeline(story, {locale: 'fr', orientation}, box(560));
        await settle();
        window.scrollTo(0, 0);
        for (const when of shadow(el).querySelectorAll('.when')) {
          const {shared, apart} = await expectMarksOnlyBetween(when);
          counts.shared += shared;
          counts.apart += apart;
        }
        el.remove();
      }
      expect(counts, 'steps with status and date on one line, and on two').to.deep.equal({shared: 3, apart: 3});
    });

    it('keeps each date inside its step when the reader spaces the text out (WCAG 1.4.12) or doubles its size', async () => {
      // A date kept on one line whatever its width ran into the next step ("November 28,
      // 2012September 2013") with the text spacing WCAG asks to support, and out of a phone's
      // screen at twice the text size: it goes to a line of its own, and breaks only when even that is too narrow.
      const spacing = new CSSStyleSheet();
      spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }');
      const story = await protocolDocument();
      for (const step of story.timeline!.steps) step.date = '2012-11-28';
      const overflows: string[] = [];
      const check = (el: HTMLElement, where: string) => {
        for (const date of shadow(el).querySelectorAll<HTMLElement>('.when > :last-child')) {
          const step = date.closest('.content')!.getBoundingClientRect();
          const right = Math.max(...textRects(date).map((r) => r.right));
          if (right > step.right + 0.5) overflows.push(`${where}: "${date.textContent}" ends ${Math.round(right - step.right)} px past its step's text`);
        }
      };
      for (const locale of ['en', 'fr']) {
        const container = box(440);
        const {el} = await timeline(story, {locale, orientation: 'horizontal'}, container);
        shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, spacing];
        for (let width = 440; width <= 640; width += 10) {
          container.style.width = `${width}px`;
          await settle();
          check(el, `${locale}, spaced, ${width} px (${display(el)})`);
        }
      }
      document.documentElement.style.fontSize = '200%';
      try {
        for (const orientation of ['vertical', 'horizontal']) {
          const {el} = await timeline(story, {locale: 'en', orientation}, box(360));
          el.style.fontSize = '1rem';
          await settle();
          check(el, `${orientation}, text at 200% in 360 px`);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
      expect(overflows).to.deep.equal([]);
    });

    it('falls back to the vertical list in a 320 px container', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'en', orientation: 'horizontal'}, box(320));
      await settle();
      expect(display(el)).to.not.equal('grid');
      expect(isIncreasing(tops(el)), `tops ${tops(el)}`).to.equal(true);
      // Nothing is cut off or overflows sideways.
      const ol = part(el, 'steps')!;
      expect(ol.scrollWidth).to.be.at.most(ol.clientWidth + 1);
    });

    it('switches with its container’s width alone, without a resize listener', async () => {
      const listened: string[] = [];
      const addEventListener = window.addEventListener;
      const RealResizeObserver = window.ResizeObserver;
      let observers = 0;
      window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
        listened.push(type);
        return (addEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof window.addEventListener;
      window.ResizeObserver = class extends RealResizeObserver {
        constructor(callback: ResizeObserverCallback) {
          super(callback);
          observers++;
        }
      };
      try {
        const container = box(1200);
        const {el} = await timeline(await protocolDocument(), {locale: 'en', orientation: 'horizontal'}, container);
        await settle();
        expect(display(el)).to.equal('grid');
        const rendered = part(el, 'steps');
        container.style.width = '320px';
        await settle();
        expect(display(el)).to.not.equal('grid');
        expect(isIncreasing(tops(el)), `tops ${tops(el)}`).to.equal(true);
        container.style.width = '1200px';
        await settle();
        expect(display(el)).to.equal('grid');
        expect(new Set(tops(el)).size).to.equal(1);
        // The same DOM throughout: CSS did the switching.
        expect(part(el, 'steps')).to.equal(rendered);
        expect(el.getAttribute('orientation')).to.equal('horizontal');
      } finally {
        window.addEventListener = addEventListener;
        window.ResizeObserver = RealResizeObserver;
      }
      expect(listened).to.not.include('resize');
      expect(observers).to.equal(0);
    });

    it('changes orientation when the attribute changes, and treats an unknown value as vertical', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'en'}, box(1200));
      el.orientation = 'horizontal';
      await el.updateComplete;
      await settle();
      expect(display(el)).to.equal('grid');
      el.setAttribute('orientation', 'diagonal');
      await el.updateComplete;
      await settle();
      expect(display(el)).to.not.equal('grid');
      expect(isIncreasing(tops(el))).to.equal(true);
    });
  });

  describe('keyboard and screen readers', () => {
    it('has nothing focusable but links, and no tabindex', async () => {
      const story = await protocolDocument();
      story.organizations![1].url = 'https://example.org/ccia';
      const {el} = await timeline(story, {locale: 'en'});
      const all = [...shadow(el).querySelectorAll<HTMLElement>('*')];
      expect(all.filter((e) => e.hasAttribute('tabindex'))).to.deep.equal([]);
      expect(el.hasAttribute('tabindex')).to.equal(false);
      const focusable = all.filter((e) => e.matches('a[href], button, input, select, textarea, summary, [contenteditable], iframe, audio[controls], video[controls]'));
      expect(focusable.length).to.equal(3);
      expect(focusable.every((e) => e.localName === 'a')).to.equal(true);
    });

    it('lets Tab pass straight through a timeline without links', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'en'});
      const before = document.createElement('button');
      before.textContent = 'before';
      const after = document.createElement('button');
      after.textContent = 'after';
      el.before(before);
      el.after(after);
      try {
        before.focus();
        await sendKeys({press: 'Tab'});
        expect(document.activeElement).to.equal(after);
        await sendKeys({down: 'Shift'});
        await sendKeys({press: 'Tab'});
        await sendKeys({up: 'Shift'});
        expect(document.activeElement).to.equal(before);
      } finally {
        before.remove();
        after.remove();
      }
    });

    it('is a plain list: ol and li, the marker hidden, list semantics kept without bullets', async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'en'});
      const ol = part(el, 'steps')!;
      // role="list" only restates the <ol>: Safari drops list semantics when list-style is none.
      expect(ol.getAttribute('role')).to.equal('list');
      for (const li of stepItems(el)) {
        expect(li.hasAttribute('role')).to.equal(false);
        expect(li.querySelector('.marker')!.getAttribute('aria-hidden')).to.equal('true');
      }
      expect([...shadow(el).querySelectorAll('[role]')].every((e) => e.getAttribute('role') === 'list')).to.equal(true);
      expect(shadow(el).querySelector('[aria-live]')).to.equal(null);
    });

    it("keeps each step's organisations a list of its own to screen readers, bullets or not", async () => {
      const {el} = await timeline(await protocolDocument(), {locale: 'en'});
      const lists = stepItems(el).map((li) => li.querySelector('ul'));
      expect(lists.every((ul) => ul !== null)).to.equal(true);
      // The same restatement as the steps' list: without bullets, Safari would read two badges as loose text.
      for (const ul of lists) expect(ul!.getAttribute('role')).to.equal('list');
    });
  });

  it('lays a short timeline out whole, so it has its true height once drawn and never shifts after', async () => {
    const {el} = await timeline(await protocolDocument(), {locale: 'fr'});
    await settle();
    const items = stepItems(el);
    expect(items.map((item) => getComputedStyle(item).contentVisibility)).to.deep.equal(['visible', 'visible', 'visible']);
    const height = el.getBoundingClientRect().height;
    await settle();
    expect(el.getBoundingClientRect().height).to.equal(height);
  });

  describe('10,000 steps', () => {
    // How long its tasks take is measured by `npm run bench` (the longest task while it renders,
    // scrolls and switches language): timings belong to a benchmark, not to a test. What holds
    // the page responsive, a slice of steps per task, is tested below.
    it('renders every step, scrolls to the last, and switches every step to another language', async function () {
      this.timeout(120000);
      const organizations = [
        {id: 'a', name: {en: 'Alpha Association', fr: 'Association Alpha'}},
        {id: 'b', name: 'Beta Board', shortName: 'BB'},
      ];
      const statuses = ['done', 'current', 'planned'] as const;
      const steps = Array.from({length: 10000}, (_, i) =>
        step(`s${i}`, {
          title: {en: `Step ${i + 1}`, fr: `Étape ${i + 1}`},
          status: statuses[i % 3],
          ...(i % 7 === 0 ? {date: `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}`} : {}),
          ...(i % 11 === 0 ? {date: `${2000 + (i % 25)}-03-15`} : {}),
          ...(i % 2 === 0 ? {description: `What happened at step ${i + 1}.`} : {}),
          ...(i % 5 === 0 ? {place: 'Montréal'} : {}),
          organizations: i % 3 === 0 ? ['a', 'b'] : ['a'],
        })
      );
      const story = minimalDocument({organizations, timeline: {title: 'Ten thousand steps', steps}});
      try {
        const {el, event} = await timeline(story, {locale: 'en'});
        expect(event.type).to.equal('news-ready');
        await settle();
        const items = stepItems(el);
        expect(items).to.have.length(10000);
        expect(text(items[9999].querySelector('[part~="step-title"]'))).to.equal('Step 10000');
        expect(items[0].querySelector('time')!.getAttribute('datetime')).to.equal('2000-03-15');
        // Every step is laid out, off-screen ones too: skipping them took them away from screen
        // readers (test/screen-reader-text.test.ts).
        expect(getComputedStyle(items[9999]).contentVisibility).to.equal('visible');

        // Scroll the page through the whole timeline, a frame at a time.
        const rect = el.getBoundingClientRect();
        const top = rect.top + window.scrollY;
        const bottom = top + rect.height;
        expect(rect.height).to.be.greaterThan(10000 * 20);
        const stops = 300;
        for (let i = 0; i <= stops; i++) {
          window.scrollTo(0, top + ((bottom - top - window.innerHeight) * i) / stops);
          await frame();
        }
        // What a reader sees at the bottom is the last step.
        const last = items[9999].getBoundingClientRect();
        expect(last.top).to.be.lessThan(window.innerHeight);
        expect(last.bottom).to.be.greaterThan(0);
        // A jump back to the top, and to the middle, as with the Home key or a scrollbar drag.
        window.scrollTo(0, 0);
        await settle();
        window.scrollTo(0, (top + bottom) / 2);
        await settle();
        window.scrollTo(0, 0);
        await settle();

        // A reader switching the page to French: every step changes language.
        el.locale = 'fr';
        await el.updateComplete;
        await settle();
        const switched = stepItems(el);
        expect(switched).to.have.length(10000);
        expect(text(switched[9999].querySelector('[part~="step-title"]'))).to.equal('Étape 10000');
        expect(text(switched[9999].querySelector('[part~="status"]'))).to.equal('Réalisé');
        assertNoJunk(el);
      } finally {
        window.scrollTo(0, 0);
      }
    });
    it('shows a long timeline’s first steps at once, announces it once, and updateComplete waits for every step', async () => {
      const steps = Array.from({length: 2000}, (_, i) => step(`s${i}`, {title: `Step ${i + 1}`}));
      const container = document.createElement('div');
      boxes.push(container);
      let announced = 0;
      let shownWhenReady = 0;
      const el = document.createElement('news-timeline');
      container.addEventListener('news-ready', () => {
        announced++;
        shownWhenReady = stepItems(el).length;
      });
      el.locale = 'en';
      el.story = minimalDocument({timeline: {steps}});
      document.body.append(container);
      container.append(el);
      await el.updateComplete;
      expect(shownWhenReady, 'steps in the DOM at news-ready').to.be.greaterThan(50);
      // Only the first slice: the rest come in later tasks, so that no one task draws them all.
      expect(shownWhenReady, 'steps drawn in the first task').to.be.at.most(STEP_SLICE);
      expect(stepItems(el)).to.have.length(2000);
      expect(stepItems(el).map((li) => text(li.querySelector('[part~="step-title"]')))).to.deep.equal(steps.map((s) => s.title));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(announced).to.equal(1);
    });

    it('switches a long timeline to another language a slice per task too, never all its steps in one', async () => {
      const steps = Array.from({length: 2000}, (_, i) => step(`s${i}`, {title: {en: `Step ${i + 1}`, fr: `Étape ${i + 1}`}}));
      const {el} = await timeline(minimalDocument({timeline: {steps}}), {locale: 'en'});
      expect(stepItems(el)).to.have.length(2000);
      // A mutation observer runs before the next task: it sees what one task drew.
      let drawnInFirstTask: number | undefined;
      const observer = new MutationObserver(() => {
        const items = stepItems(el);
        if (drawnInFirstTask === undefined && text(items[0].querySelector('[part~="status"]')) === 'Réalisé') {
          drawnInFirstTask = items.filter((li) => text(li.querySelector('[part~="status"]')) === 'Réalisé').length;
        }
      });
      observer.observe(shadow(el), {childList: true, subtree: true, characterData: true});
      try {
        el.locale = 'fr';
        // The French messages may load first: wait for the last step, not for one update. Ten
        // slices, a task each: on a busy machine that outlasts waitUntil's default second.
        await waitUntil(() => text(stepItems(el)[1999]?.querySelector('[part~="step-title"]') ?? null) === 'Étape 2000', 'the last step in French', {timeout: 5000});
        await el.updateComplete;
      } finally {
        observer.disconnect();
      }
      expect(drawnInFirstTask, 'steps redrawn in French in the first task').to.be.a('number').and.at.most(STEP_SLICE);
      const items = stepItems(el);
      expect(items).to.have.length(2000);
      expect(text(items[1999].querySelector('[part~="step-title"]'))).to.equal('Étape 2000');
    });
    it('keeps the reader’s place when the language changes while they are deep in a long timeline', async () => {
      const steps = Array.from({length: 2000}, (_, i) => step(`s${i}`, {title: {en: `Step ${i + 1}`, fr: `Étape ${i + 1}`}}));
      await loadInterfaceLocale('fr'); // so that the switch is drawn at once
      const {el} = await timeline(minimalDocument({timeline: {steps}}), {locale: 'en'});
      expect(stepItems(el)).to.have.length(2000);
      const list = shadow(el).querySelector<HTMLElement>('[part~="steps"]')!;
      const height = list.offsetHeight;
      // The step at the top of the window (its top edge a pixel down, clear of rounding).
      const titleAtTop = () =>
        text(stepItems(el).find((li) => li.getBoundingClientRect().bottom > 1)?.querySelector('[part~="step-title"]') ?? null);
      try {
        stepItems(el)[1499].scrollIntoView({block: 'start'});
        await frame();
        const scrolled = window.scrollY;
        expect(titleAtTop()).to.equal('Step 1500');
        el.locale = 'fr';
        // The update that follows (a microtask away) draws the first slice again; the others come
        // a task each. Looked at right after it, in every engine: two frames later, Firefox had
        // already drawn them all.
        while (el.isUpdatePending) await Promise.resolve();
        // The steps are drawn again from the top; the list keeps its height meanwhile, so the page
        // does not shorten under the reader (it pulled them up to step 592).
        expect(stepItems(el).length, 'steps drawn again so far').to.be.below(2000);
        expect(list.offsetHeight, 'the list’s height').to.equal(height);
        expect(window.scrollY, 'where the page is scrolled to').to.equal(scrolled);
        // Nor does it move in the frames that follow, as the rest is drawn.
        await frame();
        await frame();
        expect(list.offsetHeight, 'the list’s height, two frames on').to.equal(height);
        expect(window.scrollY, 'where the page is scrolled to, two frames on').to.equal(scrolled);
        await el.updateComplete;
        expect(window.scrollY, 'once every step is back').to.equal(scrolled);
        expect(titleAtTop()).to.equal('Étape 1500');
        expect(list.style.minHeight, 'the height let go').to.equal('');
      } finally {
        window.scrollTo(0, 0);
      }
    });
  });

  describe('bad input', () => {
    for (const locale of LOCALES) {
      it(`fires not-found for a story without a timeline, with a message in ${locale}`, async () => {
        const {el, event} = await timeline(minimalDocument(), {locale});
        expect(event.type).to.equal('news-error');
        expect((event as CustomEvent).detail.code).to.equal('not-found');
        expect((event as CustomEvent).detail.message).to.be.a('string').and.not.equal('');
        const error = part(el, 'error')!;
        expect(text(error)).to.equal(WORDS[locale].error);
        expect(error.getAttribute('lang')).to.equal(locale);
        expect(part(el, 'base')).to.equal(null);
        expect(shadow(el).querySelector('ol')).to.equal(null);
        assertNoJunk(el);
      });
    }

    it('fires not-found for a timeline with zero steps', async () => {
      const {el, event} = await timeline(minimalDocument({timeline: {title: 'Steps', steps: []}}), {locale: 'en'});
      expect(event.type).to.equal('news-error');
      expect((event as CustomEvent).detail.code).to.equal('not-found');
      expect(text(part(el, 'error'))).to.equal(WORDS.en.error);
      expect(shadow(el).querySelector('ol')).to.equal(null);
      assertNoJunk(el);
    });

    it('fires invalid-story for a timeline that is not one', async () => {
      const {el, event} = await timeline(minimalDocument({timeline: {title: 'Steps'}} as unknown as Partial<StoryDocument>), {locale: 'en'});
      expect((event as CustomEvent).detail.code).to.equal('invalid-story');
      expect(text(part(el, 'error'))).to.contain('not a valid story');
      assertNoJunk(el);
    });

    it('shows the author’s fallback children instead of a message, and recovers when the story is fixed', async () => {
      const {el, event} = await mount<NewsTimeline>(
        html`<news-timeline locale="en" .story=${minimalDocument()}><p>See the timeline on our site.</p></news-timeline>`
      );
      expect((event as CustomEvent).detail.code).to.equal('not-found');
      expect(fallbackShown(el)).to.equal(true);
      expect(part(el, 'error')).to.equal(null);
      const ready = new Promise((resolve) => el.addEventListener('news-ready', resolve, {once: true}));
      el.story = await protocolDocument();
      await ready;
      await el.updateComplete;
      expect(fallbackShown(el)).to.equal(false);
      expect(stepItems(el)).to.have.length(3);
    });

    it('shows nothing reading undefined, null, NaN or Invalid Date for odd but valid steps', async () => {
      const story = minimalDocument({
        organizations: [{id: 'o', name: 'Org'}],
        timeline: {
          title: '',
          steps: [
            step('no-orgs', {organizations: []}),
            step('bad-date', {date: '2012-13-45'}),
            step('empty-bits', {description: '', place: ' ', organizations: ['o']}),
            step('not-a-leap-day', {date: '2023-02-29', status: 'planned'}),
            step('number-date', {date: 2012 as unknown as string, status: 'current'}),
          ],
        },
      });
      for (const locale of LOCALES) {
        const {el, event} = await timeline(structuredClone(story), {locale});
        expect(event.type).to.equal('news-ready');
        assertNoJunk(el);
        expect(shadow(el).querySelectorAll('time')).to.have.length(0);
        expect(stepItems(el).map((li) => text(li.querySelector('.when')))).to.deep.equal(
          [WORDS[locale].done, WORDS[locale].done, WORDS[locale].done, WORDS[locale].planned, WORDS[locale].current].map(
            (status) => `${status} ${WORDS[locale].noDate}`
          )
        );
        expect(shadow(el).querySelector('.description, .place')).to.equal(null);
        expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(WORDS[locale].label);
      }
    });

    it('rejects a step naming an unknown organisation or status, with a message and no junk', async () => {
      const stories = [
        minimalDocument({organizations: [{id: 'o', name: 'Org'}], timeline: {steps: [step('s', {organizations: ['nobody']})]}}),
        minimalDocument({timeline: {steps: [step('s', {status: 'maybe' as 'planned'})]}}),
      ];
      for (const story of stories) {
        const {el, event} = await timeline(story, {locale: 'fr'});
        expect((event as CustomEvent).detail.code).to.equal('invalid-story');
        expect(text(part(el, 'error'))).to.equal('Impossible d’afficher l’article : le document n’est pas un article valide.');
        assertNoJunk(el);
      }
    });
  });
});
