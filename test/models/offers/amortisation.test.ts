import { describe, expect, it } from 'vitest';
import { instalment, repay, runLedger } from '../../../models/offers/amortisation';
import { npv } from '../../../models/offers/npv';
import { addStreams, largestPayment, totalMonths, totalPaid } from '../../../models/offers/phases';

// Expected figures worked by hand (annuity formula P·r / (1 − (1 + r)^−n), r = annual % / 1200,
// rounded up to the cent; ledger interest rounded half-up each month), checked with decimal arithmetic.
describe('instalment', () => {
  it.each([
    // 10,000 at 12 %: r = 0.01, 1.01^-12 = 0.887449, 100 / 0.112551 = 888.4879 → 888.49
    [10000, 12, 12, 888.49],
    // 5,000 at 6 %: r = 0.005, 25 / 0.112814 = 221.6031 → 221.61
    [5000, 6, 24, 221.61],
    // 200,000 at 5 % over 30 years: 1,073.6432 → 1,073.65
    [200000, 5, 360, 1073.65],
    // interest-free: 1,000 / 3 = 333.333 → 333.34
    [1000, 0, 3, 333.34],
  ])('%d at %d%% over %d months is %d', (principal, rate, months, expected) => {
    expect(instalment(principal, rate, months)).toBe(expected);
  });

  it('is zero for nothing owed and rejects a non-positive term', () => {
    expect(instalment(0, 12, 12)).toBe(0);
    expect(() => instalment(1000, 12, 0)).toThrow(RangeError);
    expect(() => instalment(1000, 12, 1.5)).toThrow(/positive integer/);
  });
});

describe('repay', () => {
  it.each([
    // month-by-month ledger: the final payment takes what is left
    [10000, 12, 888.49, 12, 888.47, 10661.86],
    [5000, 6, 221.61, 24, 221.45, 5318.48],
    [200000, 5, 1073.65, 360, 1068.3, 386508.65],
    [1000, 0, 333.34, 3, 333.32, 1000],
  ])('%d at %d%% paying %d: %d months, last %d, total %d', (balance, rate, payment, months, last, total) => {
    const phases = repay(balance, rate, payment)!;
    expect(totalMonths(phases)).toBe(months);
    expect(phases.at(-1)).toEqual({ months: 1, amount: last });
    expect(totalPaid(phases)).toBe(total);
  });

  it('refuses a payment that does not cover the interest', () => {
    expect(repay(10000, 12, 100)).toBeNull();
    expect(repay(10000, 12, 99.99)).toBeNull();
    expect(repay(10000, 12, 100.01, 120)).toBeNull(); // would take centuries
    expect(repay(0, 12, 100)).toEqual([]);
  });
});

describe('runLedger', () => {
  it('capitalises interest during a payment holiday', () => {
    // 10,000 → 10,100 → 10,201 → 10,303.01
    expect(runLedger(10000, 12, [{ months: 3, amount: 0 }])).toEqual({ paid: [{ months: 3, amount: 0 }], balance: 10303.01 });
  });

  it('stops when the balance clears early', () => {
    expect(runLedger(150, 0, [{ months: 6, amount: 100 }])).toEqual({
      paid: [
        { months: 1, amount: 100 },
        { months: 1, amount: 50 },
      ],
      balance: 0,
    });
  });
});

describe('phases and NPV', () => {
  it('adds two streams month by month', () => {
    const sum = addStreams(
      [{ months: 3, amount: 100 }],
      [
        { months: 1, amount: 50 },
        { months: 1, amount: 25 },
      ],
    );
    expect(sum).toEqual([
      { months: 1, amount: 150 },
      { months: 1, amount: 125 },
      { months: 1, amount: 100 },
    ]);
    expect(largestPayment(sum, 3)).toBe(100);
    expect(largestPayment(sum, 1, 3)).toBe(150);
  });

  it('discounts monthly at the effective annual rate', () => {
    // Σ 100 · 1.08^(−k/12), k = 1..12 = 1,151.2858
    expect(npv([{ months: 12, amount: 100 }], 8)).toBeCloseTo(1151.2858, 3);
    expect(
      npv(
        [
          { months: 6, amount: 100 },
          { months: 6, amount: 100 },
        ],
        8,
      ),
    ).toBeCloseTo(1151.2858, 3);
    expect(npv([{ months: 12, amount: 100 }], 0)).toBe(1200);
  });
});
