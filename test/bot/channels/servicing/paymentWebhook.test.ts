import { describe, expect, it } from 'vitest';
import { signServicingPayload } from '../../../../bot/channels/servicing/servicingSignature';
import { PAYMENT_WEBHOOK_PATH } from '../../../../bot/channels/servicing/paymentWebhook';
import { startTestApp } from '../../../support/testApp';

const SECRET = 'servicing-test-secret-0123456789abcdef';

async function post(url: string, body: string, headers: Record<string, string>) {
  const res = await fetch(url + PAYMENT_WEBHOOK_PATH, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

function signed(body: string, at = Math.floor(Date.now() / 1000), secret = SECRET) {
  const timestamp = String(at);
  return { 'x-forbear-timestamp': timestamp, 'x-forbear-signature': signServicingPayload(secret, timestamp, body) };
}

const today = new Date().toISOString().slice(0, 10);
const delivery = (id: string, payments: unknown[]) => JSON.stringify({ id, payments });

describe('servicing payment webhook', () => {
  it('records signed payments once, reports bad items by position, and keeps references idempotent', async () => {
    const { url } = await startTestApp({ SERVICING_WEBHOOK_SECRET: SECRET, MAX_BODY_BYTES: '4096' });
    const body = delivery('delivery-0001', [
      { loan: 'LN_90001', date: today, amount: 1500, reference: 'PAY-1' },
      { loan: 'LN_99999', date: today, amount: 10, reference: 'PAY-2' },
      { loan: 'LN_90001', date: 'yesterday', amount: 0, reference: 'PAY-3' },
    ]);
    const first = await post(url, body, signed(body));
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      recorded: 1,
      duplicates: 0,
      rejected: [{ index: 1, reason: expect.stringMatching(/not in the loan book/) }, { index: 2 }],
    });

    const retry = delivery('delivery-0002', [{ loan: 'LN_90001', date: today, amount: 1500, reference: 'PAY-1' }]);
    expect((await post(url, retry, signed(retry))).json).toMatchObject({ recorded: 0, duplicates: 1 });
    const contradicting = delivery('delivery-0003', [{ loan: 'LN_90001', date: today, amount: 9, reference: 'PAY-1' }]);
    expect((await post(url, contradicting, signed(contradicting))).json).toMatchObject({
      recorded: 0,
      rejected: [{ index: 0, reason: expect.stringMatching(/different/) }],
    });
  });

  it('refuses a forged signature, a stale timestamp and a replayed delivery id', async () => {
    const { url } = await startTestApp({ SERVICING_WEBHOOK_SECRET: SECRET });
    const body = delivery('delivery-replay', [{ loan: 'LN_90001', date: today, amount: 1, reference: 'PAY-R' }]);
    expect((await post(url, body, signed(body, undefined, 'another-secret-of-the-right-length-000'))).status).toBe(401);
    expect((await post(url, body, { 'x-forbear-timestamp': String(Math.floor(Date.now() / 1000)) })).status).toBe(401);
    const tampered = body.replace('"amount":1', '"amount":1000');
    expect((await post(url, tampered, signed(body))).status).toBe(401);
    const stale = await post(url, body, signed(body, Math.floor(Date.now() / 1000) - 3600));
    expect(stale).toMatchObject({ status: 401, json: { error: expect.stringMatching(/window/) } });
    expect((await post(url, body, signed(body))).status).toBe(200);
    const replay = await post(url, body, signed(body));
    expect(replay).toMatchObject({ status: 409, json: { error: expect.stringMatching(/already received/) } });
  });

  it('answers malformed and oversize deliveries with 400 and 413, and is off without a secret', async () => {
    const { url } = await startTestApp({ SERVICING_WEBHOOK_SECRET: SECRET, MAX_BODY_BYTES: '2048' });
    for (const bad of ['{not json', '[]', delivery('short', [{}]), delivery('delivery-empty', []), JSON.stringify({ id: 'delivery-x', payments: [1] })]) {
      expect((await post(url, bad, signed(bad))).status).toBe(400);
    }
    const big = delivery('delivery-big', [{ loan: 'LN_1', date: today, amount: 1, reference: 'x'.repeat(3000) }]);
    expect((await post(url, big, signed(big))).status).toBe(413);
    const off = await startTestApp();
    expect((await post(off.url, big, signed(big))).status).toBe(404);
  });
});
