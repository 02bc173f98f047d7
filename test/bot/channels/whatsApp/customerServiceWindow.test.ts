import { describe, expect, it } from 'vitest';
import { isWindowOpen, templateBody } from '../../../../bot/channels/whatsApp/customerServiceWindow';

describe('customer-service window', () => {
  it('is open for 24 hours after the last inbound message, and closed without one', () => {
    const last = '2026-01-05T10:00:00.000Z';
    expect(isWindowOpen(last, new Date('2026-01-06T09:59:59Z'))).toBe(true);
    expect(isWindowOpen(last, new Date('2026-01-06T10:00:00Z'))).toBe(false);
    expect(isWindowOpen(undefined, new Date())).toBe(false);
    expect(isWindowOpen('garbage', new Date())).toBe(false);
  });

  it('builds the configured template message', () => {
    expect(templateBody('1650', { name: 'plan_update', language: 'en_GB' })).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '1650',
      type: 'template',
      template: { name: 'plan_update', language: { code: 'en_GB' } },
    });
  });
});
