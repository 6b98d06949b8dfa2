import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {drawStory, part, parts, protocolDocument, ready, shadow as shadowOf} from './helpers.js';

/**
 * The `--news-*` custom properties a host page sets, once, on an ancestor: each element reads
 * every one of them where it is used (never declaring them on :host, which would hide the
 * page's values).
 */
const theme = {
  '--news-font-family': 'Georgia, serif',
  '--news-text-color': 'rgb(10, 20, 30)',
  '--news-muted-color': 'rgb(40, 50, 60)',
  '--news-accent-color': 'rgb(200, 0, 100)',
  '--news-surface-color': 'rgb(250, 240, 230)',
  '--news-border-color': 'rgb(0, 128, 0)',
  '--news-radius': '3px',
  '--news-space': '7px',
};

/** Where each element draws muted text, and the attributes that show it. */
const elements: [tag: string, muted: string, attributes: Record<string, string>][] = [
  ['news-article', 'meta', {}],
  ['news-pull-quote', 'caption', {quote: 'landry-market'}],
  ['news-org-badge', 'facts', {variant: 'detailed'}],
  ['news-timeline', 'step', {}],
];

describe('theming through the --news-* custom properties', () => {
  let page: HTMLElement;
  beforeEach(() => {
    page = document.createElement('div');
    // Narrow, so that the card's padding is --news-space itself (it grows from 40em up).
    page.style.width = '320px';
    for (const [name, value] of Object.entries(theme)) page.style.setProperty(name, value);
    document.body.append(page);
  });
  afterEach(() => page.remove());

  for (const [tag, muted, attributes] of elements) {
    it(`<${tag}> takes every one of them from an ancestor`, async () => {
      const el = await drawStory(tag, attributes, await protocolDocument(), page);
      const base = getComputedStyle(part(el, 'base')!);
      expect(base.fontFamily, 'font').to.contain('Georgia');
      expect(base.color, 'text').to.equal(theme['--news-text-color']);
      expect(base.backgroundColor, 'surface').to.equal(theme['--news-surface-color']);
      expect(base.borderTopColor, 'border').to.equal(theme['--news-border-color']);
      expect(base.borderTopLeftRadius, 'radius').to.equal(theme['--news-radius']);
      expect(base.paddingTop, 'space').to.equal(theme['--news-space']);
      const mutedPart = part(el, muted)!;
      const mutedText = muted === 'step' ? mutedPart.querySelector('.when')! : mutedPart;
      expect(getComputedStyle(mutedText).color, 'muted').to.equal(theme['--news-muted-color']);
      const accent = el.shadowRoot!.querySelector('a, button, .initials, .marker')!;
      const accentStyle = getComputedStyle(accent);
      expect([accentStyle.color, accentStyle.borderTopColor], 'accent').to.include(theme['--news-accent-color']);
    });
  }
});

