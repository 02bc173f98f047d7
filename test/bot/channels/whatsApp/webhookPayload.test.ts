import { describe, expect, it } from 'vitest';
import { parseWebhookPayload } from '../../../../bot/channels/whatsApp/webhookPayload';
import { buttonReply, status, textMessage, webhook } from './support/webhookFixtures';

describe('parseWebhookPayload', () => {
  it("reads messages, contacts and statuses from Meta's documented shape", () => {
    const parsed = parseWebhookPayload(
      webhook({ messages: [textMessage('1650', 'hi'), buttonReply('1650', { id: 't:Yes', title: 'Yes' })], statuses: [status('wamid.1', '1650', 'read')] }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [change] = parsed.changes;
    expect(change.metadata.phone_number_id).toBe('106540352242922');
    expect(change.contacts?.[0].wa_id).toBe('1650');
    expect(change.messages?.map((m) => m.type)).toEqual(['text', 'interactive']);
    expect(change.messages?.[1].interactive?.button_reply).toEqual({ id: 't:Yes', title: 'Yes' });
    expect(change.statuses?.[0].status).toBe('read');
  });

  it('skips other subscribed fields but refuses a messages change it cannot read, naming the field', () => {
    const other = { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'account_update', value: { anything: true } }] }] };
    expect(parseWebhookPayload(other)).toEqual({ ok: true, changes: [] });
    const bad = webhook({ messages: [{ ...textMessage('1650', 'hi'), timestamp: 'yesterday' }] });
    const parsed = parseWebhookPayload(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/messages\.0\.timestamp/);
    expect(parseWebhookPayload({ object: 'instagram', entry: [] }).ok).toBe(false);
    expect(parseWebhookPayload(null).ok).toBe(false);
  });
});
