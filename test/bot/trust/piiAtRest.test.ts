import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signPayload } from '../../../bot/channels/whatsApp/signature';
import { APP_SECRET, PHONE_NUMBER_ID, textMessage, VERIFY_TOKEN, webhook } from '../channels/whatsApp/support/webhookFixtures';
import { DirectLineClient } from '../../support/directLineClient';
import { FakeGraphServer } from '../../support/fakeGraphServer';
import { startTestApp } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';

/** What the probe sent, and the raw forms that must not be found anywhere under DATA_DIR afterwards. */
const SAMPLES: [text: string, raw: string[]][] = [
  ['my aadhaar is 2345 6789 0123', ['2345 6789 0123', '234567890123']],
  ['PAN ABCPE1234K and abcpe1234k', ['ABCPE1234K', 'abcpe1234k']],
  ['call 9876543210 or +91 98765 43210', ['9876543210', '98765 43210']],
  ['pay 9876543210@ybl', ['9876543210@ybl']],
  ['office (020) 7946 0123', ['7946 0123']],
  ['card 4111.1111.1111.1111', ['4111.1111.1111.1111']],
  ['born 17th August 1969, i.e. August 17, 1969 or 1969-08-17', ['17th August 1969', 'August 17, 1969', '1969-08-17']],
  ['mykad 690817-14-5123', ['690817-14-5123']],
];
const WA_ID = '919812345678';

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('attack: PII typed into every channel', () => {
  it('nothing identifying is found raw anywhere under DATA_DIR', async () => {
    const graph = await FakeGraphServer.start();
    const dataDir = tempDir();
    try {
      const { url, app } = await startTestApp(
        {
          MESSAGES_PER_MINUTE: '1000',
          WHATSAPP_TOKEN: 'test-token',
          WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
          WHATSAPP_APP_SECRET: APP_SECRET,
          WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
          WHATSAPP_API_BASE_URL: graph.url,
        },
        dataDir,
      );
      const web = new DirectLineClient(url);
      await web.start();
      await web.botReplies(3);
      await web.say('yes');
      // At the loan-reference prompt, then at the secret prompt, then anywhere.
      for (const [text] of SAMPLES) await web.say(text);
      await web.say({
        type: 'message',
        value: { note: SAMPLES[0][0] },
        attachments: [{ contentType: 'image/png', name: 'aadhaar-2345-6789-0123.png' }],
      } as never);
      for (const [text] of SAMPLES) {
        const raw = JSON.stringify(webhook({ messages: [textMessage(WA_ID, text)], names: { [WA_ID]: 'Asha Verma' } }));
        const res = await fetch(`${url}/api/whatsapp`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signPayload(APP_SECRET, raw) },
          body: raw,
        });
        expect(res.status).toBe(200);
      }
      await graph.waitForSends(SAMPLES.length, 15_000);
      await new Promise((r) => setTimeout(r, 500));
      await app.close();
      const stored = allFiles(dataDir).map((f) => [f, readFileSync(f, 'utf8')] as const);
      const forbidden = [...SAMPLES.flatMap(([, raw]) => raw), WA_ID, '9812345678', 'Asha Verma'];
      for (const [file, content] of stored) for (const raw of forbidden) expect(content.includes(raw), `${raw} in ${path.relative(dataDir, file)}`).toBe(false);
      // Supervisors still tell borrowers apart.
      expect(stored.some(([, c]) => c.includes('+91 98•••••678'))).toBe(true);
    } finally {
      await graph.close();
    }
  }, 60_000);
});
