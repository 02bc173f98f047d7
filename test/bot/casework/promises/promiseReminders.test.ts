import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArrangementStore } from '../../../../bot/casework/arrangements/arrangementStore';
import type { SendResult } from '../../../../bot/casework/outreach/outreachScheduler';
import { PaymentStore } from '../../../../bot/casework/payments/paymentStore';
import { PromiseReminders, type ReminderRecord } from '../../../../bot/casework/promises/promiseReminders';
import { createLogger } from '../../../../bot/infra/logger';
import type { StorageBackend } from '../../../../bot/infra/storage/documents';
import { fileBackend } from '../../../../bot/infra/storage/fileBackend';
import { translate } from '../../../../models/i18n/translate';
import type { BorrowerLanguage } from '../../../../models/i18n/languages';
import type { AccountFlags } from '../../../../models/ports/campaigns';
import { instalmentSchedule } from '../../../../models/offers';
import { testSchema } from '../../../support/postgresSchema';
import { agreedLoan, candidatesFor, pgInstances } from './promiseFixture';

const { loan: LOAN, arrangement } = agreedLoan('LN_R1');
const [first, second] = instalmentSchedule(arrangement);
/** 11:00 in India (UTC+5:30), two days before the first due date: inside the 08:00–19:00 window. */
const inHours = (dueDate: string, daysBefore = 2) => new Date(Date.parse(`${dueDate}T05:30:00Z`) - daysBefore * 86_400_000);

interface Sent {
  loanId: string;
  dueDate: string;
  language: BorrowerLanguage;
  text: string;
}

/** Opens the reminders on a backend, as an instance would at start; `flags` and `stopped` stand for staff holds and a STOP. */
async function instance(
  backend: StorageBackend,
  clock: { at: Date },
  sent: Sent[],
  facts: { flags?: AccountFlags; stopped?: boolean; language?: BorrowerLanguage } = {},
) {
  const arrangements = await ArrangementStore.open(backend.documents('arrangements'));
  const payments = await PaymentStore.open(backend.documents('payments'));
  const candidates = candidatesFor(LOAN, arrangements, facts);
  const reminders = new PromiseReminders({
    ledger: backend.documents<ReminderRecord>('promise-reminders'),
    loans: () => [LOAN],
    arrangements,
    payments,
    candidate: (l, now) => candidates.one(l, now),
    language: async () => facts.language ?? 'en',
    reach: async () => ({
      channel: 'whatsapp',
      sender: async (l, due, language): Promise<SendResult> => {
        sent.push({
          loanId: l.Loan_ID,
          dueDate: due.dueDate,
          language,
          text: translate(language, 'promise.reminder', { lenderName: 'Forbear Finance', date: due.dueDate }),
        });
        return { ok: true, messageId: `wamid.${sent.length}` };
      },
    }),
    settings: { graceDays: 3, curePayments: 2 },
    days: 3,
    now: () => clock.at,
    log: createLogger('silent'),
  });
  return { reminders, arrangements, payments, ledger: backend.documents<ReminderRecord>('promise-reminders') };
}

const embedded = (dir: string): StorageBackend => fileBackend(dir);
const newDir = () => mkdtempSync(path.join(tmpdir(), 'reminders-'));

