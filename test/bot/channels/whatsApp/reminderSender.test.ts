import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphClient } from '../../../../bot/channels/whatsApp/graphClient';
import { whatsAppFollowUpSender, whatsAppReminderSender } from '../../../../bot/channels/whatsApp/reminderSender';
import { WhatsAppStore } from '../../../../bot/channels/whatsApp/whatsAppStore';
import { translate } from '../../../../models/i18n/translate';
import { loan } from '../../../models/offers/fixtures';
import { FakeGraphServer } from '../../../support/fakeGraphServer';

const NOW = new Date('2026-03-02T05:30:00Z');
const reminder = { key: 'FB-ABCDEF:2026-03-05', loanId: 'LN_1', arrangement: 'FB-ABCDEF', dueDate: '2026-03-05', amount: 7777 };

let graph: FakeGraphServer;
let store: WhatsAppStore;
beforeEach(async () => {
  graph = await FakeGraphServer.start('token-1');
  store = new WhatsAppStore(mkdtempSync(path.join(tmpdir(), 'wa-reminders-')));
});
afterEach(() => graph.close());

const settings = (template?: { name: string }) => ({
  graph: new GraphClient({ baseUrl: `${graph.url}/`, version: 'v21.0', phoneNumberId: '106540352242922', token: 'token-1' }),
  store,
  now: () => NOW,
  translate,
  lenderName: 'Forbear Finance',
  locale: 'en-IN',
  ...(template && { template }),
});
const sender = (template?: { name: string }) => whatsAppReminderSender(settings(template));

describe('WhatsApp promise reminders', () => {
  it('outside the 24-hour window: the lender template in the borrower language, with only the lender and the date (in their language)', async () => {
    const result = await sender({ name: 'payment_reminder' })(loan({ Phone: '+91 98765 43210' }), reminder, 'hi');
    expect(result.ok).toBe(true);
    expect(graph.sent[0].body).toMatchObject({
      to: '919876543210',
      type: 'template',
      template: {
        name: 'payment_reminder',
        language: { code: 'hi' },
        components: [{ type: 'body', parameters: [{ text: 'Forbear Finance' }, { text: '5 मार्च 2026' }] }],
      },
    });
    expect(JSON.stringify(graph.sent[0].body)).not.toContain('7777');
  });

  it('inside the window: the catalog text in the borrower language, nothing about the debt', async () => {
    await store.recordInbound('919876543210', new Date(NOW.getTime() - 3_600_000));
    await sender({ name: 'payment_reminder' })(loan({ Phone: '+91 98765 43210' }), reminder, 'ms');
    const text = (graph.sent[0].body as { text: { body: string } }).text.body;
    expect(text).toContain('Salam daripada Forbear Finance');
    expect(text).toContain('5 Mac 2026');
    expect(text).not.toMatch(/7777|pinjaman|hutang/i);
  });

  it('a loan without a phone number is a final failure, and nothing is sent', async () => {
    expect(await sender()(loan({ Phone: undefined }), reminder, 'en')).toEqual({ ok: false, retryable: false, error: 'the loan has no phone number' });
    expect(graph.sent).toEqual([]);
  });
});

describe('WhatsApp follow-up on a missed payment', () => {
  const lapse = {
    key: 'FB-ABCDEF:2026-02-05',
    loanId: 'LN_1',
    arrangement: 'FB-ABCDEF',
    dueDate: '2026-02-05',
    arrears: 7777,
    daysPastDue: 25,
    caseDue: false,
  };

  it('outside the 24-hour window: the follow-up template with the lender name alone (no date, no amount)', async () => {
    await whatsAppFollowUpSender(settings({ name: 'account_follow_up' }))(loan({ Phone: '+91 98765 43210' }), lapse, 'hi');
    expect(graph.sent[0].body).toMatchObject({
      type: 'template',
      template: { name: 'account_follow_up', language: { code: 'hi' }, components: [{ type: 'body', parameters: [{ text: 'Forbear Finance' }] }] },
    });
    expect(JSON.stringify(graph.sent[0].body)).not.toMatch(/7777|2026|FB-/);
  });

  it('inside the window: the catalog text, which names the lender and asks for a reply', async () => {
    await store.recordInbound('919876543210', new Date(NOW.getTime() - 3_600_000));
    await whatsAppFollowUpSender(settings())(loan({ Phone: '+91 98765 43210' }), lapse, 'en');
    const text = (graph.sent[0].body as { text: { body: string } }).text.body;
    expect(text).toBe(
      "Hello from Forbear Finance. Something on your account needs your attention. Reply to this message and we'll go through it together (we will check it is you first). Reply STOP to opt out.",
    );
  });
});
