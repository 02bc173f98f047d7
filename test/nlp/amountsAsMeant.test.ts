import { describe, expect, it } from 'vitest';
import { analyze } from '../../nlp';

const amounts = (text: string) => analyze(text).amounts.map(({ value, period }) => ({ value, period }));

describe('analyze reads amounts as the borrower meant them', () => {
  it('keeps a range as one amount at its lower end', () => {
    expect(amounts('my salary is 15-16k pm')).toEqual([{ value: 15000, period: 'month' }]);
    expect(amounts('15 or 16 thousand monthly')).toEqual([{ value: 15000, period: 'month' }]);
    expect(amounts('I can pay 7 to 8 thousand per month')).toEqual([{ value: 7000, period: 'month' }]);
  });

  it('keeps only the last figure of a correction', () => {
    expect(amounts('I earn 15000 no wait 20000 a month')).toEqual([{ value: 20000, period: 'month' }]);
  });

  it('keeps separate amounts that are neither', () => {
    expect(amounts('rent 8000 and EMI 5000 per month')).toEqual([
      { value: 8000, period: null },
      { value: 5000, period: 'month' },
    ]);
  });
});
