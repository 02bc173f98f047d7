/**
 * Checks a trained outcome model against the lender's policy directions on
 * real rows: does one more missed payment, 30 more days past due, a 10 % lower
 * income or a 10 % larger monthly payment ever lower the estimate? A model
 * grown with monotone constraints never does; one grown without them may, and
 * the model card says how often.
 */
import type { LoanRecord } from '../loanBook/loanRecord';
import type { RiskModel } from '../risk/riskModel';
import type { IntakeFacts } from '../risk/score';

export interface MonotonicityCheck {
  change: string;
  loans: number;
  /** Loans whose estimate went down with the change. */
  lowered: number;
  largestDrop: number;
}

type Change = (loan: LoanRecord, income: number) => { loan: LoanRecord; intake: IntakeFacts };

const CHANGES: [string, Change][] = [
  [
    'one more missed payment',
    (loan, income) => ({ loan: { ...loan, Num_Missed_Payments: loan.Num_Missed_Payments + 1 }, intake: { currentMonthlyIncome: income } }),
  ],
  ['30 more days past due', (loan, income) => ({ loan: { ...loan, Days_Past_Due: loan.Days_Past_Due + 30 }, intake: { currentMonthlyIncome: income } })],
  ['a 10% lower income', (loan, income) => ({ loan, intake: { currentMonthlyIncome: income * 0.9 } })],
  ['a 10% larger monthly payment', (loan, income) => ({ loan: { ...loan, Monthly_EMI: loan.Monthly_EMI * 1.1 }, intake: { currentMonthlyIncome: income } })],
];

/** Differences below this are rounding, not a change of direction. */
const TOLERANCE = 1e-9;

export function auditMonotonicity(model: RiskModel, rows: readonly LoanRecord[]): MonotonicityCheck[] {
  return CHANGES.map(([change, apply]) => {
    let lowered = 0;
    let largestDrop = 0;
    for (const loan of rows) {
      const income = loan.Monthly_Income * (1 + (loan.Income_Change_Pct ?? 0) / 100);
      const before = model.probability(loan, { currentMonthlyIncome: income });
      const changed = apply(loan, income);
      const drop = before - model.probability(changed.loan, changed.intake);
      if (drop > TOLERANCE) {
        lowered++;
        largestDrop = Math.max(largestDrop, drop);
      }
    }
    return { change, loans: rows.length, lowered, largestDrop };
  });
}
