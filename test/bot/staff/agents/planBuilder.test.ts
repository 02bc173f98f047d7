import { describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../../../models/offers';
import { StaffClient } from '../../../support/staffClient';
import { verifiedCase } from '../../../support/verifiedCase';

type Check = { rule: string; outcome: string; detail: string };
type Built = { plan: { id: string; type: string; title: string; explanation: string; monthlyPayment: number; termMonths: number } | null; checks: Check[] };

/** A case whose corrected budget leaves nothing over, so the policy engine finds no plan. */
async function noPlanCase() {
  const setup = await verifiedCase();
  const { agent, caseId, loan } = setup;
  const edited = await agent.post(`/api/agent/cases/${caseId}/budget`, { housing: Math.round(loan.Monthly_Income * 0.7) });
  expect((edited.json.decision as { plans: unknown[] }).plans).toEqual([]);
  return setup;
}

describe('agent plan builder', () => {
  it('when the engine finds no plan, a token payment within policy is checked, sent as the offer card, and its acceptance recorded', async () => {
    const { app, agent, borrower, caseId } = await noPlanCase();
    const fresh = await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true });
    expect([fresh.status, String(fresh.json.error)]).toEqual([409, expect.stringMatching(/found no plan/)]);

    const token = { kind: 'token_payment', amount: 100, months: 3 };
    const checked = (await agent.post(`/api/agent/cases/${caseId}/plans/check`, token)).json as unknown as Built;
    expect(checked.plan?.title).toMatch(/^Token payment: ₹100 a month for 3 months$/);
    expect(checked.checks.map((c) => c.outcome)).not.toContain('fail');
    expect(checked.checks.find((c) => c.rule === 'affordability')?.detail).toMatch(/budget leaves no room, so only the minimum token/);
    expect(await app.audit.read({ action: 'case.plan_built', target: caseId })).toEqual([]);

    const sent = await agent.post(`/api/agent/cases/${caseId}/plans`, token);
    expect(sent.status).toBe(200);
    const plan = (sent.json as unknown as Built).plan!;
    const card = (await borrower.botReplies(1))[0];
    expect(card.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.attachments?.[0].content)).toContain(plan.title);
    const [built] = await app.audit.read({ action: 'case.plan_built', target: caseId });
    expect(built.detail).toMatchObject({
      request: token,
      planId: plan.id,
      checks: expect.arrayContaining([expect.objectContaining({ rule: 'token amount' })]),
    });

    const accepted = await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id });
    expect(accepted.status).toBe(200);
    const arrangement = accepted.json.arrangement as { reference: string; plan: { title: string; monthlyPayment: number } };
    expect(arrangement.reference).toMatch(REFERENCE_PATTERN);
    expect([arrangement.plan.title, arrangement.plan.monthlyPayment]).toEqual([plan.title, 100]);
  });

  it('a breathing space pauses payments and collection contact for a length the policy allows', async () => {
    const { agent, caseId } = await noPlanCase();
    const built = (await agent.post(`/api/agent/cases/${caseId}/plans/check`, { kind: 'breathing_space', days: 60 })).json as unknown as Built;
    expect(built.plan).toMatchObject({ type: 'deferral', monthlyPayment: 0, title: 'Breathing space: no payments for 60 days' });
    expect(built.plan?.explanation).toMatch(/not contact you to collect payments during these 60 days/);
    expect(built.checks.find((c) => c.rule === 'collection contact')?.outcome).toBe('note');
  });

  it('refuses a plan outside policy with every reason, records the refusal, and sends nothing', async () => {
    const { app, agent, borrower, caseId, loan } = await noPlanCase();
    const refusals: [unknown, RegExp][] = [
      [{ kind: 'breathing_space', days: 45 }, /45 days is not one of the policy's lengths \(30 or 60 days\)/],
      [{ kind: 'token_payment', amount: loan.Monthly_EMI, months: 9 }, /outside the policy's .*; 9 months is outside the policy's 1 month–6 months/],
      [{ kind: 'token_payment', amount: 150, months: 2 }, /only the minimum token of ₹100 may be asked/],
      [{ kind: 'reduced_payment', pctOfContract: 10, months: 3 }, /10% of the instalment is outside the policy's 25%/],
      [{ kind: 'term_extension', extensionMonths: 120 }, /120 months is outside the policy's 1 month–60 months/],
    ];
    for (const [request, reason] of refusals) {
      const checked = (await agent.post(`/api/agent/cases/${caseId}/plans/check`, request)).json as unknown as Built;
      expect(checked.plan, JSON.stringify(request)).toBeUndefined();
      const res = await agent.post(`/api/agent/cases/${caseId}/plans`, request);
      expect([res.status, String(res.json.error)], JSON.stringify(request)).toEqual([422, expect.stringMatching(reason)]);
      expect(String(res.json.error)).toMatch(/Nothing was sent\.$/);
    }
    expect(await app.audit.read({ action: 'case.plan_refused', target: caseId })).toHaveLength(refusals.length);
    expect((await app.cases.get(caseId))?.plans).toEqual([]);
    expect(await borrower.botReplies(1, 300).catch(() => [])).toEqual([]);
  });

  it('refuses malformed and oversize requests, other agents, unclaimed cases and forged ids', async () => {
    const { url, agent, caseId } = await verifiedCase({ claimed: false });
    const token = { kind: 'token_payment', amount: 100, months: 3 };
    expect((await agent.post(`/api/agent/cases/${caseId}/plans`, token)).status).toBe(409);
    await agent.post(`/api/agent/cases/${caseId}/claim`);
    for (const body of [
      { kind: 'holiday', days: 30 },
      { kind: 'token_payment', amount: '100', months: 3 },
      { kind: 'breathing_space', days: 30, extra: 1 },
      { kind: 'token_payment', amount: 100, months: 2.5 },
      null,
    ])
      expect((await agent.post(`/api/agent/cases/${caseId}/plans`, body)).status, JSON.stringify(body)).toBe(400);
    expect((await agent.post(`/api/agent/cases/${caseId}/plans`, { ...token, padding: 'x'.repeat(300_000) })).status).toBe(413);
    const other = await StaffClient.signIn(url, 'agent2');
    expect((await other.post(`/api/agent/cases/${caseId}/plans`, token)).status).toBe(404);
    expect((await agent.post('/api/agent/cases/C-forged-9/plans', token)).status).toBe(404);
  });
});
