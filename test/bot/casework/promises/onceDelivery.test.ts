import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OnceDelivery, type Deliverable, type DeliveryRecord, type Route } from '../../../../bot/casework/promises/onceDelivery';
import { createLogger } from '../../../../bot/infra/logger';
import type { ContactChannel } from '../../../../models/outreach/contactRules';
import type { OutreachCandidate } from '../../../../models/outreach/segment';
import { memoryBackend } from '../../../support/memoryDocuments';
import { agreedLoan } from './promiseFixture';

const { loan } = agreedLoan('LN_D1');
/** 11:00 in India on a Monday: inside the contact window. */
const NOW = new Date('2026-03-02T05:30:00Z');
const due = (dueDate: string) => ({ key: `FB-1:${dueDate}`, loanId: loan.Loan_ID, dueDate });

function borrower(optedOut: ContactChannel[] = []): OutreachCandidate {
  const facts = { optedOut, openDispute: false, openComplaint: false, holds: [], attempts: [] };
  return { loan, liveArrangement: true, facts, jurisdiction: 'IN', timeZone: 'Asia/Kolkata', responded: false };
}

/** A logger at debug whose lines the test reads (level 20 debug, 40 warn). */
function captured() {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
  return { log: createLogger('debug', sink), lines };
}

function delivery(log = createLogger('silent')) {
  const ledger = memoryBackend().documents<DeliveryRecord>('promise-reminders');
  const sent: string[] = [];
  const send = (key: string) => async () => (sent.push(key), { ok: true as const, messageId: `m${sent.length}` });
  const once = new OnceDelivery({ ledger, log }, 'test');
  // Each call a sweep of its own: the budget read afresh, every loan its own borrower.
  const deliver = async (candidate: OutreachCandidate, what: Deliverable, at: Date, route: Route) =>
    once.deliver(candidate, what, at, route, await once.budget((loanId) => loanId));
  return { once, deliver, ledger, sent, send };
}

describe('OnceDelivery, on the channel the borrower last talked on', () => {
  it('with no way to reach the borrower now, nothing is claimed: it goes on a later sweep that can', async () => {
    const { deliver, ledger, sent, send } = delivery();
    await deliver(borrower(), due('2026-03-05'), NOW, { channel: 'webchat' });
    expect(await ledger.get('FB-1:2026-03-05')).toBeUndefined();
    await deliver(borrower(), due('2026-03-05'), NOW, { channel: 'webchat', send: send('a') });
    expect(sent).toEqual(['a']);
    expect((await ledger.get('FB-1:2026-03-05'))?.value).toMatchObject({ state: 'sent', via: 'webchat', messageId: 'm1' });
  });

  it('reads STOP for that channel: STOP on WhatsApp holds a WhatsApp reminder, not a Web Chat one; STOP everywhere holds both, recorded', async () => {
    const { deliver, ledger, sent, send } = delivery();
    await deliver(borrower(['whatsapp']), due('2026-03-05'), NOW, { channel: 'webchat', send: send('web') });
    await deliver(borrower(['whatsapp']), due('2026-03-06'), NOW, { channel: 'whatsapp', send: send('wa') });
    await deliver(borrower(['whatsapp', 'sms', 'webchat']), due('2026-03-07'), NOW, { channel: 'webchat' });
    expect(sent).toEqual(['web']);
    expect((await ledger.get('FB-1:2026-03-06'))?.value).toMatchObject({ state: 'suppressed', suppressions: [{ rule: 'opted_out', count: 1 }] });
    expect((await ledger.get('FB-1:2026-03-07'))?.value).toMatchObject({ state: 'suppressed', suppressions: [{ rule: 'opted_out' }] });
  });

  it('told in a visit: settled, so nothing is sent after it, and it is no contact (the daily cap still lets the next one go)', async () => {
    const { once, deliver, ledger, sent, send } = delivery();
    expect(await once.shown(due('2026-03-05'), 'conv-1', NOW)).toBe(true);
    expect((await ledger.get('FB-1:2026-03-05'))?.value).toMatchObject({ state: 'sent', via: 'visit', messageId: 'conv-1' });
    await deliver(borrower(), due('2026-03-05'), NOW, { channel: 'webchat', send: send('again') });
    await deliver(borrower(), due('2026-03-06'), NOW, { channel: 'webchat', send: send('next') });
    expect(sent).toEqual(['next']);
  });

  it('a suppressed one is not told in a visit either, and stays suppressed', async () => {
    const { once, deliver, ledger } = delivery();
    await deliver(borrower(['webchat']), due('2026-03-05'), NOW, { channel: 'webchat' });
    expect(await once.shown(due('2026-03-05'), 'conv-1', NOW)).toBe(false);
    expect((await ledger.get('FB-1:2026-03-05'))?.value?.state).toBe('suppressed');
  });

  it('a Web Chat conversation that cannot take it now (mid-intake): waits, noted once with a count, logged at debug, never as a failure', async () => {
    const { log, lines } = captured();
    const { deliver, ledger, sent, send } = delivery(log);
    const notNow = async () => ({ ok: false as const, notReachableNow: 'the Web Chat conversation cannot take it now' });
    for (let sweep = 0; sweep < 3; sweep++) await deliver(borrower(), due('2026-03-05'), NOW, { channel: 'webchat', send: notNow });
    const waiting = (await ledger.get('FB-1:2026-03-05'))?.value;
    expect(waiting).toMatchObject({
      state: 'waiting',
      suppressions: [{ rule: 'not_reachable_now', detail: 'the Web Chat conversation cannot take it now', count: 3 }],
    });
    expect(waiting?.error).toBeUndefined();
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
    expect(lines.filter((l) => l.level === 20).map((l) => l.msg)).toEqual(Array(3).fill('test: waits, not reachable now'));
    // Once the conversation can take it, it goes; the note stays as the record of the wait.
    await deliver(borrower(), due('2026-03-05'), NOW, { channel: 'webchat', send: send('later') });
    expect(sent).toEqual(['later']);
    expect((await ledger.get('FB-1:2026-03-05'))?.value).toMatchObject({ state: 'sent', suppressions: [{ rule: 'not_reachable_now', count: 3 }] });
  });

  it('a real failure is still a warning: a retryable one waits for the next sweep, logged each time it fails', async () => {
    const { log, lines } = captured();
    const { deliver, ledger } = delivery(log);
    const busy = async () => ({ ok: false as const, retryable: true, error: 'Graph API 503' });
    await deliver(borrower(), due('2026-03-05'), NOW, { channel: 'whatsapp', send: busy });
    expect((await ledger.get('FB-1:2026-03-05'))?.value).toMatchObject({ state: 'waiting', error: 'Graph API 503', suppressions: [] });
    expect(lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual(['test: send failed']);
  });
});
