import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArrangementStore } from '../../../../bot/casework/arrangements/arrangementStore';
import { PaymentStore } from '../../../../bot/casework/payments/paymentStore';
import type { DeliveryRecord } from '../../../../bot/casework/promises/onceDelivery';
import type { FollowUpCaseRecord } from '../../../../bot/casework/promises/promiseFollowUps';
import { PromiseFollowUps } from '../../../../bot/casework/promises/promiseFollowUps';
import { openPromiseLedgers } from '../../../../bot/casework/promises/promiseLedgers';
import { PromiseReminders } from '../../../../bot/casework/promises/promiseReminders';
import { promiseRetention } from '../../../../bot/casework/promises/promiseRetention';
import { createLogger } from '../../../../bot/infra/logger';
import { fileBackend } from '../../../../bot/infra/storage/fileBackend';
import { createArrangement, instalmentSchedule, isLive } from '../../../../models/offers';
import { reminderKey } from '../../../../models/payments/reminders';
import { seededRandom } from '../../../../models/shared/random';
import { agreedLoan, candidatesFor } from './promiseFixture';

const DAY = 86_400_000;
const { loan: LIVE_LOAN, arrangement: live } = agreedLoan('LN_RT1');
const over = agreedLoan('LN_RT2');
const { loan: OVER_LOAN } = over;
/** The fixture's seeded random gives every loan the same reference: this one needs its own. */
const replaced = { ...over.arrangement, reference: `${over.arrangement.reference}-2` };
const [first] = instalmentSchedule(live);
/** 11:00 in India, `days` after the first instalment's due date (the same date on both arrangements). */
const day = (days: number) => new Date(Date.parse(`${first.dueDate}T05:30:00Z`) + days * DAY);
/** RETENTION_DAYS of 30, purged 45 days after the due date: the first instalment is past retention, the plan still live. */
const NOW = day(45);
const CUTOFF = new Date(NOW.getTime() - 30 * DAY);

async function stores() {
  const backend = fileBackend(mkdtempSync(path.join(tmpdir(), 'promise-retention-')));
  const arrangements = await ArrangementStore.open(backend.documents('arrangements'));
  await arrangements.save(live);
  await arrangements.save(replaced);
  const next = createArrangement({ loan: OVER_LOAN, plan: replaced.plan, channel: 'agent', now: day(10), random: seededRandom(9) });
  await arrangements.replace(replaced.reference, next);
  const ledgers = openPromiseLedgers((name) => backend.documents(name));
  const clock = { at: NOW };
  const purge = promiseRetention({ ledgers, liveArrangement: (loanId, today) => arrangements.liveForLoan(loanId, today), now: () => clock.at });
  return { backend, arrangements, ledgers, purge, clock };
}

const delivery = (loanId: string, reference: string, state: DeliveryRecord['state'], dueDate = first.dueDate): DeliveryRecord => ({
  key: reminderKey(reference, dueDate),
  loanId,
  dueDate,
  state,
  suppressions: [],
  updatedAt: day(0).toISOString(),
});

