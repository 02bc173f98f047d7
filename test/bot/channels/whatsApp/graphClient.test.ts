import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphApiError } from '../../../../bot/channels/whatsApp/graphApiError';
import { GraphClient } from '../../../../bot/channels/whatsApp/graphClient';
import type { TextBody } from '../../../../bot/channels/whatsApp/sendBody';
import { FakeGraphServer } from '../../../support/fakeGraphServer';

const hello: TextBody = { messaging_product: 'whatsapp', recipient_type: 'individual', to: '919812345678', type: 'text', text: { body: 'Hello' } };

let graph: FakeGraphServer;
let sleeps: number[];
beforeEach(async () => {
  graph = await FakeGraphServer.start('token-1');
  sleeps = [];
});
afterEach(() => graph.close());

const client = (overrides: Partial<ConstructorParameters<typeof GraphClient>[0]> = {}) =>
  new GraphClient({
    baseUrl: `${graph.url}/`,
    version: 'v21.0',
    phoneNumberId: '106540352242922',
    token: 'token-1',
    backoffMs: 100,
    random: () => 1,
    sleep: async (ms) => void sleeps.push(ms),
    ...overrides,
  });

describe('GraphClient', () => {
  it('posts to /{version}/{phone_number_id}/messages with the bearer token and returns the wamid', async () => {
    const result = await client().send(hello);
    expect(result.waId).toBe('919812345678');
    expect(graph.sent).toEqual([{ version: 'v21.0', phoneNumberId: '106540352242922', messageId: result.messageId, body: hello }]);
  });

  it('retries 5xx and 429 with doubling backoff, then succeeds', async () => {
    graph.failNext(1, { status: 500, code: 2 });
    graph.failNext(1, { status: 429, code: 130429 });
    await client().send(hello);
    expect(sleeps).toEqual([100, 200]);
    expect(graph.sent).toHaveLength(1);
  });

  it("does not retry a refusal and surfaces Meta's error fields", async () => {
    graph.failNext(1, { status: 400, code: 131047, message: 'Re-engagement message' });
    const error = await client()
      .send(hello)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 400, code: 131047, windowClosed: true, retryable: false });
    expect((error as GraphApiError).fbtraceId).toMatch(/^trace/);
    expect(sleeps).toEqual([]);
  });

  it('gives up after the configured attempts', async () => {
    graph.failNext(5, { status: 503, code: 2 });
    await expect(client({ attempts: 3 }).send(hello)).rejects.toMatchObject({ status: 503, retryable: true });
    expect(sleeps).toHaveLength(2);
    expect(graph.refused).toHaveLength(3);
  });

  it('treats an unreachable server as retryable (status 0) and a wrong token as a refusal', async () => {
    await expect(client({ baseUrl: 'http://127.0.0.1:9', attempts: 2 }).send(hello)).rejects.toMatchObject({ status: 0 });
    expect(sleeps).toHaveLength(1);
    await expect(client({ token: 'wrong' }).send(hello)).rejects.toMatchObject({ status: 401, code: 190 });
  });

  it('checks its options up front', () => {
    expect(() => client({ version: '21' })).toThrow(/v21\.0/);
    expect(() => client({ attempts: 0 })).toThrow(/attempts/);
  });
});
