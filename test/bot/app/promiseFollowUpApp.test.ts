import { afterEach, describe, expect, it } from 'vitest';
import { computeBudget, createArrangement, instalmentSchedule, loadPolicy, makeOffers } from '../../../models/offers';
import { seededRandom } from '../../../models/shared/random';
import { FakeGraphServer } from '../../support/fakeGraphServer';
import { StaffClient } from '../../support/staffClient';
import { budgetInput } from '../../models/offers/fixtures';
import { startOutreachApp } from './outreachApp';

describe('the follow-up on a missed payment, in the app', () => {
  let graph: FakeGraphServer;
  afterEach(() => graph?.close());

  it('the outreach tick sends the follow-up template once and opens one "broken promise" case agents see in their queue', async () => {
    graph = await FakeGraphServer.start('wa-token');
    const { app, url } = await startOutreachApp(graph, '2026-03-02T05:30:00.000Z', {
      OUTREACH_TICK_MS: '50',
      PROMISE_FOLLOWUP_CASE_DAYS: '7',
      WHATSAPP_FOLLOWUP_TEMPLATE: 'account_follow_up',
    });
    // Agreed before Christmas, nothing paid: 20 January and 20 February missed, the next due on 20 March (no reminder yet).
    const loan = app.loanBook.all().find((l) => l.Phone)!;
    const agreed = new Date('2025-12-20T10:00:00Z');
    const policy = loadPolicy();
    const budget = computeBudget(budgetInput(60_000), policy);
    const offers = makeOffers(
      { loan, risk: { probability: 0.3, band: 'medium' }, budget, vulnerable: false, crisis: false, temporary: true, today: agreed },
      policy,
    );
    const plan = offers.plans.find((p) => p.type !== 'deferral' && p.termMonths >= 6)!;
    const arrangement = createArrangement({ loan, plan, channel: 'webchat', now: agreed, random: seededRandom(4) });
    await app.arrangements.save(arrangement);
    const [first] = instalmentSchedule(arrangement);

    await expect.poll(() => app.cases.openCases().filter((c) => c.reason === 'broken_promise').length, { timeout: 5000 }).toBe(1);
    // More ticks change nothing: one message, one case.
    await new Promise((r) => setTimeout(r, 300));
    expect(graph.sent).toHaveLength(1);
    expect(graph.sent[0].body).toMatchObject({
      type: 'template',
      template: { name: 'account_follow_up', components: [{ type: 'body', parameters: [{ text: 'Northwind Lending' }] }] },
    });
    expect(JSON.stringify(graph.sent[0].body)).not.toMatch(/₹|INR|LN_|FB-|2026/);
    const [opened] = app.cases.openCases().filter((c) => c.reason === 'broken_promise');
    expect(opened).toMatchObject({ loanId: loan.Loan_ID, channelId: 'promise-follow-up', status: 'queued' });
    expect(opened.note).toContain(arrangement.reference);
    expect(opened.conversation.conversation?.id).toBe(`${arrangement.reference}:${first.dueDate}`);

    const agent = await StaffClient.signIn(url, 'agent');
    const queue = (await agent.get('/api/agent/queue')).json.queue as { id: string; reason: string }[];
    expect(queue.find((c) => c.id === opened.id)?.reason).toBe('broken_promise');
    expect((await agent.get(`/api/agent/cases/${opened.id}`)).status).toBe(200);
  });
});
