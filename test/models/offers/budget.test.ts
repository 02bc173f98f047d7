import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../models/offers/budget';
import { policy } from './fixtures';

describe('computeBudget', () => {
  it('converts every period to monthly and works out disposable income', () => {
    const b = computeBudget(
      {
        income: [
          { value: 500, period: 'week' },
          { value: 12000, period: 'year' },
        ],
        housing: { value: 400, period: 'fortnight' },
        food: { value: 300, period: null },
        otherDebtRepayments: { value: 150, period: 'month' },
      },
      policy,
    );
    expect(b.monthlyIncome).toBe(3166.67); // 500 × 52 / 12 + 1,000
    expect(b.essentialCosts.housing).toBe(866.67); // 400 × 26 / 12
    expect(b.essentialCosts.food).toBe(300); // no period: monthly assumed
    expect(b.essentialCosts.childcare).toBe(0);
    expect(b.monthlyEssentialCosts).toBe(1166.67);
    expect(b.monthlyOtherRepayments).toBe(150);
    expect(b.disposableIncome).toBe(1850);
    expect(b.flags).toEqual([]);
    expect(b.needsHumanReview).toBe(false);
  });

  it('keeps one-off amounts out of monthly income and counts them towards a lump sum', () => {
    const b = computeBudget(
      {
        income: [
          { value: 2000, period: 'month' },
          { value: 3000, period: 'once' },
        ],
        otherCosts: { value: 500, period: 'once' },
      },
      policy,
    );
    expect(b.monthlyIncome).toBe(2000);
    expect(b.disposableIncome).toBe(2000);
    expect([b.oneOffIncome, b.oneOffCosts, b.lumpSumAvailable]).toEqual([3000, 500, 2500]);
  });

  it('counts a negative or non-numeric figure as zero and asks a human to check it', () => {
    const b = computeBudget(
      {
        income: [
          { value: 2000, period: 'month' },
          { value: -50, period: 'month' },
        ],
        housing: { value: Number.NaN, period: 'month' },
      },
      policy,
    );
    expect(b.monthlyIncome).toBe(2000);
    expect(b.essentialCosts.housing).toBe(0);
    expect(b.flags.map((f) => [f.field, f.kind])).toEqual([
      ['income[1]', 'negative'],
      ['housing', 'not_a_number'],
    ]);
    expect(b.needsHumanReview).toBe(true);
  });

  it('flags costs far above typical levels, allowing more for a larger household', () => {
    const rent = { value: 4000, period: 'month' as const }; // typical 1,200 × 3 = 3,600
    const single = computeBudget({ income: [{ value: 9000, period: 'month' }], housing: rent }, policy);
    expect(single.flags).toMatchObject([{ field: 'housing', kind: 'implausible_high' }]);
    expect(single.needsHumanReview).toBe(true);
    const family = computeBudget({ income: [{ value: 9000, period: 'month' }], housing: rent, dependants: 2 }, policy); // × 1.4
    expect(family.flags).toEqual([]);
  });

  it('flags implausibly high income and bad dependant counts', () => {
    const b = computeBudget({ income: [{ value: 40000, period: 'month' }], dependants: -1 }, policy);
    expect(b.flags.map((f) => f.kind).sort()).toEqual(['implausible_high', 'invalid_dependants']);
  });

  it('reports a deficit without doubting the figures', () => {
    const b = computeBudget(
      { income: [{ value: 1000, period: 'month' }], housing: { value: 900, period: 'month' }, food: { value: 300, period: 'month' } },
      policy,
    );
    expect(b.disposableIncome).toBe(-200);
    expect(b.flags).toMatchObject([{ kind: 'costs_exceed_income' }]);
    expect(b.needsHumanReview).toBe(false);
  });

  it('uses models/policy.json when no policy is given', () => {
    expect(computeBudget({ income: [{ value: 100, period: 'week' }] }).monthlyIncome).toBe(433.33);
  });
});
