import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../nlp/money';
import { parseMoney } from '../../nlp/moneyAsMeant';

describe('parseMoney', () => {
  it.each([
    ['about 2k a month', { value: 2000, period: 'month' }],
    ['1,200', { value: 1200, period: null }],
    ['nothing', { value: 0, period: null }],
    ['$1,250.50 every month', { value: 1250.5, period: 'month' }],
    ['RM 500 monthly', { value: 500, period: 'month' }],
    ['600 a week', { value: 600, period: 'week' }],
    ['48k a year', { value: 48000, period: 'year' }],
    ['one hundred and fifty', { value: 150, period: null }],
    ['50 bucks every two weeks', { value: 50, period: 'fortnight' }],
    ['£500 as a one-off', { value: 500, period: 'once' }],
    ['maybe 300', { value: 300, period: null }],
  ])('%s', (text, expected) => {
    expect(parseMoney(text)).toEqual(expected);
  });

  it('returns null when there is no amount', () => {
    expect(parseMoney('not sure')).toBeNull();
    expect(parseMoney('')).toBeNull();
  });
});

describe('extractAmounts', () => {
  it('ignores counts, percentages, durations, hours and years', () => {
    expect(extractAmounts('2 kids, 80% pay, for 3 months, hours cut to 20 a week since 2019')).toEqual([]);
  });

  it('reads every amount and a period stated before it', () => {
    expect(extractAmounts('my pay went from 2,400 to 1,600 a month').map(({ value, period }) => [value, period])).toEqual([
      [2400, null],
      [1600, 'month'],
    ]);
    expect(extractAmounts('i get paid fortnightly, about 900')[0]).toMatchObject({ value: 900, period: 'fortnight' });
    expect(extractAmounts('cant pay nothing rn')).toEqual([{ value: 0, period: null, text: 'cant pay nothing' }]);
  });
});
