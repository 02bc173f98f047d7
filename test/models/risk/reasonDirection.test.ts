import { beforeAll, describe, expect, it } from 'vitest';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import { RiskModel } from '../../../models/risk';
import { trainOutcomeModel } from '../../../models/training/outcomeTraining';
import { createRandom } from '../../../models/shared/random';

/**
 * Like the real loan-recovery file, where arrears go slightly the "wrong" way:
 * here loans that recovered were, on the book, the ones further behind.
 */
function backwardsBook(): LoanRecord[] {
  const random = createRandom(3);
  return generateLoanBook({ n: 400, seed: 21 }).map((loan) => {
    const recovered = loan.Recovery_Status === 'Fully Recovered';
    const missed = recovered === random.chance(0.8) ? 3 + random.int(6) : random.int(2);
    return { ...loan, Num_Missed_Payments: missed, Days_Past_Due: missed === 0 ? 0 : missed * 25, Payment_History: missed === 0 ? 'On-Time' : 'Delayed' };
  });
}

const train = async (rows: LoanRecord[], monotone: boolean) =>
  RiskModel.load(
    (await trainOutcomeModel(rows, { source: 'test', dataSha256: 'x', monotone, compareVariants: false, forest: { nEstimators: 40, seed: 2 } })).artifact,
  );

let rows: LoanRecord[];
let unconstrained: RiskModel;
let constrained: RiskModel;
beforeAll(async () => {
  rows = backwardsBook();
  [unconstrained, constrained] = await Promise.all([train(rows, false), train(rows, true)]);
});

const ARREARS = ['missed_payments', 'days_past_due', 'payment_history'];

describe('reasons whose direction goes against lender policy', () => {
  it('are flagged for staff, and never explained to the borrower, when the model was trained without constraints', () => {
    let flagged = 0;
    for (const loan of rows.slice(0, 150)) {
      for (const r of unconstrained.score(loan).reasons) {
        // A favourable phrase is never said to have raised the estimate.
        expect(r.text).not.toMatch(/^(No missed payments|Being up to date|An on-time payment history|A temporary hardship) raised/);
        if (!ARREARS.includes(r.feature)) continue;
        const value = r.feature === 'missed_payments' ? loan.Num_Missed_Payments : loan.Days_Past_Due;
        const unusual = /against the usual direction/.test(r.text);
        if (unusual) {
          flagged++;
          expect(r.borrowerText).not.toMatch(/missed recently|kept up with your payments/);
        }
        // "6 missed payments lowered ..." never passes as normal: the lowering came from the forest going against policy.
        if (r.contribution < 0 && value > 2 && !unusual) expect(r.borrowerText).not.toMatch(/kept up/);
      }
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('cannot arise in the constrained model: more arrears never lower it, and being up to date never raises it', () => {
    for (const loan of rows.slice(0, 150)) {
      const up = { ...loan, Num_Missed_Payments: 0, Days_Past_Due: 0, Payment_History: 'On-Time' as const };
      const { contributions } = constrained.contributions(up);
      const features = constrained.featureSpec.features;
      for (const f of ARREARS) expect(contributions[features.indexOf(f as (typeof features)[number])]).toBeLessThanOrEqual(1e-12);
      for (const r of constrained.score(loan).reasons) expect(r.text).not.toMatch(/against the usual direction/);
      const behind = { ...loan, Num_Missed_Payments: loan.Num_Missed_Payments + 2, Days_Past_Due: loan.Days_Past_Due + 60 };
      expect(constrained.probability(behind)).toBeGreaterThanOrEqual(constrained.probability(loan) - 1e-12);
    }
  });
});
