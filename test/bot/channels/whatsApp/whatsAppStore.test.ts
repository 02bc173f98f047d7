import { describe, expect, it } from 'vitest';
import { WhatsAppStore } from '../../../../bot/channels/whatsApp/whatsAppStore';
import type { TextBody } from '../../../../bot/channels/whatsApp/sendBody';
import { tempDir } from '../../../support/tempDir';

const text = (body: string): TextBody => ({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '1650', type: 'text', text: { body } });

describe('WhatsAppStore', () => {
  it('claims each inbound id once, also across instances (restarts) and concurrent claims', async () => {
    const dir = tempDir();
    const store = new WhatsAppStore(dir);
    const claims = await Promise.all([store.claimInbound('wamid.1', 'text'), store.claimInbound('wamid.1', 'text')]);
    expect(claims.sort()).toEqual([false, true]);
    expect(await new WhatsAppStore(dir).claimInbound('wamid.1', 'text')).toBe(false);
    expect(await new WhatsAppStore(dir).claimInbound('wamid.2', 'text')).toBe(true);
  });

  it('forgets processed ids once Meta can no longer redeliver them, and keeps recent ones', async () => {
    const store = new WhatsAppStore(tempDir());
    await store.claimInbound('wamid.old', 'text', new Date('2026-11-01T10:00:00Z'));
    await store.claimInbound('wamid.new', 'text', new Date('2026-11-20T10:00:00Z'));
    expect(await store.pruneInbound(new Date('2026-11-15T00:00:00Z'))).toBe(1);
    expect(await store.inboundRecord('wamid.old')).toBeUndefined();
    expect(await store.claimInbound('wamid.new', 'text')).toBe(false);
  });

  it('releases held-back messages once on the next inbound, and never moves the window backwards', async () => {
    const store = new WhatsAppStore(tempDir());
    await store.holdBack('1650', [text('a')]);
    await store.holdBack('1650', [text('b')]);
    const late = new Date('2026-01-05T10:00:00Z');
    expect((await store.recordInbound('1650', late)).map((b) => (b as TextBody).text.body)).toEqual(['a', 'b']);
    expect(await store.recordInbound('1650', new Date('2026-01-04T10:00:00Z'))).toEqual([]);
    expect((await store.user('1650')).lastInboundAt).toBe(late.toISOString());
  });

  it('keeps a status that arrives before the send is recorded', async () => {
    const store = new WhatsAppStore(tempDir());
    await store.recordStatus({ id: 'wamid.9', status: 'sent', timestamp: '1749416383', recipient_id: '1650' });
    await store.recordSent('wamid.9', { to: '1650', type: 'text', sentAt: '2026-01-05T10:00:00.000Z' });
    expect(await store.outboundRecord('wamid.9')).toEqual({
      to: '+•••', // masked: delivery records never hold the number
      type: 'text',
      sentAt: '2026-01-05T10:00:00.000Z',
      statuses: [{ status: 'sent', at: new Date(1749416383000).toISOString() }],
    });
  });
});
