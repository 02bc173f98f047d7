import { describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../../support/directLineClient';
import { startTestApp } from '../../../support/testApp';

describe('Direct Line endpoint', () => {
  it('starts a conversation, echoes the user activity with its clientActivityID, then the bot reply', async () => {
    const { url } = await startTestApp();
    const client = new DirectLineClient(url);
    await client.start();
    const welcome = await client.botReplies(1);
    expect(welcome[0].text).toMatch(/Northwind Lending/);

    const res = await client.post({ type: 'message', text: 'hello', channelData: { clientActivityID: 'abc123' } });
    expect(res.status).toBe(200);
    const { id } = await res.json();
    await client.botReplies(1);
    const echoed = client.received.find((a) => a.id === id)!;
    expect(echoed.from?.role).toBe('user');
    expect(echoed.channelData?.clientActivityID).toBe('abc123');
    const userIndex = client.received.indexOf(echoed);
    const replyIndex = client.received.findIndex((a, i) => i > userIndex && a.from?.role === 'bot');
    expect(replyIndex).toBeGreaterThan(userIndex);
    for (const activity of client.received) expect(activity.timestamp).toBeTruthy();
  });

  it('returns only activities after the watermark', async () => {
    const { url } = await startTestApp();
    const client = new DirectLineClient(url);
    await client.start();
    await client.botReplies(1);
    const mark = client.watermark;
    const again = await fetch(`${url}/v3/directline/conversations/${client.conversationId}/activities?watermark=${mark}`, {
      headers: { Authorization: `Bearer ${client.token}` },
    });
    expect((await again.json()).activities).toEqual([]);
  });

  it("refuses to let one browser read or post to another's conversation", async () => {
    const { url } = await startTestApp();
    const alice = new DirectLineClient(url);
    const mallory = new DirectLineClient(url);
    await alice.start();
    await mallory.start();
    const read = await fetch(`${url}/v3/directline/conversations/${alice.conversationId}/activities`, {
      headers: { Authorization: `Bearer ${mallory.token}` },
    });
    expect(read.status).toBe(403);
    const post = await fetch(`${url}/v3/directline/conversations/${alice.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${mallory.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
    expect(post.status).toBe(403);
    const forged = await fetch(`${url}/v3/directline/conversations/${alice.conversationId}/activities`, {
      headers: { Authorization: `Bearer ${alice.token.slice(0, -2)}xx` },
    });
    expect(forged.status).toBe(403);
    const none = await fetch(`${url}/v3/directline/conversations/${alice.conversationId}/activities`);
    expect(none.status).toBe(401);
  });

  it('rejects malformed JSON, bad activities and oversize messages with a clear error, and keeps the conversation usable', async () => {
    const { url } = await startTestApp({ MAX_MESSAGE_CHARS: '200' });
    const client = new DirectLineClient(url);
    await client.start();
    await client.botReplies(1);
    const post = (body: string) =>
      fetch(`${url}/v3/directline/conversations/${client.conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${client.token}`, 'Content-Type': 'application/json' },
        body,
      });
    const malformed = await post('{"type":"message",');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/Malformed JSON/);
    const badType = await post(JSON.stringify({ type: 'nonsense' }));
    expect(badType.status).toBe(400);
    const tooLong = await post(JSON.stringify({ type: 'message', text: 'x'.repeat(201) }));
    expect(tooLong.status).toBe(413);
    expect((await tooLong.json()).error.message).toMatch(/200 characters/);
    const fine = await client.say('still here?');
    expect(fine.length).toBeGreaterThan(0);
  });

  it('refreshes a token and reconnects to the same conversation', async () => {
    const { url } = await startTestApp();
    const client = new DirectLineClient(url);
    await client.start();
    const refreshed = await (
      await fetch(`${url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${client.token}` } })
    ).json();
    expect(refreshed.conversationId).toBe(client.conversationId);
    const reconnect = await fetch(`${url}/v3/directline/conversations/${client.conversationId}?watermark=0`, {
      headers: { Authorization: `Bearer ${refreshed.token}` },
    });
    expect(reconnect.status).toBe(200);
  });
});

describe('Direct Line abuse limits', () => {
  it('refuses more new conversations per minute from one address than configured, with Retry-After', async () => {
    const { url } = await startTestApp({ DIRECTLINE_NEW_CONVERSATIONS_PER_MINUTE: '3' });
    const generate = () => fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
    for (let i = 0; i < 3; i++) expect((await generate()).status).toBe(200);
    const refused = await generate();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe('TooManyRequests');
  });
});
