import { describe, expect, it } from 'vitest';
import { toActivity, waIdOf } from '../../../../bot/channels/whatsApp/inboundActivity';
import type { InboundMessage } from '../../../../bot/channels/whatsApp/webhookPayload';
import { buttonReply, imageMessage, listReply } from './support/webhookFixtures';

const context = { phoneNumberId: '106540352242922', profileName: 'Asha' };

describe('toActivity', () => {
  it('gives a tapped card button the submit data as value and its title as text', () => {
    const message = buttonReply('1650', { id: 'v:{"action":"accept"}', title: 'Accept' }) as InboundMessage;
    const activity = toActivity(message, { ...context, payload: { value: { action: 'accept', planId: 'deferral-3' } } });
    expect(activity).toMatchObject({
      type: 'message',
      text: 'Accept',
      value: { action: 'accept', planId: 'deferral-3' },
      channelData: { whatsappType: 'interactive', replyToMessageId: 'wamid.previous' },
    });
  });

  it('gives a tapped choice its full text, not the shortened row title', () => {
    const message = listReply('1650', { id: 't:Reduced hours or pay cut at work', title: 'Reduced hours or pay cu…' }) as InboundMessage;
    const activity = toActivity(message, { ...context, payload: { text: 'Reduced hours or pay cut at work' } });
    expect(activity.text).toBe('Reduced hours or pay cut at work');
    expect(activity.value).toBeUndefined();
  });

  it('falls back to the title for replies it did not mint (template quick replies)', () => {
    const message = { from: '1650', id: 'wamid.t', timestamp: '1749416383', type: 'button', button: { payload: 'TALK', text: 'Talk to us' } } as InboundMessage;
    expect(toActivity(message, context).text).toBe('Talk to us');
  });

  it('turns media into a placeholder attachment the dialog can react to, never downloading it', () => {
    const activity = toActivity(imageMessage('1650') as InboundMessage, context);
    expect(activity.text).toBeUndefined();
    expect(activity.attachments).toEqual([{ contentType: 'application/vnd.whatsapp.image', name: 'image' }]);
    expect(activity.channelData).toMatchObject({ whatsappType: 'image' });
  });
});

describe('waIdOf', () => {
  it('reads the phone from a WhatsApp conversation id and refuses others', () => {
    expect(waIdOf('whatsapp:919812345678')).toBe('919812345678');
    expect(() => waIdOf('whatsapp:')).toThrow();
    expect(() => waIdOf('directline-123')).toThrow(/WhatsApp conversation id/);
    expect(() => waIdOf(undefined)).toThrow();
  });
});
