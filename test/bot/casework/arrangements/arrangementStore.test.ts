import { describe, expect, it } from 'vitest';
import { ArrangementStore } from '../../../../bot/casework/arrangements/arrangementStore';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import { ArrangementConflictError, type Arrangement, computeBudget, createArrangement, makeOffers } from '../../../../models/offers';
import { seededRandom } from '../../../../models/shared/random';
import { budgetInput, loan, policy } from '../../../models/offers/fixtures';
import { tempDir } from '../../../support/tempDir';

const now = new Date('2026-11-23T10:00:00Z');
const { plans } = makeOffers(
  {
    loan: loan(),
    risk: { probability: 0.2, band: 'high' },
    budget: computeBudget(budgetInput(2000), policy),
    vulnerable: false,
    crisis: false,
    temporary: true,
    today: now,
  },
  policy,
);
const random = seededRandom(7);
const agreed = (loanId: string, at = now, plan = plans[0]): Arrangement =>
  createArrangement({ loan: loan({ Loan_ID: loanId }), plan, channel: 'webchat', now: at, random });

describe('ArrangementStore: one live arrangement per loan', () => {
  it('refuses a second live arrangement for a loan, even when two arrive at once, and keeps loans apart', async () => {
    const store = await ArrangementStore.open(new DocumentStore<Arrangement>(tempDir()));
    const results = await Promise.allSettled([store.save(agreed('LN_1')), store.save(agreed('LN_1')), store.save(agreed('LN_2'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const refused = (results[1] as PromiseRejectedResult).reason;
    expect(refused).toBeInstanceOf(ArrangementConflictError);
    expect(refused.message).toMatch(/Loan LN_1 already has a live arrangement, FB-/);
    expect((await store.forLoan('LN_1')).length).toBe(1);
  });

  it('finds the live one through the by-loan index after a restart, and lets a finished one be followed by a new one', async () => {
    const dir = tempDir();
    const first = await ArrangementStore.open(new DocumentStore<Arrangement>(dir));
    const old = agreed('LN_1', new Date('2020-01-15T10:00:00Z'), { ...plans[0], startDate: '2020-01-15' });
    await first.save(old);
    const reopened = await ArrangementStore.open(new DocumentStore<Arrangement>(dir));
    expect(await reopened.liveForLoan('LN_1', new Date('2020-02-01'))).toMatchObject({ reference: old.reference });
    expect(await reopened.liveForLoan('LN_1', now)).toBeUndefined(); // its last payment was years ago
    await reopened.save(agreed('LN_1'));
    expect((await reopened.forLoan('LN_1')).length).toBe(2);
  });

  it('replaces the live arrangement in one step, and only that one', async () => {
    const store = await ArrangementStore.open(new DocumentStore<Arrangement>(tempDir()));
    const live = agreed('LN_1');
    await store.save(live);
    const next = agreed('LN_1', new Date(now.getTime() + 60_000), plans[1]);
    await expect(store.replace('FB-222222', next)).rejects.toThrow(ArrangementConflictError);
    await store.replace(live.reference, next);
    expect(await store.load(live.reference)).toMatchObject({ replacedBy: { reference: next.reference, at: next.createdAt } });
    expect((await store.liveForLoan('LN_1', now))?.reference).toBe(next.reference);
    await expect(store.replace(live.reference, agreed('LN_1'))).rejects.toThrow(ArrangementConflictError);
  });
});
