import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../../models/shared/random';
import { signPayload } from '../../../bot/channels/whatsApp/signature';
import { APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN } from '../channels/whatsApp/support/webhookFixtures';
import { DirectLineClient } from '../../support/directLineClient';
import { FakeGraphServer } from '../../support/fakeGraphServer';
import { startTestApp } from '../../support/testApp';

const KEYS = [
  'type',
  'text',
  'value',
  'from',
  'id',
  'conversation',
  'channelId',
  'serviceUrl',
  'name',
  'channelData',
  'attachments',
  'object',
  'entry',
  'password',
  'messages',
  '__proto__',
  'constructor',
];
const STRINGS = [
  '',
  'message',
  'trace',
  'emulator',
  'whatsapp',
  'http://127.0.0.1:9',
  'continueConversation',
  '=1+1',
  '\u0000',
  '😀',
  'x'.repeat(300),
  '../../etc/passwd',
  '{"a":',
];

/** A random JSON value of bounded depth: the shapes a hostile or broken client sends. */
function value(r: Random, depth: number): unknown {
  switch (r.int(depth > 3 ? 4 : 7)) {
    case 0:
      return r.chance(0.5) ? r.int(1e9) - 5e8 : r.uniform(-1e6, 1e6);
    case 1:
      return STRINGS[r.int(STRINGS.length)];
    case 2:
      return r.chance(0.5) ? null : r.chance(0.5);
    case 3:
      return 'y'.repeat(r.int(2000));
    case 4:
    case 5:
      return Object.fromEntries(Array.from({ length: r.int(6) }, () => [KEYS[r.int(KEYS.length)], value(r, depth + 1)]));
    default:
      return Array.from({ length: r.int(5) }, () => value(r, depth + 1));
  }
}

/** A body: mostly JSON shaped like an activity, sometimes raw bytes, bad UTF-8, deep nesting or huge. */
function body(r: Random): Buffer {
  const pick = r.int(10);
  if (pick === 0) return Buffer.from([0xff, 0xfe, 0x80, 0x00, 0x7b]);
  if (pick === 1) return Buffer.from('['.repeat(500 + r.int(5000)));
  if (pick === 2) return Buffer.from(JSON.stringify({ type: 'message', text: 'z'.repeat(r.int(300_000)) }));
  if (pick === 3) return Buffer.from(STRINGS[r.int(STRINGS.length)]);
  const base: Record<string, unknown> = r.chance(0.5)
    ? { type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `f${r.int(5)}` }, from: { id: 'u' }, text: 'hello' }
    : {};
  return Buffer.from(JSON.stringify({ ...base, ...(value(r, 0) as object) }));
}

describe('fuzz: every public endpoint, seeded', () => {
  it('answers a few hundred random requests without a 5xx and stays healthy', async () => {
    const graph = await FakeGraphServer.start();
    try {
      const { url } = await startTestApp({
        MESSAGES_PER_MINUTE: '10000',
        DIRECTLINE_NEW_CONVERSATIONS_PER_MINUTE: '10000',
        OUTBOUND_TIMEOUT_MS: '300',
        WHATSAPP_TOKEN: 'test-token',
        WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
        WHATSAPP_API_BASE_URL: graph.url,
      });
      const web = new DirectLineClient(url);
      await web.start();
      const r = createRandom(20261201);
      const dl = `/v3/directline/conversations/${web.conversationId}`;
      const targets: { method: string; path: string; auth?: string; sign?: boolean }[] = [
        { method: 'POST', path: '/api/messages' },
        { method: 'POST', path: `${dl}/activities`, auth: `Bearer ${web.token}` },
        { method: 'POST', path: `${dl}/upload`, auth: `Bearer ${web.token}` },
        { method: 'GET', path: `${dl}/activities?watermark=-1` },
        { method: 'POST', path: '/v3/directline/conversations', auth: 'Bearer x.y' },
        { method: 'POST', path: '/v3/directline/tokens/refresh', auth: `Bearer ${web.token}` },
        { method: 'POST', path: '/api/whatsapp', sign: true },
        { method: 'POST', path: '/api/whatsapp' },
        { method: 'GET', path: '/api/whatsapp?hub.mode=subscribe&hub.verify_token=no' },
        { method: 'POST', path: '/api/auth/login' },
        { method: 'POST', path: '/api/agent/cases/C-1/claim' },
        { method: 'GET', path: '/api/supervisor/conversations?from=%ZZ' },
        { method: 'GET', path: '/pages/%2e%2e%2fsecret' },
      ];
      const contentTypes = ['application/json', 'text/plain', 'application/json; charset=latin1', '', 'application/x-www-form-urlencoded'];
      const failures: string[] = [];
      for (let i = 0; i < 300; i++) {
        const target = targets[r.int(targets.length)];
        const payload = body(r);
        const headers: Record<string, string> = {};
        const type = contentTypes[r.int(contentTypes.length)];
        if (type) headers['Content-Type'] = type;
        if (target.auth) headers.Authorization = target.auth;
        if (target.sign) headers['X-Hub-Signature-256'] = signPayload(APP_SECRET, payload);
        const res = await fetch(`${url}${target.path}`, {
          method: target.method,
          headers,
          body: target.method === 'GET' ? undefined : new Uint8Array(payload),
        });
        const text = await res.text();
        if (res.status >= 500 && res.status !== 503) failures.push(`${i} ${target.method} ${target.path} → ${res.status} ${text.slice(0, 120)}`);
        if (/\/work\/|node_modules|at [\w.]+ \(/.test(text)) failures.push(`${i} ${target.path} leaked internals: ${text.slice(0, 120)}`);
      }
      expect(failures).toEqual([]);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const after = new DirectLineClient(url);
      await after.start();
      expect((await after.botReplies(1)).length).toBeGreaterThan(0);
    } finally {
      await graph.close();
    }
  }, 120_000);
});
