import { describe, expect, it } from 'vitest';
import { computeBudget, createArrangement, instalmentSchedule, makeOffers, type Arrangement } from '../../../models/offers';
import { promiseHistory } from '../../../models/payments/arrangementPromise';
import type { Payment } from '../../../models/payments/payment';
import { seededRandom } from '../../../models/shared/random';
import { budgetInput, loan, policy } from '../offers/fixtures';

const agreed = new Date('2026-01-05T10:00:00Z');
const inputs = { loan: loan({ Loan_ID: 'LN_7' }), risk: { probability: 0.3, band: 'medium' as const }, budget: computeBudget(budgetInput(3000), policy) };
const plan = makeOffers({ ...inputs, vulnerable: false, crisis: false, temporary: true, today: agreed }, policy).plans.find((p) => p.type !== 'deferral')!;
const random = seededRandom(3);
const settings = { graceDays: 3, curePayments: 2 };
const pay = (date: string, amount: number, reference: string, loanId = 'LN_7'): Payment => ({
  reference,
  loanId,
  date,
  amount,
  source: 'csv',
  recordedAt: date,
});

describe('promiseHistory', () => {
  it('counts each payment towards the arrangement in force on its day and ignores other loans', () => {
    const old: Arrangement = createArrangement({ loan: inputs.loan, plan, channel: 'webchat', now: agreed, random });
    const [first, second] = instalmentSchedule(old);
    const replacedAt = new Date(`${second.dueDate}T09:00:00Z`);
    const next = createArrangement({ loan: inputs.loan, plan: { ...plan, startDate: second.dueDate }, channel: 'agent', now: replacedAt, random });
    const replaced = { ...old, replacedBy: { reference: next.reference, at: replacedAt.toISOString() } };
    const payments = [pay(first.dueDate, first.amount, 'A'), pay(second.dueDate, 5, 'B'), pay(first.dueDate, 1e6, 'C', 'LN_8')];
    const history = promiseHistory([replaced, next], payments, second.dueDate, settings);
    expect(history.map((h) => h.arrangement.reference)).toEqual([next.reference, replaced.reference]);
    // The replaced arrangement ends before its second due date: one instalment, paid, so kept.
    expect(history[1].evaluation).toMatchObject({ state: 'kept', received: first.amount });
    expect(history[1].evaluation.instalments).toHaveLength(1);
    expect(history[0].evaluation).toMatchObject({ state: 'on_track', received: 5 });
  });

  it('leaves out an arrangement replaced before anything fell due', () => {
    const a = createArrangement({ loan: inputs.loan, plan, channel: 'webchat', now: agreed, random });
    const gone = { ...a, replacedBy: { reference: 'FB-XXXXXX', at: agreed.toISOString() } };
    expect(promiseHistory([gone], [], '2026-06-01', settings)).toEqual([]);
  });
});
