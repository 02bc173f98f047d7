import { expect, it } from 'vitest';
import { ArrangementStore } from '../../../../bot/casework/arrangements/arrangementStore';
import { campaignContacts } from '../../../../bot/casework/outreach/ledger';
import { OutreachScheduler } from '../../../../bot/casework/outreach/outreachScheduler';
import { PaymentStore } from '../../../../bot/casework/payments/paymentStore';
import { deliveryContacts } from '../../../../bot/casework/promises/onceDelivery';
import { openPromiseLedgers } from '../../../../bot/casework/promises/promiseLedgers';
import { PromiseFollowUps } from '../../../../bot/casework/promises/promiseFollowUps';
import { PromiseReminders } from '../../../../bot/casework/promises/promiseReminders';
import { createLogger } from '../../../../bot/infra/logger';
import type { StorageBackend } from '../../../../bot/infra/storage/documents';
import { onEveryCampaignStore, type OpenCampaignBackend } from '../../../support/campaignBackends';
import type { LoanRecord } from '../../../../models/loanBook/loanRecord';
import { instalmentSchedule, type Arrangement } from '../../../../models/offers';
import type { CampaignSend, CampaignStore } from '../../../../models/ports/campaigns';
import { contactsOf } from '../../../../models/ports/contactsMade';
import { seededRandom } from '../../../../models/shared/random';
import { campaign } from '../outreach/schedulerHarness';
import { agreedLoan, candidatesFor } from './promiseFixture';

/** A loan of `borrower` with its own arrangement (its own reference, so its reminders have their own keys). */
function loanOf(loanId: string, borrower: string): { loan: LoanRecord; arrangement: Arrangement } {
  const { loan, arrangement } = agreedLoan(loanId);
  return { loan: { ...loan, Borrower_ID: borrower }, arrangement: { ...arrangement, reference: `FB-${loanId}` } };
}
/** Loans A and B are one person's; C is someone else's on the same day. */
const A = loanOf('LN_A', 'BRW_SAME');
const B = loanOf('LN_B', 'BRW_SAME');
const C = loanOf('LN_C', 'BRW_OTHER');
const LOANS = [A, B, C];
const [first] = instalmentSchedule(A.arrangement);
const DAY = 86_400_000;
/** `hour`:00 in India, `daysBefore` days before the first instalment (every loan's falls on the same date). */
const ist = (daysBefore: number, hour: number) => new Date(Date.parse(`${first.dueDate}T00:00:00+05:30`) - daysBefore * DAY + hour * 3_600_000);
const CAMPAIGN = campaign();
const keyOf = (l: typeof A) => `${l.arrangement.reference}:${first.dueDate}`;

const queuedFor = (key: string, loanId: string, at: Date): CampaignSend => ({
  ...{ key, campaignId: CAMPAIGN.id, loanId, step: 0, state: 'queued', channel: 'whatsapp' },
  ...{ sendAt: at.toISOString(), statuses: {}, updatedAt: at.toISOString() },
});

/** The book holds all three loans; only `reminded` have an arrangement. The two sweeps count each other as the server wires them. */
async function sweeps(backend: StorageBackend, store: CampaignStore, clock: { at: Date }, reminded: (typeof A)[]) {
  const arrangements = await ArrangementStore.open(backend.documents('arrangements'));
  const payments = await PaymentStore.open(backend.documents('payments'));
  for (const l of reminded) await arrangements.save(l.arrangement);
  await store.saveCampaign(CAMPAIGN);
  const ledgers = openPromiseLedgers((name) => backend.documents(name));
  const book = new Map(LOANS.map((l) => [l.loan.Loan_ID, l.loan]));
  const candidates = (loan: LoanRecord, now: Date) => candidatesFor(loan, arrangements).one(loan, now);
  const sent: string[] = [];
  const common = {
    ...{ arrangements, payments, candidate: candidates, loans: () => LOANS.map((l) => l.loan), language: async () => 'en' as const },
    reach: async (loan: LoanRecord) => ({
      channel: 'whatsapp' as const,
      sender: async () => (sent.push(loan.Loan_ID), { ok: true as const, messageId: `wamid.${loan.Loan_ID}` }),
    }),
    ...{ settings: { graceDays: 3, curePayments: 2 }, now: () => clock.at, log: createLogger('silent') },
  };
  const campaigns = campaignContacts(store);
  const reminders = new PromiseReminders({
    ...{ ...common, ledger: ledgers.reminders, counted: contactsOf([campaigns, deliveryContacts(ledgers.followUps)]), days: 3 },
  });
  const followUps = new PromiseFollowUps({
    ...{ ...common, ledger: ledgers.followUps, counted: contactsOf([campaigns, deliveryContacts(ledgers.reminders)]) },
    ...{ cases: ledgers.followUpCases, openCase: async () => 'case-1', caseDays: 14 },
  });
  const scheduler = new OutreachScheduler({
    ...{ store, candidates: { all: async () => [], one: candidates }, loan: (id) => book.get(id) },
    senders: { whatsapp: async (_l, _c, row) => (sent.push(row.key), { ok: true, messageId: `wamid.${row.key}` }) },
    ...{ outcomeOf: async () => ({ verified: false, arrangement: false }), timeZone: 'Asia/Kolkata' },
    ...{
      counted: contactsOf([deliveryContacts(ledgers.reminders), deliveryContacts(ledgers.followUps)]),
      random: seededRandom(1),
      now: () => clock.at,
      log: createLogger('silent'),
    },
  });
  return { reminders, followUps, scheduler, ledger: ledgers.reminders, followUpLedger: ledgers.followUps, sent };
}

