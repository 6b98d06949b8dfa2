import {expect, html} from '@open-wc/testing';
import '../../src/news-article.js';
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
    ['2012-11', 'fr', 'novembre 2012'],
    ['2012-11', 'en', 'November 2012'],
    ['2012-11', 'zh-Hans', '2012年11月'],
    ['2012', 'fr', '2012'],
    ['2012', 'en', '2012'],
    ['2012', 'zh-Hans', '2012年'],
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
});
