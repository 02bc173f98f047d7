import type { CardAction } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { renderActivity } from '../../../../bot/channels/whatsApp/renderer';
import { sendBodyProblem } from '../../../support/fakeGraphServer';

describe('a link on WhatsApp', () => {
  it('one https link and nothing to choose is a call-to-action button; a second link or a choice keeps links as text', () => {
    const url = 'https://help.northwind.example/confirmation/FB-7K3QX9.1.2.' + 'a'.repeat(64);
    const card = (buttons: CardAction[]) => ({ contentType: 'application/vnd.microsoft.card.hero', content: { buttons } });
    const one = renderActivity(
      {
        type: 'message',
        text: 'Your written confirmation is here.',
        attachments: [card([{ type: 'openUrl', title: 'Open my written confirmation', value: url }])],
      },
      '447700900123',
    );
    expect(one.bodies).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '447700900123',
        type: 'interactive',
        interactive: {
          type: 'cta_url',
          body: { text: 'Your written confirmation is here.' },
          action: { name: 'cta_url', parameters: { display_text: 'Open my written con…', url } },
        },
      },
    ]);
    expect(one.bodies.map(sendBodyProblem)).toEqual([undefined]);
    const two = renderActivity(
      {
        type: 'message',
        text: 'Links',
        attachments: [
          card([
            { type: 'openUrl', title: 'A', value: url },
            { type: 'openUrl', title: 'B', value: `${url}b` },
          ]),
        ],
      },
      '447700900123',
    );
    expect(two.bodies.map((b) => b.type)).toEqual(['text']);
    expect(JSON.stringify(two.bodies)).toContain(`A: ${url}`);
    const plain = renderActivity(
      { type: 'message', text: 'Old link', attachments: [card([{ type: 'openUrl', title: 'Open', value: 'http://localhost:3978/x' }])] },
      '447700900123',
    );
    expect(plain.bodies).toMatchObject([{ type: 'text', text: { body: 'Old link\n\nOpen: http://localhost:3978/x' } }]);
  });
});