function borrowerBudgetTests(open: OpenCampaignBackend) {
  it("one person, two loans: the reminder on A at 10:00 holds back the campaign message about B at 15:00; C's goes", async () => {
    const clock = { at: ist(2, 10) };
    const { backend, store } = await open();
    const s = await sweeps(backend, store, clock, [A]);
    await s.reminders.tick();
    clock.at = ist(2, 15);
    await store.insertSends([queuedFor('cmp-b', B.loan.Loan_ID, clock.at), queuedFor('cmp-c', C.loan.Loan_ID, clock.at)]);
    await s.scheduler.tick();
    expect(s.sent).toEqual([A.loan.Loan_ID, 'cmp-c']);
    expect((await store.suppressions(CAMPAIGN.id)).map((x) => [x.key, x.rule, x.detail, x.count])).toEqual([
      ['cmp-b', 'borrower_daily_cap', 'already contacted today (cap 1)', 1],
    ]);
    // B's send goes back to be planned (not settled); C's went.
    expect((await store.sends(CAMPAIGN.id)).map((r) => [r.key, r.state])).toEqual([['cmp-c', 'sent']]);
  });

  it('one sweep, two loans of one person due the same day: A is reminded, B waits with the rule recorded, C (someone else) is reminded', async () => {
    const clock = { at: ist(2, 10) };
    const { backend, store } = await open();
    const s = await sweeps(backend, store, clock, [A, B, C]);
    await s.reminders.tick();
    expect(s.sent).toEqual([A.loan.Loan_ID, C.loan.Loan_ID]);
    const held = (await s.ledger.get(keyOf(B)))?.value;
    expect(held?.state).toBe('waiting');
    expect(held?.suppressions.map((x) => [x.rule, x.detail, x.count])).toEqual([['borrower_daily_cap', 'already contacted today (cap 1)', 1]]);
    // The next day B's goes: one contact in the last 7 days (cap 3), none that day (cap 1).
    clock.at = ist(1, 10);
    await s.reminders.tick();
    expect(s.sent).toEqual([A.loan.Loan_ID, C.loan.Loan_ID, B.loan.Loan_ID]);
  });

  it("the campaign's message about B this morning holds back A's reminder; C's is not held", async () => {
    const clock = { at: ist(2, 10) };
    const { backend, store } = await open();
    const s = await sweeps(backend, store, clock, [A, C]);
    await store.insertSends([queuedFor('cmp-b', B.loan.Loan_ID, clock.at)]);
    await s.scheduler.tick();
    clock.at = ist(2, 11);
    await s.reminders.tick();
    expect(s.sent).toEqual(['cmp-b', C.loan.Loan_ID]);
    expect((await s.ledger.get(keyOf(A)))?.value).toMatchObject({ state: 'waiting', suppressions: [{ rule: 'borrower_daily_cap', count: 1 }] });
  });

  it("follow-ups too: a campaign message about B this morning holds back the follow-up on A's missed instalment; C's goes", async () => {
    const clock = { at: ist(-4, 10) }; // four days past the due date (grace is three), nothing paid
    const { backend, store } = await open();
    const s = await sweeps(backend, store, clock, [A, C]);
    await store.insertSends([queuedFor('cmp-b', B.loan.Loan_ID, clock.at)]);
    await s.scheduler.tick();
    clock.at = ist(-4, 11);
    await s.followUps.tick();
    expect(s.sent).toEqual(['cmp-b', C.loan.Loan_ID]);
    expect((await s.followUpLedger.get(keyOf(A)))?.value).toMatchObject({ state: 'waiting', suppressions: [{ rule: 'borrower_daily_cap', count: 1 }] });
  });
}

await onEveryCampaignStore('one budget of contact per borrower across their loans', borrowerBudgetTests);
