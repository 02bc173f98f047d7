import { describe, expect, it } from 'vitest';
import { SETTLEMENT_TYPES } from '../../../../models/offers/plan';
import { DirectLineClient } from '../../../support/directLineClient';
import { AGENTS_AVAILABLE, StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

type PlanLike = { id: string; type: string };
const settlements = (plans: PlanLike[]) => plans.filter((p) => SETTLEMENT_TYPES.includes(p.type as never));
const cardPlans = (replies: { attachments?: { content?: unknown }[] }[]) =>
  replies.flatMap((r) => r.attachments ?? []).map((a) => JSON.stringify(a.content ?? ''));

/**
 * The demo medium-band borrower (LN_90002) with a budget no household lives on (₹200 of essentials a month for three
 * people). Left with most of the income, this band is offered a settlement unless the signal holds it back.
 */
async function flaggedBudget() {
  const running = await startTestApp(AGENTS_AVAILABLE);
  const borrower = new DirectLineClient(running.url);
  await borrower.start();
  await borrower.botReplies(1);
  for (const answer of [
    'yes',
    'LN_90002',
    '02/07/1980',
    'work has dried up, I am self employed and my income dropped a lot',
    'yes',
    "I don't know",
    '58500',
    '100',
    '100',
    '0',
  ])
    await borrower.say(answer);
  const flagged = running.app.cases.openCaseFor('directline', borrower.conversationId);
  expect(flagged?.reason).toBe('fraud_review');
  const supervisor = await StaffClient.signIn(running.url, 'supervisor');
  const agent = await StaffClient.signIn(running.url, 'agent');
  // The fraud file is written after the turn: wait until supervisors can see the case.
  await expect.poll(async () => ((await supervisor.get('/api/supervisor/fraud')).json.cases as unknown[]).length, { timeout: 5000 }).toBe(1);
  expect((await agent.post(`/api/agent/cases/${flagged!.id}/claim`)).status).toBe(200);
  await borrower.botReplies(1);
  return { ...running, borrower, supervisor, agent, caseId: flagged!.id };
}

const freshPlans = async (agent: StaffClient, caseId: string) => {
  const res = await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true });
  expect(res.status).toBe(200);
  return (res.json as { plans: PlanLike[] }).plans;
};

const verdict = (supervisor: StaffClient, caseId: string, outcome: string) =>
  supervisor.call('PUT', `/api/supervisor/fraud/${caseId}/verdict`, { outcome }).then((r) => expect(r.status).toBe(200));

describe('fraud verdicts and the offers that follow', () => {
  it("an agent's fresh decision withholds settlements while the review is open, and offers them once it is marked false", async () => {
    const { agent, supervisor, caseId } = await flaggedBudget();
    const open = await freshPlans(agent, caseId);
    expect(open.length).toBeGreaterThan(0);
    expect(settlements(open)).toEqual([]);

    await verdict(supervisor, caseId, 'false_positive');
    expect(settlements(await freshPlans(agent, caseId)).length).toBeGreaterThan(0);

    // A supervisor who changes their mind and confirms the concern withholds them again.
    await verdict(supervisor, caseId, 'confirmed');
    expect(settlements(await freshPlans(agent, caseId))).toEqual([]);
  }, 60_000);

  it('a decision saved before a "false" verdict is made again when the bot takes over: the borrower sees the offers, settlements included', async () => {
    const { app, agent, supervisor, borrower, caseId } = await flaggedBudget();
    await verdict(supervisor, caseId, 'false_positive');
    expect((await agent.post(`/api/agent/cases/${caseId}/handback`)).status).toBe(200);
    const replies = await borrower.botReplies(4, 8000);
    const cards = cardPlans(replies);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.some((c) => /settle/i.test(c))).toBe(true);
    expect(app.cases.openCaseFor('directline', borrower.conversationId)).toBeUndefined();
  }, 60_000);

  it('after a "confirmed" verdict the saved decision stands: back to a person with the reasons, settlements still withheld', async () => {
    const { app, agent, supervisor, borrower, caseId } = await flaggedBudget();
    await verdict(supervisor, caseId, 'confirmed');
    expect((await agent.post(`/api/agent/cases/${caseId}/handback`)).status).toBe(200);
    const replies = await borrower.botReplies(3, 8000);
    expect(cardPlans(replies)).toEqual([]);
    expect(replies.map((r) => r.text).join('\n')).toContain('A member of our team will look at your options with you.');
    await expect.poll(() => app.cases.openCaseFor('directline', borrower.conversationId)?.reason).toBe('fraud_review');
    const again = app.cases.openCaseFor('directline', borrower.conversationId)!;
    expect(again.id).not.toBe(caseId);
    expect(again.note).toMatch(/Essential costs of ₹200 a month for a household of 3/);
    expect(settlements(again.plans)).toEqual([]);
  }, 60_000);
});
