import { describe, expect, it } from 'vitest';
import { buildCashFlowSeries, firstMonth, spanMonths } from '../../../models/recovery/cashFlowSeries';
import { recoverySummary } from '../../../models/recovery/recoveryTime';
import { generateRecoveryCohort } from '../../../models/recovery/syntheticCashFlows';
import { cohortPayments, paymentsCsv } from '../../../models/recovery/syntheticPayments';
import { parsePaymentCsv } from '../../../models/payments/paymentCsv';

const loans = [
  { Loan_ID: 'A', Outstanding_Loan_Amount: 1000 },
  { Loan_ID: 'B', Outstanding_Loan_Amount: 500 },
  { Loan_ID: 'Z', Outstanding_Loan_Amount: 0 },
];
const payments = [
  { loanId: 'A', date: '2026-01-05', amount: 100 },
  { loanId: 'A', date: '2026-01-20', amount: 100 },
  { loanId: 'A', date: '2026-03-01', amount: 300 },
  { loanId: 'B', date: '2025-12-31', amount: 50 },
  { loanId: 'X', date: '2026-02-01', amount: 10 },
];

describe('cash-flow series', () => {
  it('sums each calendar month and divides by the balance at the start; a loan with no payment is all zeros', () => {
    const built = buildCashFlowSeries(loans, payments, { from: '2026-01', months: 3 });
    expect(built.loanIds).toEqual(['A', 'B']);
    expect(built.series).toEqual([
      [0.2, 0, 0.3],
      [0, 0, 0],
    ]);
    expect(built.outsideWindow).toBe(1);
    expect(built.noBalance).toEqual(['Z']);
  });

  it('takes the default window from the payments', () => {
    expect(firstMonth(payments)).toBe('2025-12');
    expect(spanMonths(payments, '2025-12')).toBe(4);
    expect(() => firstMonth([])).toThrow(RangeError);
  });

  it('refuses a malformed month and a window too short to be a series', () => {
    expect(() => buildCashFlowSeries(loans, payments, { from: '2026-13', months: 3 })).toThrow(/YYYY-MM/);
    expect(() => buildCashFlowSeries(loans, payments, { from: '2026-01', months: 1 })).toThrow(RangeError);
  });
});

describe('the synthetic cohort as a payment file', () => {
  it('is a valid import:payments CSV whose series come back as generated (to the paisa)', () => {
    const cohort = generateRecoveryCohort({ n: 40, seed: 4 });
    const parsed = parsePaymentCsv(paymentsCsv(cohortPayments(cohort, '2023-01')), '2026-12-01');
    expect(parsed.errors).toEqual([]);
    const built = buildCashFlowSeries(
      cohort.loans,
      parsed.rows.map((r) => r.payment),
      { from: '2023-01', months: 36 },
    );
    expect(built.loanIds).toEqual(cohort.loans.map((l) => l.Loan_ID));
    built.series.forEach((series, i) =>
      series.forEach((share, t) => expect(Math.abs(share - cohort.series[i][t]) * cohort.loans[i].Outstanding_Loan_Amount).toBeLessThan(0.01)),
    );
  });
});

describe('weighted-average recovery time', () => {
  it('is the money-weighted mean month of collection (hand-computed)', () => {
    // Loan 1 (balance 1000): 20 % in month 1, 30 % in month 3 → 200 at t=1, 300 at t=3.
    // Loan 2 (balance 500): 100 % in month 2 → 500 at t=2. (200 + 900 + 1000) / 1000 = 2.1 months; 1000 of 1500 recovered.
    const summary = recoverySummary(
      [
        [0.2, 0, 0.3],
        [0, 1, 0],
      ],
      [1000, 500],
    );
    expect(summary.weightedRecoveryMonths).toBeCloseTo(2.1, 12);
    expect(summary.recoveredShare).toBeCloseTo(1000 / 1500, 12);
    expect(summary.loans).toBe(2);
  });

  it('has no recovery time when nothing was collected, and refuses mismatched inputs', () => {
    expect(recoverySummary([[0, 0]], [100]).weightedRecoveryMonths).toBeNull();
    expect(() => recoverySummary([[0]], [])).toThrow(RangeError);
  });
});
