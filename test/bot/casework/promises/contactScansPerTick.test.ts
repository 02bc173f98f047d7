import { describe, expect, it } from 'vitest';
import { ArrangementStore } from '../../../../bot/casework/arrangements/arrangementStore';
import { DocumentCampaignStore } from '../../../../bot/casework/outreach/documentCampaignStore';
import { OutreachScheduler } from '../../../../bot/casework/outreach/outreachScheduler';
import { PaymentStore } from '../../../../bot/casework/payments/paymentStore';
import { deliveryContacts, type DeliveryRecord } from '../../../../bot/casework/promises/onceDelivery';
import { PromiseFollowUps } from '../../../../bot/casework/promises/promiseFollowUps';
import { PromiseReminders } from '../../../../bot/casework/promises/promiseReminders';
import { createLogger } from '../../../../bot/infra/logger';
import type { Documents } from '../../../../bot/infra/storage/documents';
import type { LoanRecord } from '../../../../models/loanBook/loanRecord';
import { instalmentSchedule } from '../../../../models/offers';
import { contactsOf } from '../../../../models/ports/contactsMade';
import { seededRandom } from '../../../../models/shared/random';
import { memoryBackend } from '../../../support/memoryDocuments';
import { campaign } from '../outreach/schedulerHarness';
import { agreedLoan, candidatesFor } from './promiseFixture';

/** Six borrowers (one loan each), every reminder due in the same tick. */
const BOOK = ['LN_S1', 'LN_S2', 'LN_S3', 'LN_S4', 'LN_S5', 'LN_S6'].map((id) => {
  const { loan, arrangement } = agreedLoan(id);
  return { loan: { ...loan, Borrower_ID: `BRW_${id}` }, arrangement: { ...arrangement, reference: `FB-${id}` } };
});
const [first] = instalmentSchedule(BOOK[0].arrangement);
/** 11:00 in India, two days before every first instalment. */
const NOW = new Date(Date.parse(`${first.dueDate}T11:00:00+05:30`) - 2 * 86_400_000);
const CAMPAIGN = campaign();

/** A ledger that counts how often it is read in full. */
function counted(ledger: Documents<DeliveryRecord>) {
  const scans = { n: 0 };
  const all = ledger.all.bind(ledger);
  return { scans, ledger: { ...ledger, all: () => (scans.n++, all()) } as Documents<DeliveryRecord> };
}

async function world() {
  const backend = memoryBackend();
  const arrangements = await ArrangementStore.open(backend.documents('arrangements'));
  const payments = await PaymentStore.open(backend.documents('payments'));
  for (const { arrangement } of BOOK) await arrangements.save(arrangement);
  const store = new DocumentCampaignStore(backend);
  await store.saveCampaign(CAMPAIGN);
  const reminders = counted(backend.documents<DeliveryRecord>('promise-reminders'));
  const followUps = counted(backend.documents<DeliveryRecord>('promise-follow-ups'));
  const candidates = (loan: LoanRecord, now: Date) => candidatesFor(loan, arrangements).one(loan, now);
  const book = new Map(BOOK.map((l) => [l.loan.Loan_ID, l.loan]));
  const common = {
    ...{ loans: () => BOOK.map((l) => l.loan), arrangements, payments, candidate: candidates, language: async () => 'en' as const },
    ...{ settings: { graceDays: 3, curePayments: 2 }, now: () => NOW, log: createLogger('silent') },
  };
  const sent: string[] = [];
  const ok = (id: string) => (sent.push(id), { ok: true as const, messageId: `m.${id}` });
  return {
    ...{ store, reminders, followUps, sent },
    reminderSweep: new PromiseReminders({
      ...common,
      ledger: reminders.ledger,
      counted: deliveryContacts(followUps.ledger),
      reach: async (loan) => ({ channel: 'whatsapp', sender: async () => ok(loan.Loan_ID) }),
      days: 3,
    }),
    followUpSweep: new PromiseFollowUps({
      ...common,
      ledger: followUps.ledger,
      cases: backend.documents('promise-follow-up-cases'),
      counted: deliveryContacts(reminders.ledger),
      reach: async (loan) => ({ channel: 'whatsapp', sender: async () => ok(loan.Loan_ID) }),
      openCase: async () => 'case-1',
      caseDays: 14,
    }),
    scheduler: new OutreachScheduler({
      ...{ store, candidates: { all: async () => [], one: candidates }, loan: (id) => book.get(id) },
      senders: { whatsapp: async (_l, _c, row) => ok(row.key) },
      ...{ outcomeOf: async () => ({ verified: false, arrangement: false }), timeZone: 'Asia/Kolkata', random: seededRandom(1) },
      counted: contactsOf([deliveryContacts(reminders.ledger), deliveryContacts(followUps.ledger)]),
      ...{ now: () => NOW, log: createLogger('silent') },
    }),
  };
}

describe('each sweep reads the contact ledgers once per tick, however many messages it checks', () => {
  it('a reminder sweep sending six reminders scans its own ledger once and the follow-ups ledger once', async () => {
    const w = await world();
    await w.reminderSweep.tick();
    expect(w.sent).toHaveLength(BOOK.length);
    expect([w.reminders.scans.n, w.followUps.scans.n]).toEqual([1, 1]);
    // The next tick finds every reminder settled: it sends nothing again and has no caps to check, so it reads neither.
    await w.reminderSweep.tick();
    expect(w.sent).toHaveLength(BOOK.length);
    expect([w.reminders.scans.n, w.followUps.scans.n]).toEqual([1, 1]);
  });

  it('the campaign scheduler sending six messages reads each promise ledger once', async () => {
    const w = await world();
    const at = NOW.toISOString();
    await w.store.insertSends(
      BOOK.map(({ loan }) => ({
        ...{ key: `cmp-${loan.Loan_ID}`, campaignId: CAMPAIGN.id, loanId: loan.Loan_ID, step: 0, state: 'queued' as const },
        ...{ channel: 'whatsapp' as const, sendAt: at, statuses: {}, updatedAt: at },
      })),
    );
    await w.scheduler.tick();
    expect(w.sent).toHaveLength(BOOK.length);
    expect([w.reminders.scans.n, w.followUps.scans.n]).toEqual([1, 1]);
  });

  it('a tick with nothing to check reads no ledger: the follow-up sweep with no missed payment', async () => {
    const w = await world();
    await w.followUpSweep.tick();
    expect(w.sent).toEqual([]);
    expect([w.reminders.scans.n, w.followUps.scans.n]).toEqual([0, 0]);
  });
});
