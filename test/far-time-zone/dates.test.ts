import {expect, html} from '@open-wc/testing';
import '../../src/news-article.js';
import '../../src/news-timeline.js';
import {formatPartialDate} from '../../src/locale/format.js';
import {minimalDocument, mount, shadow} from '../helpers.js';

// This file runs in a browser set to Pacific/Pago_Pago (UTC−11), where 2012-11-20T00:00Z is
// still 19 November: a date built as UTC midnight and shown in local time would move back a day.
describe('dates far from UTC', () => {
  it('runs in a time zone west of UTC (the premise of these tests)', () => {
    expect(new Date(Date.UTC(2012, 10, 20)).getTimezoneOffset()).to.equal(11 * 60);
  });

  const cases: [string, string, string][] = [
    ['2012-11-20', 'fr', '20 novembre 2012'],
    ['2012-11-20', 'en', 'November 20, 2012'],
    ['2012-11-20', 'zh-Hans', '2012年11月20日'],
    ['2012-01-01', 'en', 'January 1, 2012'],
    // French writes the first of a month as an ordinal; Intl alone writes "1 janvier".
    ['2012-01-01', 'fr', '1er janvier 2012'],
    ['2012-03-01', 'fr-CA', '1er mars 2012'],
    ['2012-03-11', 'fr', '11 mars 2012'],
    ['2012-03-21', 'fr', '21 mars 2012'],
    ['2012-01-01', 'zh-Hans', '2012年1月1日'],
    ['2012-11', 'fr', 'novembre 2012'],
    ['2012-11', 'en', 'November 2012'],
    ['2012-11', 'zh-Hans', '2012年11月'],
    ['2012', 'fr', '2012'],
    ['2012', 'en', '2012'],
    ['2012', 'zh-Hans', '2012年'],
    // Years before 100 are those years, not 1900–1999.
    ['0042-03-05', 'en', 'March 5, 42'],
    ['0042-03', 'fr', 'mars 42'],
    ['0042', 'zh-Hans', '42年'],
  ];
  for (const [date, locale, expected] of cases) {
    it(`formats ${date} in ${locale} as "${expected}"`, () => {
      expect(formatPartialDate(date, locale)).to.deep.equal({datetime: date, text: expected});
    });
  }

  it('shows a story’s publication day unshifted in <time datetime>', async () => {
    const {el} = await mount(html`<news-article locale="en" .story=${minimalDocument({published: '2012-01-01'})}></news-article>`);
    const time = shadow(el).querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2012-01-01');
    expect(time.textContent).to.equal('January 1, 2012');
  });

  it('shows timeline steps at their precision, unshifted, in each locale', async () => {
    const story = minimalDocument({
      lang: 'fr',
      timeline: {
        steps: [
          {id: 'a', title: 'A', status: 'done', date: '2012-01-01'},
          {id: 'b', title: 'B', status: 'current', date: '2012-01'},
          {id: 'c', title: 'C', status: 'planned', date: '2013'},
        ],
      },
    });
    const expected: Record<string, string[]> = {
      fr: ['1er janvier 2012', 'janvier 2012', '2013'],
      en: ['January 1, 2012', 'January 2012', '2013'],
      // The ordinal is French: British English writes the day first too, as a plain number.
      'en-GB': ['1 January 2012', 'January 2012', '2013'],
      'zh-Hans': ['2012年1月1日', '2012年1月', '2013年'],
    };
    for (const [locale, texts] of Object.entries(expected)) {
      const {el} = await mount(html`<news-timeline locale=${locale} .story=${story}></news-timeline>`);
      const times = [...shadow(el).querySelectorAll('time')];
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2012-01-01', '2012-01', '2013']);
      expect(times.map((t) => t.textContent)).to.deep.equal(texts);
    }
  });
});
