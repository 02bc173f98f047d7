import { describe, expect, it } from 'vitest';
import {
  ArrangementConflictError,
  createArrangement,
  endDate,
  isLive,
  liveArrangement,
  nextPayment,
  REFERENCE_PATTERN,
  refuseSecondArrangement,
} from '../../../models/offers/arrangement';
import { computeBudget } from '../../../models/offers/budget';
import { OfferInputError } from '../../../models/offers/inputError';
import { makeOffers } from '../../../models/offers/makeOffers';
import type { Plan } from '../../../models/offers/plan';
import { seededRandom } from '../../../models/shared/random';
import { budgetInput, loan, policy, policyWith } from './fixtures';

const now = new Date('2025-01-31T14:05:00Z');
const decision = makeOffers(
  {
    loan: loan(),
    risk: { probability: 0.2, band: 'high' },
    budget: computeBudget(budgetInput(2000, 20000), policy),
    vulnerable: false,
    crisis: false,
    temporary: true,
    today: now,
  },
  policyWith((p) => (p.maxPlansOffered = 10)),
);
const plan = (type: Plan['type']) => decision.plans.find((p) => p.type === type)!;

describe('createArrangement', () => {
  it('records the accepted plan with a readable reference, reproducible from a seed', () => {
    const a = createArrangement({ loan: loan(), plan: plan('term_extension'), channel: ' webchat ', now, random: seededRandom(42) });
    expect(a.reference).toMatch(REFERENCE_PATTERN);
    expect(a.reference.slice(3)).not.toMatch(/[01ILOUV]/);
    expect(a).toMatchObject({ loanId: 'LN_1', borrowerId: 'BRW_1', channel: 'webchat', createdAt: '2025-01-31T14:05:00.000Z' });
    expect(createArrangement({ loan: loan(), plan: a.plan, channel: 'webchat', now, random: seededRandom(42) }).reference).toBe(a.reference);
    expect(createArrangement({ loan: loan(), plan: a.plan, channel: 'webchat', now, random: seededRandom(43) }).reference).not.toBe(a.reference);
  });

  it('schedules the first six payments, keeping month ends from a start on the 31st', () => {
    const extension = plan('term_extension');
    const { schedule } = createArrangement({ loan: loan(), plan: extension, channel: 'webchat', now });
    expect(schedule.map((s) => s.dueDate)).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31']);
    expect(schedule.every((s) => s.amount === extension.monthlyPayment)).toBe(true);
  });

  it('skips the paused months of a deferral and lists short plans in full', () => {
    const deferral = createArrangement({ loan: loan(), plan: plan('deferral'), channel: 'agent', now, scheduleLength: 2 });
    expect(deferral.schedule).toEqual([
      { dueDate: '2025-05-31', amount: 316.01 },
      { dueDate: '2025-06-30', amount: 316.01 },
    ]);
    const lump = createArrangement({ loan: loan(), plan: plan('settlement_lump_sum'), channel: 'webchat', now });
    expect(lump.schedule).toEqual([{ dueDate: '2025-02-28', amount: plan('settlement_lump_sum').totalPaid }]);
  });

  it('refuses records it could not stand behind', () => {
    const p = plan('arrears_plan');
    expect(() => createArrangement({ loan: loan(), plan: p, channel: '  ', now })).toThrow(OfferInputError);
    expect(() => createArrangement({ loan: loan({ Loan_ID: '' }), plan: p, channel: 'webchat', now })).toThrow(/Loan_ID/);
    expect(() => createArrangement({ loan: loan(), plan: { ...p, phases: [{ months: 3, amount: 0 }] }, channel: 'webchat', now })).toThrow(/no dated payments/);
  });
});

describe('live arrangements', () => {
  const deferral = createArrangement({ loan: loan(), plan: plan('deferral'), channel: 'webchat', now });
  const lastDue = (a: typeof deferral) => Date.parse(`${endDate(a.plan)}T00:00:00Z`);

  it('is live until its last payment date, unless replaced', () => {
    expect(isLive(deferral, now)).toBe(true);
    expect(endDate(deferral.plan)).toBe('2027-11-30'); // 34 months from 31 January 2025, kept to month ends
    expect(isLive(deferral, new Date(lastDue(deferral)))).toBe(true);
    expect(isLive(deferral, new Date(lastDue(deferral) + 86_400_000 * 31))).toBe(false);
    expect(isLive({ ...deferral, replacedBy: { reference: 'FB-222222', at: now.toISOString() } }, now)).toBe(false);
  });

  it('names the next payment from the whole plan, past the six listed, skipping paused months', () => {
    expect(nextPayment(deferral, now)).toEqual({ dueDate: '2025-05-31', amount: 316.01 });
    expect(nextPayment(deferral, new Date('2026-03-01'))).toMatchObject({ dueDate: '2026-03-31' });
    expect(deferral.schedule.at(-1)!.dueDate < '2026-03-31').toBe(true);
  });

  it('refuses a second live arrangement for the loan, naming the one it has', () => {
    const other = createArrangement({ loan: loan(), plan: plan('arrears_plan'), channel: 'agent', now });
    expect(liveArrangement([deferral, other], 'LN_1', now)).toBe(other.createdAt > deferral.createdAt ? other : deferral);
    expect(() => refuseSecondArrangement(deferral, other)).toThrow(ArrangementConflictError);
    expect(() => refuseSecondArrangement(deferral, other)).toThrow(new RegExp(`Loan LN_1 already has a live arrangement, ${deferral.reference}`));
    expect(() => refuseSecondArrangement(deferral, other, deferral.reference)).not.toThrow();
    expect(() => refuseSecondArrangement(undefined, other)).not.toThrow();
  });
});
