import { describe, expect, it } from 'vitest';
import { emulatorActivity, startConnectorRecorder } from '../../../support/connectorRecorder';
import { startTestApp } from '../../../support/testApp';

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('POST /api/messages (Bot Framework protocol, no app id = Emulator mode)', () => {
  it('accepts an unauthenticated Emulator activity and replies to its serviceUrl', async () => {
    const { url } = await startTestApp();
    const connector = await startConnectorRecorder();
    const activity = emulatorActivity(connector.serviceUrl, 'conv-1', {
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'user-1', name: 'User' }],
    });
    const res = await post(url, JSON.stringify(activity));
    expect(res.status).toBe(200);
    const calls = await connector.waitFor(1);
    expect(calls[0].method).toBe('POST');
    expect(calls[0].path).toBe(`/v3/conversations/conv-1/activities/${activity.id}`);
    expect(calls[0].body.type).toBe('message');
    expect(calls[0].body.replyToId).toBe(activity.id);
    expect(calls[0].headers.authorization).toBeUndefined();
  });

  it('refuses malformed JSON and oversize bodies with a clear error', async () => {
    const { url } = await startTestApp({ MAX_BODY_BYTES: '2048' });
    const bad = await post(url, '{"type": "message",,}');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/Malformed JSON/);
    const big = await post(url, JSON.stringify({ type: 'message', text: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
  });

  it('requires a valid Bot Connector token once an app id is configured', async () => {
    const { url } = await startTestApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' });
    const connector = await startConnectorRecorder();
    const res = await post(url, JSON.stringify(emulatorActivity(connector.serviceUrl, 'conv-2')));
    expect(res.status).toBe(401);
    expect(connector.calls).toHaveLength(0);
  });
});

describe('health', () => {
  it('reports liveness and readiness', async () => {
    const { url, app } = await startTestApp();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    const body = await ready.json();
    expect(body.checks.find((c: { name: string }) => c.name === 'loanBook').ok).toBe(true);
    await app.close();
  });
});

describe('pages', () => {
  it('are served with a content security policy that keeps them to this server', async () => {
    const { url } = await startTestApp();
    for (const path of ['/', '/agent', '/supervisor']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self';.*frame-ancestors 'none'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    const bundle = await fetch(`${url}/assets/webchat.js`);
    expect(bundle.headers.get('content-type')).toBe('application/javascript');
    expect((await fetch(`${url}/pages/..%2Fstatic.ts`)).status).toBe(404);
  });
});
