import { afterEach, describe, expect, it } from 'vitest';
import { FakeGraphServer } from '../../support/fakeGraphServer';
import { StaffClient } from '../../support/staffClient';
import { signed, status, textMessage, webhook } from '../channels/whatsApp/support/webhookFixtures';
import type { CampaignOutcomes } from '../../../bot/casework/outreach/outcomes';
import { CAMPAIGN_INPUT, startOutreachApp } from './outreachApp';
import { inHoldout } from '../../../models/outreach/holdout';

async function post(url: string, body: unknown): Promise<void> {
  const { raw, signature } = signed(body);
  const res = await fetch(`${url}/api/whatsapp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signature },
    body: raw,
  });
  expect(res.status).toBe(200);
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('an outreach campaign on WhatsApp (fake Graph API)', () => {
  let graph: FakeGraphServer;
  afterEach(() => graph?.close());

  it('sends templates within the cap, records holdout and suppressions, and counts statuses and replies', async () => {
    graph = await FakeGraphServer.start('wa-token');
    const { url, app, clock } = await startOutreachApp(graph);
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const id = String((await supervisor.call('POST', '/api/supervisor/campaigns', CAMPAIGN_INPUT)).json.id);
    // A borrower outside the holdout (which is drawn per campaign), so the hold is what stops them, not the draw.
    const held = app.loanBook.all().find((l, i) => i >= 5 && !inHoldout(id, l.Loan_ID, CAMPAIGN_INPUT.holdoutShare))!.Loan_ID;
    await supervisor.call('PUT', `/api/supervisor/loans/${held}/contact-flags`, { holds: ['bereavement'] });
    expect((await supervisor.call('POST', `/api/supervisor/campaigns/${id}/start`)).status).toBe(200);

    // Hour by hour through the borrowers' day (11:00 to 18:00 in India), as the scheduler's timer would.
    for (let hour = 0; hour < 8; hour++, clock.now = new Date(clock.now.getTime() + 3_600_000)) await app.outreach.scheduler.tick();
    expect(graph.sent).toHaveLength(CAMPAIGN_INPUT.dailyCap);
    for (const send of graph.sent) {
      // Outside the 24-hour window only a template may go; it names the lender and nothing about the debt.
      expect(send.body).toMatchObject({ type: 'template', template: { name: 'payment_support', language: { code: 'en' } } });
      expect(JSON.stringify(send.body.template)).toContain('Northwind Lending');
      // The callback data names the campaign and a digest of the send, never the loan.
      expect(send.body.biz_opaque_callback_data).toMatch(new RegExp(`^${id}\\.[0-9a-f]{32}$`));
      // What the borrower is shown (the callback data goes back to us only, and its digits are no amount).
      const { biz_opaque_callback_data: _reference, ...shown } = send.body;
      expect(JSON.stringify(shown)).not.toMatch(/₹|INR|overdue|arrears|balance|\d{4,}\.\d/);
    }
    // A second tick the same day sends nothing more: the daily cap holds, and nothing is sent twice.
    await app.outreach.scheduler.tick();
    expect(graph.sent).toHaveLength(CAMPAIGN_INPUT.dailyCap);

    const [first, second] = graph.sent;
    const firstTo = String(first.body.to);
    await post(
      url,
      webhook({
        statuses: [
          { ...status(first.messageId, firstTo, 'sent'), biz_opaque_callback_data: first.body.biz_opaque_callback_data },
          status(first.messageId, firstTo, 'delivered'),
          status(first.messageId, firstTo, 'read'),
        ],
      }),
    );
    await post(
      url,
      webhook({ statuses: [status(second.messageId, String(second.body.to), 'failed', Date.now(), [{ code: 131026, title: 'Message undeliverable' }])] }),
    );
    const before = graph.sent.length;
    await post(url, webhook({ messages: [textMessage(firstTo, 'hi, you wrote to me')] }));
    // The reply starts the usual intake: a welcome that asks to verify, still nothing about the debt.
    const [welcome] = await graph.waitForSends(before + 1, 10_000).then((s) => s.slice(before));
    expect(JSON.stringify(welcome.body)).toMatch(/Northwind Lending virtual assistant/);

    const outcomes = async () => (await supervisor.get(`/api/supervisor/campaigns/${id}/outcomes`)).json as unknown as CampaignOutcomes;
    await until(async () => (await outcomes()).totals.replies === 1 && (await outcomes()).totals.failures === 1, 'statuses and the reply');
    const o = await outcomes();
    expect(o.totals).toMatchObject({ sends: 6, deliveries: 1, reads: 1, failures: 1, replies: 1, intakesStarted: 1 });
    expect(o.totals.heldOut).toBeGreaterThan(0);
    expect(o.byChannel.whatsapp.sends).toBe(6);
    expect(Object.values(o.byHour as Record<string, { sends: number }>).reduce((n, t) => n + t.sends, 0)).toBe(6);
    expect(o.suppressionsByRule.bereavement_hold).toBe(1);
    expect(o.suppressionsByRule.campaign_daily_cap).toBeGreaterThan(0);
    expect(o.lift).toMatchObject({ treatedBorrowers: 6 });
    expect(o.lift.low).toBeLessThanOrEqual(o.lift.difference);
    expect(o.lift.high).toBeGreaterThanOrEqual(o.lift.difference);
  });
});
