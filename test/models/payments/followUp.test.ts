import { describe, expect, it } from 'vitest';
import { computeBudget, createArrangement, instalmentSchedule, makeOffers } from '../../../models/offers';
import { followUpDue } from '../../../models/payments/followUp';
import { evaluatePromise } from '../../../models/payments/promise';
import { seededRandom } from '../../../models/shared/random';
import { budgetInput, loan, policy } from '../offers/fixtures';

const agreed = new Date('2026-01-05T10:00:00Z');
const inputs = { loan: loan({ Loan_ID: 'LN_F' }), risk: { probability: 0.3, band: 'medium' as const }, budget: computeBudget(budgetInput(3000), policy) };
const plan = makeOffers({ ...inputs, vulnerable: false, crisis: false, temporary: true, today: agreed }, policy).plans.find((p) => p.type !== 'deferral')!;
const arrangement = createArrangement({ loan: inputs.loan, plan, channel: 'webchat', now: agreed, random: seededRandom(9) });
const schedule = instalmentSchedule(arrangement);
const [first] = schedule;
const settings = { graceDays: 3, curePayments: 2, caseDays: 7 };
const day = (offset: number) => new Date(Date.parse(`${first.dueDate}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const at = (today: string, payments: { date: string; amount: number }[] = []) =>
  followUpDue(arrangement, evaluatePromise(schedule, payments, today, settings), today, settings);

describe('followUpDue', () => {
  it('nothing while the instalment is pending or within grace', () => {
    expect(at(day(-1))).toBeUndefined();
    expect(at(day(3))).toBeUndefined();
  });

  it('a missed instalment past grace needs a follow-up, keyed by arrangement × instalment, and a case once unresolved for caseDays', () => {
    expect(at(day(4))).toMatchObject({ key: `${arrangement.reference}:${first.dueDate}`, dueDate: first.dueDate, arrears: first.amount, caseDue: false });
    expect(at(day(3 + 6))?.caseDue).toBe(false);
    expect(at(day(3 + 7))?.caseDue).toBe(true);
  });

  it('a part payment is followed up with what is left; catching up resolves it, even late', () => {
    expect(at(day(5), [{ date: day(1), amount: 10 }])).toMatchObject({ arrears: Math.round((first.amount - 10) * 100) / 100 });
    expect(
      at(day(12), [
        { date: day(1), amount: 10 },
        { date: day(11), amount: first.amount - 10 },
      ]),
    ).toBeUndefined();
  });
});
