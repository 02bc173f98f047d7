import { describe, expect, it } from 'vitest';
import { emulatorRefusal, isLoopbackAddress } from '../../../bot/channels/botFramework/emulatorGuard';
import { ProactiveRouter } from '../../../bot/app/proactiveRouter';
import { emulatorActivity, startConnectorRecorder } from '../../support/connectorRecorder';
import { DirectLineClient } from '../../support/directLineClient';
import { startTestApp } from '../../support/testApp';

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const WHATSAPP_BORROWER = { channelId: 'whatsapp', conversation: { id: 'whatsapp:919876543210' }, from: { id: '919876543210', name: 'x' } };

describe('attack: impersonating another channel over /api/messages', () => {
  it('Emulator mode refuses a claimed channelId other than "emulator"', async () => {
    const { url, app } = await startTestApp();
    const connector = await startConnectorRecorder();
    const res = await post(url, emulatorActivity(connector.serviceUrl, 'x', { ...WHATSAPP_BORROWER, text: 'START' }));
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/channelId "emulator"/);
    expect(connector.calls).toHaveLength(0);
    expect(app.transcripts.allSummaries()).toHaveLength(0);
  });

  it('Emulator mode refuses a serviceUrl that is not loopback or allow-listed (no loan details go to the attacker)', async () => {
    const { url } = await startTestApp();
    const res = await post(url, emulatorActivity('https://attacker.example', 'conv-x'));
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/serviceUrl is not allowed/);
  });

  it('only loopback callers, unless EMULATOR_ALLOW_REMOTE opts in', () => {
    const policy = { allowRemote: false, serviceUrls: [] };
    const activity = { channelId: 'emulator', serviceUrl: 'http://localhost:5000' };
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(emulatorRefusal(policy, '203.0.113.9', activity)).toMatch(/this machine only/);
    expect(emulatorRefusal(policy, '127.0.0.1', activity)).toBeUndefined();
    expect(emulatorRefusal({ ...policy, allowRemote: true }, '203.0.113.9', activity)).toBeUndefined();
    expect(
      emulatorRefusal({ allowRemote: true, serviceUrls: ['https://bridge.example'] }, '203.0.113.9', { ...activity, serviceUrl: 'https://bridge.example/x' }),
    ).toBeUndefined();
  });

  it('even when opted in, a claimed "whatsapp" conversation is keyed under bf. and never reaches WhatsApp state', async () => {
    const { url, app } = await startTestApp({ EMULATOR_ALLOW_REMOTE: 'true' });
    const connector = await startConnectorRecorder();
    const res = await post(url, emulatorActivity(connector.serviceUrl, 'x', { ...WHATSAPP_BORROWER, text: 'hello' }));
    expect(res.status).toBe(200);
    await connector.waitFor(1);
    const keys = app.transcripts.allSummaries().map((s) => s.key);
    expect(keys).toEqual(['bf.whatsapp:whatsapp:919876543210']);
    // Replies still carry the channel id the connector knows.
    expect(connector.calls[0].body.channelId).toBe('whatsapp');
  });

  it('a claimed "directline" conversation cannot reach a Web Chat conversation', async () => {
    const { url, app } = await startTestApp({ EMULATOR_ALLOW_REMOTE: 'true' });
    const borrower = new DirectLineClient(url);
    await borrower.start();
    await borrower.botReplies(3);
    const connector = await startConnectorRecorder();
    await post(url, emulatorActivity(connector.serviceUrl, borrower.conversationId, { channelId: 'directline', text: 'yes' }));
    const dl = app.transcripts.summary(`directline:${borrower.conversationId}`);
    expect(dl?.messages ?? 0).toBe(0);
  });

  it('the proactive router cannot be steered to an unregistered channel', async () => {
    const connectorCalls: string[] = [];
    const router = new ProactiveRouter(async (ref) => void connectorCalls.push(String(ref.channelId)));
    await expect(router.send({ channelId: 'whatsapp', conversation: { id: 'whatsapp:1' } as never }, async () => undefined)).rejects.toThrow(/No channel/);
    await router.send({ channelId: 'bf.emulator' }, async () => undefined);
    expect(connectorCalls).toEqual(['bf.emulator']);
  });
});

describe('attack: forging decisions, agents and hidden messages', () => {
  it('inbound traces are refused, channelData cannot claim an agent, and a name cannot hide a message', async () => {
    const { url, app } = await startTestApp();
    const connector = await startConnectorRecorder();
    const conv = 'forge-1';
    const trace = await post(
      url,
      emulatorActivity(connector.serviceUrl, conv, { type: 'trace', name: 'forbear.decision', value: { kind: 'arrangement', value: {} } }),
    );
    expect(trace.status).toBe(400);
    expect((await post(url, emulatorActivity(connector.serviceUrl, conv, { text: 'hi', channelData: { agent: 'supervisor' } }))).status).toBe(200);
    const hidden = await post(url, emulatorActivity(connector.serviceUrl, conv, { text: 'hidden?', name: 'continueConversation' }));
    expect(hidden.status).toBe(400);
    const doc = await app.transcripts.get(`bf.emulator:${conv}`);
    const borrowerLines = doc!.entries.filter((e) => e.speaker !== 'bot');
    expect(borrowerLines.map((e) => e.speaker)).toEqual(['borrower']);
    expect(doc!.entries.filter((e) => e.kind === 'decision' && e.decision?.kind === 'arrangement')).toHaveLength(0);
  });
});

describe('attack: malformed activities on /api/messages', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['missing type', { type: undefined }],
    ['numeric type', { type: 7 }],
    ['string conversation', { conversation: 'abc' }],
    ['numeric from.id', { from: { id: 42 } }],
    ['no serviceUrl', { serviceUrl: undefined }],
    ['text as object', { text: { a: 1 } }],
  ];
  it.each(cases)('%s gets 400 with a one-line reason', async (_name, override) => {
    const { url } = await startTestApp();
    const res = await post(url, emulatorActivity('http://127.0.0.1:9', 'malformed', override));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toMatch(/^Invalid activity: /);
    expect(error).not.toMatch(/\n|\/work|node_modules/);
  });

  it('a silent serviceUrl cannot hold the turn open, and the error body names no host', async () => {
    const { url } = await startTestApp({ OUTBOUND_TIMEOUT_MS: '300' });
    const silent = (await import('node:net')).createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const port = (silent.address() as { port: number }).port;
    const started = Date.now();
    const res = await post(url, emulatorActivity(`http://127.0.0.1:${port}`, 'silent', { text: 'hello' }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await res.text()).not.toMatch(/127\.0\.0\.1|ECONN/);
    silent.close();
  });
});