describe('promise reminders (embedded documents)', () => {
  it('sends one reminder per instalment N days before it is due, in the borrower language, with nothing about the debt; exactly once across a restart', async () => {
    const dir = newDir();
    const clock = { at: inHours(first.dueDate, 5) };
    const sent: Sent[] = [];
    const a = await instance(embedded(dir), clock, sent, { language: 'hi' });
    await a.arrangements.save(arrangement);
    await a.reminders.tick();
    expect(sent).toEqual([]); // five days ahead: not yet
    clock.at = inHours(first.dueDate, 2);
    await a.reminders.tick();
    await a.reminders.tick();
    expect(sent.map((s) => [s.dueDate, s.language])).toEqual([[first.dueDate, 'hi']]);
    expect(sent[0].text).toContain('Forbear Finance');
    // Nothing about the debt for whoever reads the phone: no amount, no loan number, no "loan" or "debt".
    expect(sent[0].text).not.toContain(String(first.amount));
    expect(sent[0].text).not.toMatch(/LN_|₹|INR|debt|loan|कर्ज़|ऋण/i);
    // A restart: a new instance on the same files sends nothing again.
    const b = await instance(embedded(dir), clock, sent, { language: 'hi' });
    await b.reminders.tick();
    clock.at = inHours(first.dueDate, 0);
    await b.reminders.tick();
    expect(sent).toHaveLength(1);
    expect((await b.ledger.get(`${arrangement.reference}:${first.dueDate}`))?.value).toMatchObject({ state: 'sent', messageId: 'wamid.1' });
  });

  it('sends nothing for an instalment already paid', async () => {
    const clock = { at: inHours(first.dueDate, 2) };
    const sent: Sent[] = [];
    const a = await instance(embedded(newDir()), clock, sent);
    await a.arrangements.save(arrangement);
    await a.payments.record({ reference: 'P1', loanId: LOAN.Loan_ID, date: '2026-01-20', amount: first.amount, source: 'csv', recordedAt: '2026-01-20' });
    clock.at = new Date(Math.max(clock.at.getTime(), Date.parse('2026-01-21T05:30:00Z')));
    await a.reminders.tick();
    expect(sent.filter((s) => s.dueDate === first.dueDate)).toEqual([]);
  });

  it('outside the borrower hours the reminder is held with the rule recorded, and goes once the window opens', async () => {
    const clock = { at: new Date(Date.parse(`${first.dueDate}T17:00:00Z`) - 2 * 86_400_000) }; // 22:30 in India
    const sent: Sent[] = [];
    const a = await instance(embedded(newDir()), clock, sent);
    await a.arrangements.save(arrangement);
    await a.reminders.tick();
    await a.reminders.tick();
    expect(sent).toEqual([]);
    const key = `${arrangement.reference}:${first.dueDate}`;
    expect((await a.ledger.get(key))?.value).toMatchObject({ state: 'waiting', suppressions: [{ rule: 'outside_hours', count: 2 }] });
    clock.at = new Date(clock.at.getTime() + 10 * 3_600_000); // 08:30 next morning
    await a.reminders.tick();
    expect(sent).toHaveLength(1);
    expect((await a.ledger.get(key))?.value).toMatchObject({ state: 'sent', suppressions: [{ rule: 'outside_hours', count: 2 }] });
  });

  it('an opted-out borrower gets no reminder (settled suppressed for good); a hold keeps it waiting', async () => {
    const clock = { at: inHours(first.dueDate, 2) };
    const sent: Sent[] = [];
    const dir = newDir();
    const stopped = await instance(embedded(dir), clock, sent, { stopped: true });
    await stopped.arrangements.save(arrangement);
    await stopped.reminders.tick();
    expect((await stopped.ledger.get(`${arrangement.reference}:${first.dueDate}`))?.value).toMatchObject({
      state: 'suppressed',
      suppressions: [{ rule: 'opted_out', detail: 'the borrower sent STOP on whatsapp' }],
    });
    // Even once the STOP were gone, a suppressed reminder is final.
    await (await instance(embedded(dir), clock, sent)).reminders.tick();
    expect(sent).toEqual([]);
    const held = await instance(embedded(newDir()), clock, sent, { flags: { holds: ['bereavement'] } });
    await held.arrangements.save(arrangement);
    await held.reminders.tick();
    expect((await held.ledger.get(`${arrangement.reference}:${first.dueDate}`))?.value).toMatchObject({
      state: 'waiting',
      suppressions: [{ rule: 'bereavement_hold' }],
    });
    expect(sent).toEqual([]);
  });

  it('a reminder claimed by an instance that died mid-send is settled uncertain and never sent again', async () => {
    const dir = newDir();
    const clock = { at: inHours(second.dueDate, 1) };
    const sent: Sent[] = [];
    const a = await instance(embedded(dir), clock, sent);
    await a.arrangements.save(arrangement);
    const key = `${arrangement.reference}:${second.dueDate}`;
    await a.ledger.put(key, {
      key,
      loanId: LOAN.Loan_ID,
      dueDate: second.dueDate,
      state: 'sending',
      suppressions: [],
      leaseUntil: new Date(clock.at.getTime() + 60_000).toISOString(),
      updatedAt: clock.at.toISOString(),
    });
    await a.reminders.tick();
    clock.at = new Date(clock.at.getTime() + 5 * 60_000);
    await a.reminders.tick();
    await a.reminders.tick();
    expect(sent.filter((s) => s.dueDate === second.dueDate)).toEqual([]);
    expect((await a.ledger.get(key))?.value.state).toBe('uncertain');
  });
});

const schema = await testSchema();
afterAll(() => schema.drop());

describe.skipIf(schema.unreachable !== null)('promise reminders on PostgreSQL', () => {
  it('four instances sweeping together send each reminder once, and again after they restart', async () => {
    const { open, end } = pgInstances(schema);
    const clock = { at: inHours(first.dueDate, 2) };
    const sent: Sent[] = [];
    const instances = await Promise.all(Array.from({ length: 4 }, async () => instance(await open(), clock, sent, { language: 'ms' })));
    await instances[0].arrangements.save(arrangement);
    // Each instance opened its arrangement index before the save: reopen as a restart would.
    const started = await Promise.all(Array.from({ length: 4 }, async () => instance(await open(), clock, sent, { language: 'ms' })));
    await Promise.all(started.map((i) => i.reminders.tick()));
    await Promise.all(started.map((i) => i.reminders.tick()));
    expect(sent.map((s) => [s.dueDate, s.language])).toEqual([[first.dueDate, 'ms']]);
    const again = await instance(await open(), clock, sent, { language: 'ms' });
    await again.reminders.tick();
    expect(sent).toHaveLength(1);
    await end();
  });
});
