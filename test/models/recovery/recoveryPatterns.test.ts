import { describe, expect, it } from 'vitest';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { arrangementCohort } from '../../../models/recovery/arrangementCohort';
import { clusterContrasts } from '../../../models/recovery/clusterProfile';
import { recoveryPatterns } from '../../../models/recovery/recoveryPatterns';
import { generateRecoveryCohort } from '../../../models/recovery/syntheticCashFlows';
import { loan } from '../offers/fixtures';

const book = (id: string, balance: number, overrides: Partial<LoanRecord> = {}) => loan({ Loan_ID: id, Outstanding_Loan_Amount: balance, ...overrides });

describe('the store cohort', () => {
  it('lines loans up at the month they entered, and leaves out those whose window has not passed', () => {
    const cohort = arrangementCohort(
      [
        { loan: book('A', 1000), entered: '2026-01' },
        { loan: book('B', 500), entered: '2026-03' },
        { loan: book('C', 800), entered: '2026-04' },
        { loan: book('Z', 0), entered: '2026-01' },
      ],
      [
        { loanId: 'A', date: '2025-12-20', amount: 999 }, // before it entered: not its recovery
        { loanId: 'A', date: '2026-01-05', amount: 100 },
        { loanId: 'A', date: '2026-02-28', amount: 300 },
        { loanId: 'B', date: '2026-04-02', amount: 50 },
        { loanId: 'C', date: '2026-04-02', amount: 80 },
      ],
      // Windows of two whole months before May: A (Jan–Feb) and B (Mar–Apr) are over, C (Apr–May) is not.
      { months: 2, currentMonth: '2026-05' },
    );
    expect(cohort.loans.map((l) => l.Loan_ID)).toEqual(['A', 'B']);
    expect(cohort.series).toEqual([
      [0.1, 0.3],
      [0, 0.1],
    ]);
    expect(cohort.balances).toEqual([1000, 500]);
    expect(cohort).toMatchObject({ tooRecent: 1, noBalance: 1, withPayments: 2 });
  });
});

describe('cluster contrasts', () => {
  it('gives each cluster its features furthest from the mean of all loans, in standard deviations', () => {
    // Days past due 10, 30 (cluster 0) and 50, 70 (cluster 1): mean 40, sd √500; cluster means 20 and 60.
    const loans = [10, 30, 50, 70].map((d, i) => book(`L${i}`, 1000, { Days_Past_Due: d }));
    const [first, second] = clusterContrasts(loans, [0, 0, 1, 1], 2, { top: 1 });
    expect(first).toEqual([
      { feature: 'Days_Past_Due', title: 'Days past due', clusterMean: 20, overallMean: 40, effect: expect.closeTo(-20 / Math.sqrt(500), 9) },
    ]);
    expect(second[0].effect).toBeCloseTo(20 / Math.sqrt(500), 9);
    // Every other feature is the same for all four loans: nothing to say about it.
    expect(clusterContrasts(loans, [0, 0, 1, 1], 2)[0]).toHaveLength(1);
  });
});

describe('the recovery-pattern report', () => {
  it('clusters at most maxSeries loans, says how many it had, and orders clusters fastest first', () => {
    const cohort = generateRecoveryCohort({ n: 200, seed: 5 });
    const report = recoveryPatterns({ ...cohort, balances: cohort.loans.map((l) => l.Outstanding_Loan_Amount) }, { seed: 1, maxSeries: 120, k: 4 });
    expect(report.series).toEqual({ available: 200, used: 120, cap: 120, months: 36 });
    expect(report.dtw.clusters.map((c) => c.cluster)).toEqual([1, 2, 3, 4]);
    expect(report.dtw.clusters.reduce((n, c) => n + c.loans, 0)).toBe(120);
    expect(report.dtw.clusters.reduce((n, c) => n + Object.values(c.planted ?? {}).reduce((a, b) => a + b, 0), 0)).toBe(120);
    const times = report.dtw.clusters.map((c) => c.weightedRecoveryMonths ?? Infinity);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
