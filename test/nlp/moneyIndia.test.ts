import { describe, expect, it } from 'vitest';
import { amountsAsMeant, parseMoney } from '../../nlp/moneyAsMeant';

// Figures the way Indian and Malaysian borrowers write them in a budget answer.
describe('parseMoney for Indian and Malaysian figures', () => {
  const cases: [string, number, string | null][] = [
    ['1.5 lakh', 150_000, null],
    ['1,20,000', 120_000, null],
    ['Rs 1,20,000 per month', 120_000, 'month'],
    ['₹45,000 pm', 45_000, 'month'],
    ['INR 32000 p.m.', 32_000, 'month'],
    ['2 crore', 20_000_000, null],
    ['3 lac', 300_000, null],
    ['2.5L', 250_000, null],
    ['1 cr', 10_000_000, null],
    ['8.5 LPA', 850_000, 'year'],
    ['6 lakh per annum', 600_000, 'year'],
    ['25k monthly', 25_000, 'month'],
    ['RM 2,500 sebulan', 2_500, 'month'],
    ['2500 ringgit a month', 2_500, 'month'],
    ['18k pm now, earlier 35k pm', 18_000, 'month'],
    ['around 12 thousand rupees', 12_000, null],
  ];
  for (const [text, value, period] of cases) {
    it(`reads "${text}"`, () => {
      expect(parseMoney(text)).toMatchObject({ value, period });
    });
  }

  it('keeps both ends of a range and uses the lower', () => {
    expect(parseMoney('15-16k')).toMatchObject({ value: 15_000, high: 16_000 });
    expect(parseMoney('maybe 15 or 16 thousand')).toMatchObject({ value: 15_000, high: 16_000 });
    expect(parseMoney('between 20000 and 25000 a month')).toMatchObject({ value: 20_000, high: 25_000, period: 'month' });
  });

  it('takes the last figure when the borrower corrects themselves', () => {
    expect(parseMoney('15000 no wait its 20000 now')).toMatchObject({ value: 20_000 });
    expect(parseMoney('12k, sorry I mean 14k')).toMatchObject({ value: 14_000 });
    expect(parseMoney('8000 actually 9500')).toMatchObject({ value: 9_500 });
  });

  it('keeps a one-off apart from monthly money', () => {
    expect(parseMoney('300000 one-off')).toMatchObject({ value: 300_000, period: 'once' });
    expect(parseMoney('a lump sum of 2 lakh')).toMatchObject({ value: 200_000, period: 'once' });
  });

  it('does not read words that are not amounts', () => {
    expect(parseMoney('one income')).toBeNull();
    expect(parseMoney('we have one income now')).toBeNull();
  });
});

// Sums inside a story (analyze's amounts), where a bare figure needs a cue to count as money.
describe('amountsAsMeant in a story', () => {
  const figures = (text: string) => amountsAsMeant(text).map((a) => a.value);
  it('reads a sum after "the", one charged, and one raised or cut', () => {
    expect(figures('new flats are asking 18000 instead of the 12000 we were paying')).toEqual([18_000, 12_000]);
    expect(figures('the bank charged me 590 plus your late fee')).toEqual([590]);
    expect(figures('school van wale ne bhi 500 badha diya')).toEqual([500]);
  });
  it('still leaves days of the month, years and counts alone', () => {
    expect(figures('salary comes on the 5th, EMI is due on the 20')).toEqual([]);
    expect(figures('we have struggled since the 2019 flood')).toEqual([]);
    expect(figures('I need 3 more months')).toEqual([]);
  });
});
