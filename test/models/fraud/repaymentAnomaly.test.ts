import { describe, expect, it } from 'vitest';
import { generatePlantedBook, isFlagged, RepaymentAnomalyModel } from '../../../models/fraud';
import { PAYMENT_COLUMNS } from '../../../models/fraud/paymentFeatures';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import { precisionRecallAt } from '../../../models/training/precisionRecall';
import { at, loan, MONEY, policy } from './fixtures';

const now = at('2026-12-01T10:00:00Z');
const book = generateLoanBook({ n: 800, seed: 9 });
const model = RepaymentAnomalyModel.fit(book, policy, MONEY);

describe('repayment anomalies against similar loans', () => {
  it('flags many missed payments on an instalment that is small against income, saying so against the peers', () => {
    const strategic = loan({ Monthly_EMI: 6000, Num_Missed_Payments: 11, Days_Past_Due: 180, Payment_History: 'Missed' });
    const signal = model.score(strategic, now);
    expect(isFlagged(signal)).toBe(true);
    expect(signal.reasons[0]).toMatch(
      /^Missed payments far above similar personal loans .*with an instalment of up to 15% of income \(11 against a typical \d/,
    );
    expect(signal.evidence.robustZ).toBeGreaterThanOrEqual(policy.repaymentAnomaly.robustZLimit);
  });

  it('flags arrears that do not add up and an instalment that cannot repay the balance', () => {
    const mismatch = model.score(loan({ Num_Missed_Payments: 0, Days_Past_Due: 150, Payment_History: 'On-Time' }), now);
    expect(isFlagged(mismatch)).toBe(true);
    expect(mismatch.reasons[0]).toMatch(/^A gap between days past due and missed payments far above similar/);
    const tooSmall = model.score(loan({ Monthly_EMI: 3000, Num_Missed_Payments: 0, Days_Past_Due: 0 }), now);
    expect(isFlagged(tooSmall)).toBe(true);
    expect(tooSmall.reasons[0]).toMatch(/^The instalment against what the balance needs far below similar/);
  });

  it('leaves an ordinary loan alone and still says what was compared', () => {
    const signal = model.score(loan(), now);
    expect(isFlagged(signal)).toBe(false);
    expect(signal.reasons[0]).toMatch(/^Repayment pattern in line with similar personal loans/);
    expect(signal.score).toBeLessThan(signal.threshold);
  });

  it('never reads Gender, Age, identity or outcomes: the columns it may read exclude them, and changing them changes nothing', () => {
    expect(PAYMENT_COLUMNS).not.toContain('Gender');
    expect(PAYMENT_COLUMNS).not.toContain('Age');
    const swapped: LoanRecord[] = book.map((l, i) => ({
      ...l,
      Gender: (['Male', 'Female', 'Other'] as const)[(i * 7) % 3],
      Age: 18 + ((i * 13) % 60),
      Borrower_ID: `X${i}`,
      Date_Of_Birth: '1950-01-01',
      Phone: '+910000000000',
      Recovery_Status: 'Written Off',
      Collection_Attempts: 9,
    }));
    const other = RepaymentAnomalyModel.fit(swapped, policy, MONEY);
    for (let i = 0; i < book.length; i += 7) expect(other.score(swapped[i], now)).toEqual(model.score(book[i], now));
  });

  it('finds the planted anomalies of a seeded book: recall >= 0.8 at precision >= 0.5', () => {
    const { loans, planted } = generatePlantedBook({ n: 2000, seed: 1, rate: 0.025 });
    const fitted = RepaymentAnomalyModel.fit(loans, policy, MONEY);
    const pr = precisionRecallAt(
      loans.map((l) => fitted.score(l, now).score),
      loans.map((l) => (planted.has(l.Loan_ID) ? 1 : 0)),
      policy.thresholds.repayment_anomaly,
    );
    expect(pr.recall).toBeGreaterThanOrEqual(0.8);
    expect(pr.precision).toBeGreaterThanOrEqual(0.5);
  });

  it('needs enough loans to have peers', () => {
    expect(() => RepaymentAnomalyModel.fit(book.slice(0, 10), policy, MONEY)).toThrow(/at least 30 loans/);
  });
});

describe('the planted book', () => {
  it('is reproducible, plants about the rate asked in every kind, and leaves the demo borrowers as they are', () => {
    const a = generatePlantedBook({ n: 400, seed: 5, rate: 0.05 });
    expect(generatePlantedBook({ n: 400, seed: 5, rate: 0.05 })).toEqual(a);
    expect(a.planted.size).toBe(20);
    expect(new Set(a.planted.values()).size).toBe(4);
    expect(a.loans.slice(0, 3)).toEqual(generateLoanBook({ n: 400, seed: 5 }).slice(0, 3));
    expect(() => generatePlantedBook({ n: 400, seed: 5, rate: 0.9 })).toThrow(/rate/);
  });
});
