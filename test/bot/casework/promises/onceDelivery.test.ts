import { describe, expect, it } from 'vitest';
import { OnceDelivery, type DeliveryRecord } from '../../../../bot/casework/promises/onceDelivery';
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

function delivery() {
  const ledger = memoryBackend().documents<DeliveryRecord>('promise-reminders');
  const sent: string[] = [];
  const send = (key: string) => async () => (sent.push(key), { ok: true as const, messageId: `m${sent.length}` });
  return { once: new OnceDelivery({ ledger, log: createLogger('silent') }, 'test'), ledger, sent, send };
}

describe('OnceDelivery, on the channel the borrower last talked on', () => {
  it('with no way to reach the borrower now, nothing is claimed: it goes on a later sweep that can', async () => {
    const { once, ledger, sent, send } = delivery();
    await once.deliver(borrower(), due('2026-03-05'), NOW, { channel: 'webchat' });
    expect(await ledger.get('FB-1:2026-03-05')).toBeUndefined();
    await once.deliver(borrower(), due('2026-03-05'), NOW, { channel: 'webchat', send: send('a') });
    expect(sent).toEqual(['a']);
    expect((await ledger.get('FB-1:2026-03-05'))?.value).toMatchObject({ state: 'sent', via: 'webchat', messageId: 'm1' });
  });

  it('reads STOP for that channel: STOP on WhatsApp holds a WhatsApp reminder, not a Web Chat one; STOP everywhere holds both, recorded', async () => {
    const { once, ledger, sent, send } = delivery();
    await once.deliver(borrower(['whatsapp']), due('2026-03-05'), NOW, { channel: 'webchat', send: send('web') });
    await once.deliver(borrower(['whatsapp']), due('2026-03-06'), NOW, { channel: 'whatsapp', send: send('wa') });
    await once.deliver(borrower(['whatsapp', 'sms', 'webchat']), due('2026-03-07'), NOW, { channel: 'webchat' });
    expect(sent).toEqual(['web']);
    expect((await ledger.get('FB-1:2026-03-06'))?.value).toMatchObject({ state: 'suppressed', suppressions: [{ rule: 'opted_out', count: 1 }] });
    expect((await ledger.get('FB-1:2026-03-07'))?.value).toMatchObject({ state: 'suppressed', suppressions: [{ rule: 'opted_out' }] });
  });

  it('told in a visit: settled, so nothing is sent after it, and it is no contact (the daily cap still lets the next one go)', async () => {
    const { once, ledger, sent, send } = delivery();
    expect(await once.shown(due('2026-03-05'), 'conv-1', NOW)).toBe(true);
    expect((await ledger.get('FB-1:2026-03-05'))?.value).toMatchObject({ state: 'sent', via: 'visit', messageId: 'conv-1' });
    await once.deliver(borrower(), due('2026-03-05'), NOW, { channel: 'webchat', send: send('again') });
    await once.deliver(borrower(), due('2026-03-06'), NOW, { channel: 'webchat', send: send('next') });
    expect(sent).toEqual(['next']);
  });

  it('a suppressed one is not told in a visit either, and stays suppressed', async () => {
    const { once, ledger } = delivery();
    await once.deliver(borrower(['webchat']), due('2026-03-05'), NOW, { channel: 'webchat' });
    expect(await once.shown(due('2026-03-05'), 'conv-1', NOW)).toBe(false);
    expect((await ledger.get('FB-1:2026-03-05'))?.value?.state).toBe('suppressed');
  });
});
