import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signPayload } from '../../../bot/channels/whatsApp/signature';
import { APP_SECRET, PHONE_NUMBER_ID, textMessage, VERIFY_TOKEN, webhook } from '../channels/whatsApp/support/webhookFixtures';
import { DirectLineClient } from '../../support/directLineClient';
import { FakeGraphServer } from '../../support/fakeGraphServer';
import { startServerProcess } from '../../support/serverProcess';
import { borrowerTextCounts, pendingInbox } from '../../support/storedTranscripts';
import { tempDir } from '../../support/tempDir';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(100);
  }
}

function postWithId(client: DirectLineClient, text: string, clientActivityID: string): Promise<number> {
  return fetch(`${client.baseUrl}/v3/directline/conversations/${client.conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${client.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, channelData: { clientActivityID } }),
  }).then(
    (r) => r.status,
    () => 0,
  );
}

describe('crash: kill -9 during a Direct Line burst', () => {
  it('loses no acknowledged message, and client retries after the restart are processed once', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, MESSAGES_PER_MINUTE: '1000' };
    const first = startServerProcess(env);
    const url = await first.listening;
    // The start log says which trust mode /api/messages is in.
    expect(first.output()).toMatch(/unauthenticated Emulator mode: loopback callers/);
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const c = new DirectLineClient(url);
        await c.start();
        await c.botReplies(3);
        return c;
      }),
    );
    const messages = clients.flatMap((c, i) => Array.from({ length: 6 }, (_, k) => ({ c, text: `note ${i} ${k}`, id: `c${i}-${k}` })));
    const acked = new Set<string>();
    // Each client sends its messages in order (as Web Chat does); all clients at once.
    const sending = clients.map(async (c) => {
      for (const m of messages.filter((x) => x.c === c)) if ((await postWithId(c, m.text, m.id)) === 200) acked.add(m.text);
    });
    await waitUntil(async () => acked.size >= 12);
    first.child.kill('SIGKILL');
    await first.exited;
    await Promise.allSettled(sending);

    const second = startServerProcess(env);
    const url2 = await second.listening;
    await waitUntil(async () => (await pendingInbox(path.join(dataDir, 'inbox', 'directline'))) === 0);
    // Every client resends everything it is unsure of; here: all of it, acknowledged or not.
    for (const c of clients) {
      const again = Object.assign(new DirectLineClient(url2), { conversationId: c.conversationId, token: c.token });
      for (const m of messages.filter((x) => x.c === c)) expect(await postWithId(again, m.text, m.id)).toBe(200);
    }
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const counts = await borrowerTextCounts(dataDir);
    for (const text of acked) expect(counts.get(text), `acknowledged "${text}"`).toBe(1);
    for (const m of messages) expect(counts.get(m.text), `"${m.text}" once`).toBe(1);
  }, 90_000);
});

describe('crash: kill -9 right after a WhatsApp burst was acknowledged', () => {
  it('processes every acknowledged delivery after the restart, once', async () => {
    const graph = await FakeGraphServer.start();
    const dataDir = tempDir();
    const env = {
      DATA_DIR: dataDir,
      MESSAGES_PER_MINUTE: '1000',
      WHATSAPP_TOKEN: 'test-token',
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
      WHATSAPP_API_BASE_URL: graph.url,
    };
    try {
      const first = startServerProcess(env);
      const url = await first.listening;
      const texts = Array.from({ length: 40 }, (_, k) => `wa note ${k}`);
      const deliveries = texts.map((text, k) => {
        const raw = JSON.stringify(webhook({ messages: [textMessage(`4477009${String(k % 8).padStart(5, '0')}`, text)] }));
        return { raw, text };
      });
      const statuses = await Promise.all(
        deliveries.map(({ raw }) =>
          fetch(`${url}/api/whatsapp`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signPayload(APP_SECRET, raw) },
            body: raw,
          }).then((r) => r.status),
        ),
      );
      first.child.kill('SIGKILL');
      await first.exited;
      expect(statuses.filter((s) => s === 200)).toHaveLength(40);

      const second = startServerProcess(env);
      const url2 = await second.listening;
      await waitUntil(async () => (await pendingInbox(path.join(dataDir, 'whatsapp', 'inbox'))) === 0, 30_000);
      // Meta redelivers what it is unsure of: the same bytes, which must not run twice.
      const redelivered = await fetch(`${url2}/api/whatsapp`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signPayload(APP_SECRET, deliveries[0].raw) },
        body: deliveries[0].raw,
      });
      expect(redelivered.status).toBe(200);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      const counts = await borrowerTextCounts(dataDir);
      for (const text of texts) expect(counts.get(text), `"${text}" once`).toBe(1);
    } finally {
      await graph.close();
    }
  }, 90_000);
});
