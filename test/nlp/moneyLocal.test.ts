import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../nlp/money';
import { parseMoney } from '../../nlp/moneyAsMeant';

// Hinglish and Malay figures: fractions said before lakh/hazaar, Malay number words and periods.
describe('parseMoney for Hinglish and Malay figures', () => {
  const cases: [string, number, string | null][] = [
    ['18 hazaar mahina', 18_000, 'month'],
    ['har mahine 12k', 12_000, 'month'],
    ['sawa lakh', 125_000, null],
    ['dedh lakh', 150_000, null],
    ['dhai hazaar', 2_500, null],
    ['saadhe teen lakh', 350_000, null],
    ['sadhe 4 hazaar', 4_500, null],
    ['paune do lakh', 175_000, null],
    ['sawa do lakh', 225_000, null],
    ['pachaas hazaar rupaye', 50_000, null],
    ['paanch sau', 500, null],
    ['do lakh salana', 200_000, 'year'],
    ['ek lakh ek baar', 100_000, 'once'],
    ['sebulan RM1.2k', 1_200, 'month'],
    ['seribu', 1_000, null],
    ['dua ribu lima ratus sebulan', 2_500, 'month'],
    ['lima puluh ribu', 50_000, null],
    ['RM 3 ribu setiap bulan', 3_000, 'month'],
    ['1.2 juta', 1_200_000, null],
    ['lima ratus ringgit seminggu', 500, 'week'],
    ['sekali gus RM5000', 5_000, 'once'],
  ];
  for (const [text, value, period] of cases) {
    it(`reads "${text}"`, () => {
      expect(parseMoney(text)).toMatchObject({ value, period });
    });
  }

  it('keeps ranges and corrections in Hinglish', () => {
    expect(parseMoney('15-16 hazaar')).toMatchObject({ value: 15_000, high: 16_000 });
    expect(parseMoney('12 hazaar nahi 15 hazaar')).toMatchObject({ value: 15_000 });
  });

  it('does not read durations, counts or English "do" as money', () => {
    expect(extractAmounts('2 mahine se salary nahi aayi')).toEqual([]);
    expect(extractAmounts('3 saal se kaam kar raha hoon')).toEqual([]);
    expect(parseMoney('dua orang anak')).toBeNull();
    expect(extractAmounts('what do I do now')).toEqual([]);
    expect(extractAmounts('gaji lambat 2 bulan')).toEqual([]);
  });
});
