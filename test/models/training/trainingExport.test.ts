import { describe, expect, it } from 'vitest';
import type { IntakeState } from '../../../models/intake/intakeState';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import type { PromiseRecord } from '../../../models/payments/arrangementPromise';
import type { PromiseState } from '../../../models/payments/promise';
import { trainingRows } from '../../../models/training/trainingExport';

const [kept, broken, brokenUnpaid, open, untouched] = generateLoanBook({ n: 5, seed: 3 }).map((l) => ({
  ...l,
  Monthly_Income: 40_000,
  Recovery_Status: 'Partially Recovered' as const,
  Date_Of_Birth: '1980-02-07',
  Phone: '+919876543210',
}));

function promise(state: PromiseState, paid: number): PromiseRecord[] {
  return [
    {
      arrangement: {} as PromiseRecord['arrangement'],
      evaluation: { state, instalments: [{ dueDate: '2026-11-01', amount: 1000, paid, state: 'missed' }] } as never,
    },
  ];
}

const verified = (loanId: string, extra: Partial<IntakeState> = {}): IntakeState =>
  ({
    stage: 'done',
    verifiedLoanId: loanId,
    story: { reasons: ['income_reduction', 'illness'], temporary: true },
    budget: { monthlyIncome: 18_000 },
    ...extra,
  }) as IntakeState;

describe('training export: the loan book joined with conversations and promise outcomes', () => {
  const intakes = new Map([
    [kept.Loan_ID, verified(kept.Loan_ID)],
    // Progress saved under a loan the conversation never verified speaks for nobody.
    [untouched.Loan_ID, verified('LN_SOMEONE_ELSE')],
  ]);
  const promises = new Map([
    [kept.Loan_ID, promise('kept', 1000)],
    [broken.Loan_ID, promise('broken', 400)],
    [brokenUnpaid.Loan_ID, promise('broken', 0)],
    [open.Loan_ID, promise('on_track', 0)],
  ]);
  const { rows, summary } = trainingRows([kept, broken, brokenUnpaid, open, untouched], intakes, promises);
  const row = (id: string) => rows.find((r) => r.Loan_ID === id)!;

  it('takes the first hardship reason, temporariness and the income change from a verified conversation', () => {
    expect(row(kept.Loan_ID)).toMatchObject({ Hardship_Reason: 'income_reduction', Hardship_Temporary: true, Income_Change_Pct: -55 });
    expect(row(untouched.Loan_ID).Hardship_Reason).toBe(untouched.Hardship_Reason);
  });

  it('labels by how the arrangement turned out; an open one keeps the book status', () => {
    expect(row(kept.Loan_ID).Recovery_Status).toBe('Fully Recovered');
    expect(row(broken.Loan_ID).Recovery_Status).toBe('Partially Recovered');
    expect(row(brokenUnpaid.Loan_ID).Recovery_Status).toBe('Written Off');
    expect(row(open.Loan_ID).Recovery_Status).toBe('Partially Recovered');
    expect(summary).toEqual({ loans: 5, withConversation: 1, labelledByArrangement: 3, stillOpen: 1 });
  });

  it('never carries a date of birth or a phone number', () => {
    for (const r of rows) {
      expect(r.Date_Of_Birth).toBeUndefined();
      expect(r.Phone).toBeUndefined();
    }
  });
});