describe('promise ledgers under RETENTION_DAYS', () => {
  it('purges only settled records past retention that no sweep can select again; keeps what is in flight or still owed on a live arrangement', async () => {
    const { ledgers, purge } = await stores();
    expect(isLive(live, NOW)).toBe(true);
    const recent = instalmentSchedule(live).find((i) => i.dueDate >= CUTOFF.toISOString().slice(0, 10))!.dueDate;
    const put = async (collection: typeof ledgers.reminders, r: DeliveryRecord, as: string) => void (await collection.put(as, r));
    await put(ledgers.reminders, delivery(LIVE_LOAN.Loan_ID, live.reference, 'sent'), 'r-live-sent');
    await put(ledgers.reminders, delivery(LIVE_LOAN.Loan_ID, live.reference, 'waiting'), 'r-live-waiting');
    await put(ledgers.reminders, delivery(LIVE_LOAN.Loan_ID, live.reference, 'sent', recent), 'r-live-recent');
    await put(ledgers.reminders, delivery(OVER_LOAN.Loan_ID, replaced.reference, 'waiting'), 'r-over-waiting');
    await put(ledgers.reminders, delivery(OVER_LOAN.Loan_ID, replaced.reference, 'sending'), 'r-over-sending');
    await put(ledgers.followUps, delivery(LIVE_LOAN.Loan_ID, live.reference, 'sent'), 'f-live-sent');
    await put(ledgers.followUps, delivery(OVER_LOAN.Loan_ID, replaced.reference, 'suppressed'), 'f-over-suppressed');
    const lapse = (loanId: string, reference: string, state: FollowUpCaseRecord['state']): FollowUpCaseRecord => ({
      key: reminderKey(reference, first.dueDate),
      loanId,
      state,
      claim: 'c',
      updatedAt: day(0).toISOString(),
    });
    await ledgers.followUpCases.put('c-live-opened', lapse(LIVE_LOAN.Loan_ID, live.reference, 'opened'));
    await ledgers.followUpCases.put('c-over-opened', lapse(OVER_LOAN.Loan_ID, replaced.reference, 'opened'));
    await ledgers.followUpCases.put('c-over-opening', lapse(OVER_LOAN.Loan_ID, replaced.reference, 'opening'));

    const purged = Object.fromEntries(await Promise.all(Object.entries(purge).map(async ([name, p]) => [name, (await p.purgeOlderThan(CUTOFF)).sort()])));
    expect(purged).toEqual({
      // The reminder's due date has passed: no sweep selects it again, whichever arrangement it was on.
      'promise-reminders': ['r-live-sent', 'r-over-waiting'],
      // The follow-up on a live arrangement is selected as long as the lapse stands, however old: it stays.
      'promise-follow-ups': ['f-over-suppressed'],
      'promise-follow-up-cases': ['c-over-opened'],
    });
    const left = async (c: typeof ledgers.followUpCases | typeof ledgers.reminders) => {
      const keys: string[] = [];
      for await (const d of c.all()) keys.push(d.key);
      return keys.sort();
    };
    expect(await left(ledgers.reminders)).toEqual(['r-live-recent', 'r-live-waiting', 'r-over-sending']);
    expect(await left(ledgers.followUps)).toEqual(['f-live-sent']);
    expect(await left(ledgers.followUpCases)).toEqual(['c-live-opened', 'c-over-opening']);
  });

  it('after a purge the sweeps send nothing again: the reminder and the follow-up of an unpaid instalment each went once', async () => {
    const { backend, arrangements, ledgers, purge, clock } = await stores();
    const payments = await PaymentStore.open(backend.documents('payments'));
    const candidates = candidatesFor(LIVE_LOAN, arrangements);
    const sent: string[] = [];
    const cases: string[] = [];
    const common = {
      loans: () => [LIVE_LOAN],
      arrangements,
      payments,
      candidate: (l: typeof LIVE_LOAN, now: Date) => candidates.one(l, now),
      language: async () => 'en' as const,
      settings: { graceDays: 3, curePayments: 2 },
      now: () => clock.at,
      log: createLogger('silent'),
    };
    const reminders = new PromiseReminders({
      ...common,
      ledger: ledgers.reminders,
      reach: async () => ({ channel: 'whatsapp', sender: async (_l, due) => (sent.push(`reminder ${due.dueDate}`), { ok: true, messageId: 'w1' }) }),
      days: 3,
    });
    const followUps = new PromiseFollowUps({
      ...common,
      ledger: ledgers.followUps,
      cases: ledgers.followUpCases,
      reach: async () => ({ channel: 'whatsapp', sender: async (_l, due) => (sent.push(`follow-up ${due.dueDate}`), { ok: true, messageId: 'w2' }) }),
      openCase: async (_l, due) => (cases.push(due.key), `case-${cases.length}`),
      caseDays: 1,
    });
    const sweep = async (at: Date) => {
      clock.at = at;
      await reminders.tick();
      await followUps.tick();
    };
    await sweep(day(-2));
    await sweep(day(5));
    expect(sent).toEqual([`reminder ${first.dueDate}`, `follow-up ${first.dueDate}`]);
    expect(cases).toHaveLength(1);
    clock.at = NOW;
    for (const p of Object.values(purge)) await p.purgeOlderThan(CUTOFF);
    await sweep(NOW);
    await sweep(new Date(NOW.getTime() + DAY));
    // The next instalment's reminder is a new key; nothing about the first instalment went again.
    expect(sent.filter((s) => s.endsWith(first.dueDate))).toEqual([`reminder ${first.dueDate}`, `follow-up ${first.dueDate}`]);
    expect(cases).toHaveLength(1);
  });
});
