import type { TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../channels/whatsApp/support/channelHarness';
import { textMessage, webhook } from '../channels/whatsApp/support/webhookFixtures';
import { tempDir } from '../../support/tempDir';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('attack: flooding over WhatsApp', () => {
  it('MAX_MESSAGE_CHARS holds (the bot reads only the first part) and extra messages per minute are dropped', async () => {
    const seen: string[] = [];
    harness = await startHarness({
      dataDir: tempDir(),
      logic: async (c: TurnContext) => void seen.push(c.activity.text ?? ''),
      maxMessageChars: 100,
      messagesPerMinute: 3,
    });
    await harness.post(webhook({ messages: [textMessage('447700900111', 'x'.repeat(5000))] }));
    expect(seen[0]).toHaveLength(100);
    for (let i = 0; i < 4; i++) await harness.post(webhook({ messages: [textMessage('447700900111', `again ${i}`)] }));
    expect(seen).toHaveLength(3);
  });
});
