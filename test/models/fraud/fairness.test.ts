import { describe, expect, it } from 'vitest';
import { budgetContradictions, earlySettlementRequest, flagRates, type FraudSignal } from '../../../models/fraud';
import { fraudSignal } from '../../../models/fraud/signal';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { at, loan, MONEY, policy } from './fixtures';

const t0 = at('2026-12-01T10:00:00Z');
const flagged: FraudSignal = fraudSignal('repayment_anomaly', 0.8, 0.5, ['x'], {}, t0);
const quiet: FraudSignal = fraudSignal('repayment_anomaly', 0.1, 0.5, ['x'], {}, t0);
const cases = (n: number, gender: LoanRecord['Gender'], language: string, flaggedCount: number) =>
  Array.from({ length: n }, (_, i) => ({ signals: [i < flaggedCount ? flagged : quiet], loan: { Gender: gender }, language }));

describe('fairness', () => {
  it('shows the flag rate by gender and by language, and the lowest-to-highest ratio', () => {
    const rates = flagRates([...cases(40, 'Female', 'en', 4), ...cases(60, 'Male', 'en', 12), ...cases(30, 'Male', 'other', 9), ...cases(5, 'Other', 'en', 0)]);
    expect(rates.byGender).toEqual([
      { group: 'Female', cases: 40, flagged: 4, rate: 0.1 },
      { group: 'Male', cases: 90, flagged: 21, rate: 0.233 },
      { group: 'Other', cases: 5, flagged: 0, rate: 0 },
    ]);
    expect(rates.byLanguage.map((g) => [g.group, g.rate])).toEqual([
      ['en', 0.152],
      ['other', 0.3],
    ]);
    expect(rates.genderRatio).toBe(0.429); // "Other" has too few cases to compare
    expect(rates.languageRatio).toBe(0.507);
    expect(rates.overall).toBe(0.185);
  });

  it('has no ratio to show with a single group or nobody flagged', () => {
    expect(flagRates(cases(30, 'Female', 'en', 3)).genderRatio).toBeNull();
    expect(flagRates([...cases(30, 'Female', 'en', 0), ...cases(30, 'Male', 'en', 0)]).genderRatio).toBeNull();
    expect(flagRates([]).overall).toBe(0);
  });

  it('signals never use Gender or Age: the budget and velocity checks give the same answer whatever they are', () => {
    const check = (l: LoanRecord) =>
      budgetContradictions(
        {
          loan: l,
          budget: { monthlyIncome: 40000, monthlyEssentialCosts: 5000, disposableIncome: 35000 },
          hardshipReasons: ['increased_expenses'],
          settlementThresholds: [35000],
          money: MONEY,
          at: t0,
        },
        policy,
      );
    const base = loan();
    for (const other of [loan({ Gender: 'Male', Age: 23 }), loan({ Gender: 'Other', Age: 71 })]) {
      expect(check(other)).toEqual(check(base));
      expect(earlySettlementRequest(other, t0, policy)).toEqual(earlySettlementRequest(base, t0, policy));
    }
  });
});
