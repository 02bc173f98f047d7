import { expect, it } from 'vitest';
import { ArrangementStore } from '../../../../bot/casework/arrangements/arrangementStore';
import { campaignContacts } from '../../../../bot/casework/outreach/ledger';
import { OutreachScheduler } from '../../../../bot/casework/outreach/outreachScheduler';
import { PaymentStore } from '../../../../bot/casework/payments/paymentStore';
import { deliveryContacts } from '../../../../bot/casework/promises/onceDelivery';
import { openPromiseLedgers } from '../../../../bot/casework/promises/promiseLedgers';
import { PromiseReminders } from '../../../../bot/casework/promises/promiseReminders';
import { createLogger } from '../../../../bot/infra/logger';
import type { StorageBackend } from '../../../../bot/infra/storage/documents';
import { onEveryCampaignStore, type OpenCampaignBackend } from '../../../support/campaignBackends';
import { instalmentSchedule } from '../../../../models/offers';
import type { CampaignSend, CampaignStore } from '../../../../models/ports/campaigns';
import { seededRandom } from '../../../../models/shared/random';
import { campaign } from '../outreach/schedulerHarness';
import { agreedLoan, candidatesFor } from './promiseFixture';

const { loan: LOAN, arrangement } = agreedLoan('LN_CAP1');
const [first] = instalmentSchedule(arrangement);
const DAY = 86_400_000;
/** `hour`:00 in India (UTC+5:30), `daysBefore` days before the first instalment is due (reminders go 3 days ahead). */
const ist = (daysBefore: number, hour: number) => new Date(Date.parse(`${first.dueDate}T00:00:00+05:30`) - daysBefore * DAY + hour * 3_600_000);
const CAMPAIGN = campaign();

/** A campaign message in the ledger as the scheduler leaves it: `sent` at `at`, or `queued` for `at`. */
const campaignRow = (key: string, state: 'sent' | 'queued', at: Date): CampaignSend => ({
  key,
  campaignId: CAMPAIGN.id,
  loanId: LOAN.Loan_ID,
  step: 0,
  state,
  channel: 'whatsapp',
  sendAt: at.toISOString(),
  ...(state === 'sent' && { sentAt: at.toISOString(), messageId: `wamid.${key}` }),
  statuses: {},
  updatedAt: at.toISOString(),
});

/** Both sweeps wired as the server wires them: each counts the other's messages through its contacts port. */
async function sweeps(backend: StorageBackend, store: CampaignStore, clock: { at: Date }) {
  const arrangements = await ArrangementStore.open(backend.documents('arrangements'));
  const payments = await PaymentStore.open(backend.documents('payments'));
  await arrangements.save(arrangement);
  await store.saveCampaign(CAMPAIGN);
  const ledgers = openPromiseLedgers((name) => backend.documents(name));
  const candidates = candidatesFor(LOAN, arrangements);
  const reminded: string[] = [];
  const campaigned: string[] = [];
  const reminders = new PromiseReminders({
    ledger: ledgers.reminders,
    counted: campaignContacts(store),
    loans: () => [LOAN],
    arrangements,
    payments,
    candidate: (l, now) => candidates.one(l, now),
    language: async () => 'en',
    reach: async () => ({ channel: 'whatsapp', sender: async (_l, due) => (reminded.push(due.dueDate), { ok: true, messageId: `wamid.r${reminded.length}` }) }),
    settings: { graceDays: 3, curePayments: 2 },
    days: 3,
    now: () => clock.at,
    log: createLogger('silent'),
  });
  const scheduler = new OutreachScheduler({
    store,
    // Planning is not under test: only the rows a test queues go out, each checked against the caps as it does.
    candidates: { all: async () => [], one: (l, now) => candidates.one(l, now) },
    loan: () => LOAN,
    senders: { whatsapp: async (_l, _c, row) => (campaigned.push(row.key), { ok: true, messageId: `wamid.${row.key}` }) },
    outcomeOf: async () => ({ verified: false, arrangement: false }),
    timeZone: 'Asia/Kolkata',
    counted: deliveryContacts(ledgers.reminders),
    random: seededRandom(1),
    now: () => clock.at,
    log: createLogger('silent'),
  });
  return { reminders, scheduler, store, ledger: ledgers.reminders, reminded, campaigned };
}

function sharedCapTests(open: OpenCampaignBackend) {
  it('a campaign message this morning holds back the reminder (one a day in India): recorded with the rule, left waiting, sent the next day', async () => {
    const clock = { at: ist(2, 11) };
    const { backend, store } = await open();
    const s = await sweeps(backend, store, clock);
    await store.insertSends([campaignRow('cmp-a', 'sent', ist(2, 10))]);
    await s.reminders.tick();
    expect(s.reminded).toEqual([]);
    const held = (await s.ledger.get(`${arrangement.reference}:${first.dueDate}`))?.value;
    expect(held?.state).toBe('waiting');
    expect(held?.suppressions.map((x) => [x.rule, x.detail, x.count])).toEqual([['borrower_daily_cap', 'already contacted today (cap 1)', 1]]);
    // The next day: one message in the last 7 days (cap 3), none today (cap 1).
    clock.at = ist(1, 11);
    await s.reminders.tick();
    expect(s.reminded).toEqual([first.dueDate]);
  });

  it('the reverse: a reminder this morning holds back the campaign message queued for the afternoon, which goes back to be planned', async () => {
    const clock = { at: ist(2, 10) };
    const { backend, store } = await open();
    const s = await sweeps(backend, store, clock);
    await s.reminders.tick();
    expect(s.reminded).toEqual([first.dueDate]);
    clock.at = ist(2, 15);
    await store.insertSends([campaignRow('cmp-b', 'queued', clock.at)]);
    await s.scheduler.tick();
    expect(s.campaigned).toEqual([]);
    expect((await store.suppressions(CAMPAIGN.id)).map((x) => [x.key, x.rule, x.count])).toEqual([['cmp-b', 'borrower_daily_cap', 1]]);
    expect(await store.sends(CAMPAIGN.id)).toEqual([]); // not settled: planned again next tick
    clock.at = ist(1, 15);
    await store.insertSends([campaignRow('cmp-b', 'queued', clock.at)]);
    await s.scheduler.tick();
    expect(s.campaigned).toEqual(['cmp-b']);
  });

  it('the weekly cap counts both: three campaign messages on the three days before hold the reminder back as attempt_cap', async () => {
    const clock = { at: ist(2, 11) };
    const { backend, store } = await open();
    const s = await sweeps(backend, store, clock);
    await store.insertSends([campaignRow('cmp-1', 'sent', ist(5, 11)), campaignRow('cmp-2', 'sent', ist(4, 11)), campaignRow('cmp-3', 'sent', ist(3, 11))]);
    await s.reminders.tick();
    expect(s.reminded).toEqual([]);
    const held = (await s.ledger.get(`${arrangement.reference}:${first.dueDate}`))?.value;
    expect(held?.suppressions.map((x) => [x.rule, x.detail])).toEqual([['attempt_cap', '3 attempts in the last 7 days (cap 3)']]);
    expect(held?.state).toBe('waiting');
  });
}

await onEveryCampaignStore('one daily and weekly cap across campaigns and reminders', sharedCapTests);
