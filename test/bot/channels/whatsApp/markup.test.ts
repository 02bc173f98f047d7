import { describe, expect, it } from 'vitest';
import { renderActivity } from '../../../../bot/channels/whatsApp/renderer';
import { toWhatsAppMarkup } from '../../../../bot/channels/whatsApp/markup';

describe('WhatsApp markup', () => {
  it('turns the bot markdown into WhatsApp markup', () => {
    expect(toWhatsAppMarkup('Your reference is **FB-7K3QX9**.')).toBe('Your reference is *FB-7K3QX9*.');
    expect(toWhatsAppMarkup('__please__ read [our privacy notice](https://example.com/privacy)')).toBe(
      '_please_ read our privacy notice (https://example.com/privacy)',
    );
    expect(toWhatsAppMarkup('see [https://x.test/a](https://x.test/a)')).toBe('see https://x.test/a');
    expect(toWhatsAppMarkup('2 * 3 = 6, a_b_c and **unclosed')).toBe('2 * 3 = 6, a_b_c and **unclosed');
  });

  it('is applied to message text when rendering', () => {
    const { bodies } = renderActivity({ type: 'message', text: 'All **set**' }, '447700900001');
    expect(bodies[0]).toMatchObject({ type: 'text', text: { body: 'All *set*' } });
  });
});