describe('for a reader who asks for more contrast (prefers-contrast: more)', () => {
  afterEach(() => executeServerCommand('media', {}));

  /** The contrast ratio of two rgb() colours, as WCAG computes it. */
  const contrast = (a: string, b: string) => {
    const luminance = (colour: string) => {
      const [r, g, b] = colour.match(/\d+/g)!.slice(0, 3).map((c) => {
        const v = Number(c) / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y);
    return (light + 0.05) / (dark + 0.05);
  };

  for (const [tag, , attributes] of elements) {
    it(`<${tag}> draws its border at 3:1 or more on its surface, in light and dark; a page's --news-border-color still wins`, async () => {
      const el = await drawStory(tag, attributes, await protocolDocument());
      try {
        const border = () => {
          const base = getComputedStyle(part(el, 'base')!);
          return {ratio: contrast(base.borderTopColor, base.backgroundColor), colour: base.borderTopColor};
        };
        expect(border().ratio, 'by default, a faint line').to.be.below(2);
        for (const colorScheme of ['light', 'dark']) {
          await executeServerCommand('media', {colorScheme, contrast: 'more'});
          expect(border().ratio, colorScheme).to.be.at.least(3);
        }
        el.style.setProperty('--news-border-color', 'rgb(0, 128, 0)');
        expect(border().colour).to.equal('rgb(0, 128, 0)');
      } finally {
        el.remove();
      }
    });
  }
});

describe('printed', () => {
  afterEach(() => executeServerCommand('media', {}));

  const shown = async (tag: string, attributes: Record<string, string>) => drawStory(tag, attributes, await protocolDocument());

  // Browsers print without backgrounds by default: the dark scheme's light text would come out
  // faint on white paper. The defaults follow the reader's scheme on screen only.
  for (const [tag, , attributes] of elements) {
    it(`<${tag}> prints in the light scheme's dark text, for a reader in dark mode, and shows the dark scheme on screen`, async () => {
      const el = await shown(tag, attributes);
      try {
        const colours = () => {
          const base = getComputedStyle(part(el, 'base')!);
          return {text: base.color, surface: base.backgroundColor};
        };
        await executeServerCommand('media', {type: 'screen', colorScheme: 'dark'});
        expect(colours().text, 'on screen, dark mode').to.not.equal('rgb(27, 28, 30)');
        await executeServerCommand('media', {type: 'print', colorScheme: 'dark'});
        expect(colours(), 'printed, dark mode').to.deep.equal({text: 'rgb(27, 28, 30)', surface: 'rgb(255, 255, 255)'});
      } finally {
        el.remove();
      }
    });
  }

  it('prints no button, since paper cannot be pressed: neither Read more nor Show the original', async () => {
    const card = await shown('news-article', {});
    const quote = await shown('news-pull-quote', {quote: 'landry-market'});
    try {
      const buttons = () => [card, quote].map((el) => el.shadowRoot!.querySelector('button')!);
      expect(buttons().map((b) => b.checkVisibility()), 'on screen').to.deep.equal([true, true]);
      await executeServerCommand('media', {type: 'print'});
      expect(buttons().map((b) => b.checkVisibility()), 'printed').to.deep.equal([false, false]);
      // What the note says stays: the words are a translation.
      expect(part(quote, 'translation-note')!.checkVisibility(), 'the translation note').to.equal(true);
    } finally {
      card.remove();
      quote.remove();
    }
  });
});

describe('printed, a full article', () => {
  afterEach(() => executeServerCommand('media', {}));

  it('prints each done step’s filled disc and tick (browsers leave backgrounds out), and keeps steps, quotes, organisations and titles whole on a page', async () => {
    const el = await drawStory('news-article', {layout: 'full'}, await protocolDocument());
    try {
      await executeServerCommand('media', {type: 'print'});
      const done = shadowOf(el).querySelector('[part~="step"].done .marker')!;
      expect(getComputedStyle(done).printColorAdjust, 'the done marker').to.equal('exact');
      const unsplit = [...parts(el, 'step'), ...parts(el, 'quote').map((quote) => part(quote, 'base')!), ...shadowOf(el).querySelectorAll('.badge.detailed')];
      expect(unsplit).to.have.length(3 + 3 + 2);
      for (const box of unsplit) expect(getComputedStyle(box).breakInside, box.getAttribute('part')!).to.equal('avoid');
      for (const title of ['timeline-title', 'organizations-title']) expect(getComputedStyle(part(el, title)!).breakAfter, title).to.equal('avoid');
    } finally {
      el.remove();
    }
  });
});

describe('a full article in a page’s columns', () => {
  // Wherever a column ends, the organisations' heading goes with the first of them, which is not
  // cut in two: kept after its heading as a sibling, the break avoided there moved into the badge.
  for (const height of [400, 420, 450, 480, 500]) {
    it(`in three columns ${height} px tall, no detailed organisation is split between two`, async () => {
      const columns = Object.assign(document.createElement('div'), {style: `width: 1250px; columns: 3; column-fill: auto; height: ${height}px`});
      document.body.append(columns);
      try {
        const el = await drawStory('news-article', {layout: 'full'}, await protocolDocument(), columns);
        const badges = [...shadowOf(el).querySelectorAll('.badge.detailed')];
        expect(badges).to.have.length(2);
        for (const badge of badges) expect(badge.getClientRects().length, `${badge.textContent!.slice(0, 30)}…: its fragments`).to.equal(1);
      } finally {
        columns.remove();
      }
    });
  }
});

describe('styling a full article’s pull-quotes from a page stylesheet', () => {
  // CSS cannot chain ::part()::part(): the article forwards each part of its pull-quotes under
  // the name quote-<part>, and a page rule on the article reaches them.
  const forwarded = ['base', 'quote', 'caption', 'translation-note', 'toggle', 'original'];
  let sheet: HTMLStyleElement;
  let el: HTMLElement & {story: unknown; updateComplete: Promise<unknown>};
  beforeEach(async () => {
    sheet = document.createElement('style');
    sheet.textContent =
      'news-article::part(quote-caption) { color: rgb(1, 2, 3); }\n' +
      'news-article { font-family: Georgia, serif; color: rgb(4, 5, 6); }\n' +
      forwarded.map((name) => `news-article::part(quote-${name}) { --probe: ${name}; }`).join('\n');
    document.head.append(sheet);
    el = document.createElement('news-article') as typeof el;
    el.setAttribute('locale', 'en');
    el.setAttribute('layout', 'full');
    el.story = await protocolDocument();
    const shown = ready(el);
    document.body.append(el);
    await shown;
    await el.updateComplete;
  });
  afterEach(() => {
    el.remove();
    sheet.remove();
  });

  const pullQuotes = async () => {
    const quotes = parts(el, 'quote') as (HTMLElement & {updateComplete: Promise<unknown>})[];
    await Promise.all(quotes.map((q) => q.updateComplete));
    return quotes;
  };

  it('news-article::part(quote-caption) colours the caption of each pull-quote', async () => {
    const quotes = await pullQuotes();
    expect(quotes).to.have.length(3);
    for (const quote of quotes) expect(getComputedStyle(part(quote, 'caption')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('still lets a page theme one quote through news-article::part(quote) and the --news-* properties', async () => {
    const own = document.createElement('style');
    own.textContent = 'news-article::part(quote) { --news-text-color: rgb(9, 9, 9); --news-font-family: monospace; }';
    document.head.append(own);
    try {
      for (const quote of await pullQuotes()) {
        const words = part(quote, 'quote')!;
        expect(getComputedStyle(words).color).to.equal('rgb(9, 9, 9)');
        expect(getComputedStyle(words).fontFamily).to.equal('monospace');
      }
    } finally {
      own.remove();
    }
  });

  it('draws its pull-quotes in the font and colour a page sets on the article itself', async () => {
    // Set on the element rather than through --news-*: the article's text follows, and so must
    // its quotes, or the article would be in two fonts.
    for (const quote of await pullQuotes()) {
      const words = part(quote, 'quote')!;
      expect(getComputedStyle(words).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(words).color).to.equal('rgb(4, 5, 6)');
    }
  });

  it('reaches every part of a pull-quote as quote-<part>', async () => {
    const [quote] = await pullQuotes();
    part(quote, 'toggle')!.click(); // the original shows only when asked for
    await quote.updateComplete;
    for (const name of forwarded) {
      expect(getComputedStyle(part(quote, name)!).getPropertyValue('--probe').trim(), name).to.equal(name);
    }
  });
});

describe('line breaks', () => {
  it('end no headline or quote on a line of one word, or of one Chinese character cut from its word, while paragraphs keep the browser’s quicker breaking', async () => {
    const story = await protocolDocument();
    const full = await drawStory('news-article', {layout: 'full', locale: 'zh-Hans'}, story);
    const quote = await drawStory('news-pull-quote', {quote: 'landry-market', locale: 'zh-Hans'}, story);
    try {
      const wrap = (el: Element | null) => getComputedStyle(el!).textWrapStyle;
      expect(wrap(part(full, 'headline')), 'the headline').to.equal('pretty');
      expect(wrap(shadowOf(full).querySelector('[part~="timeline"] h3, h3')), 'a heading within').to.equal('pretty');
      expect(wrap(part(quote, 'quote')!.querySelector('p')), 'a quote’s words').to.equal('pretty');
      // Not every paragraph: on a page of 1000 cards, that took 12 ms more of layout.
      expect(wrap(part(full, 'summary')), 'the summary').to.equal('auto');
    } finally {
      full.remove();
      quote.remove();
    }
  });
});
