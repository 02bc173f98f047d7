import { describe, expect, it } from 'vitest';
import { emulatorActivity } from '../../support/connectorRecorder';
import { DirectLineClient } from '../../support/directLineClient';
import { startTestApp } from '../../support/testApp';
import { MAX_TRANSCRIPT_ENTRIES } from '../../../bot/casework/transcripts/transcriptStore';

const apiMessages = (url: string, body: unknown) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('attack: flooding one conversation', () => {
  it('a 196 KB value is refused on Direct Line and /api/messages, so transcripts and memory do not balloon', async () => {
    const { url } = await startTestApp({ MAX_BODY_BYTES: '262144' });
    const client = new DirectLineClient(url);
    await client.start();
    await client.botReplies(3);
    const big = { blob: 'x'.repeat(196 * 1024) };
    expect((await client.post({ type: 'message', value: big })).status).toBe(400);
    expect((await apiMessages(url, emulatorActivity('http://127.0.0.1:9', 'big', { value: big }))).status).toBe(400);
  });

  it('MAX_MESSAGE_CHARS holds on /api/messages (413)', async () => {
    const { url } = await startTestApp({ MAX_MESSAGE_CHARS: '100' });
    expect((await apiMessages(url, emulatorActivity('http://127.0.0.1:9', 'long', { text: 'x'.repeat(101) }))).status).toBe(413);
  });

  it('messages per minute are limited per conversation (429 with Retry-After)', async () => {
    const { url } = await startTestApp({ MESSAGES_PER_MINUTE: '3' });
    const client = new DirectLineClient(url);
    await client.start();
    await client.botReplies(3);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await client.post(`flood ${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await apiMessages(url, emulatorActivity('http://127.0.0.1:9', 'c', { text: 'a' }));
    expect(res.status).toBe(200);
  });

  it('a stored transcript stops growing at its cap', async () => {
    const { app } = await startTestApp();
    const entry = { at: new Date().toISOString(), speaker: 'borrower' as const, kind: 'message' as const, text: 'again' };
    await app.transcripts.append(
      'directline',
      'cap',
      Array.from({ length: MAX_TRANSCRIPT_ENTRIES + 50 }, () => entry),
    );
    const doc = await app.transcripts.get('directline:cap');
    expect(doc!.entries).toHaveLength(MAX_TRANSCRIPT_ENTRIES + 1);
    expect(doc!.summary.messages).toBe(MAX_TRANSCRIPT_ENTRIES + 50);
  });
});
