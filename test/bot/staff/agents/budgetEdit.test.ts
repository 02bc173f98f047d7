import { describe, expect, it } from 'vitest';
import { StaffClient } from '../../../support/staffClient';
import { verifiedCase } from '../../../support/verifiedCase';

type EditResult = {
  budget: { essentialCosts: { housing: number }; disposableIncome: number };
  affordability: { monthlyLimit: number };
  decision: { action: string; plans: unknown[] };
  changes: { field: string; from: number | null; to: number }[];
};

describe('agent budget edit', () => {
  it('the holder corrects the rent with the borrower: the intake record takes it, affordability is recomputed, and the change is audited', async () => {
    const { app, agent, caseId, loan, borrower } = await verifiedCase();
    const before = (await app.cases.get(caseId))!.intake.budget!;
    const rent = Math.round(loan.Monthly_Income * 0.3);
    const edited = await agent.post(`/api/agent/cases/${caseId}/budget`, { housing: rent, utilities: 1500 });
    expect(edited.status).toBe(200);
    const result = edited.json as unknown as EditResult;
    expect(result.budget.essentialCosts.housing).toBe(rent);
    expect(result.budget.disposableIncome).toBeCloseTo(before.disposableIncome - (rent - before.essentialCosts.housing) - 1500, 2);
    expect(result.affordability.monthlyLimit).toBeLessThanOrEqual(Math.max(0, result.budget.disposableIncome));
    expect(result.changes).toEqual([
      { field: 'housing', from: before.essentialCosts.housing, to: rent },
      { field: 'utilities', from: 0, to: 1500 },
    ]);

    // The case copies the conversation's intake, which the bot reads on the borrower's next turn.
    const record = (await app.cases.get(caseId))!;
    expect(record.intake.budget?.essentialCosts.housing).toBe(rent);
    expect(record.intake.budgetInput?.housing).toEqual({ value: rent, period: 'month' });
    const summary = (await agent.get(`/api/agent/cases/${caseId}`)).json.case as { budget: { disposableIncome: number } };
    expect(summary.budget.disposableIncome).toBe(result.budget.disposableIncome);
    const [audit] = await app.audit.read({ action: 'case.budget_edit', target: caseId });
    expect([audit.actor, audit.detail?.changes]).toEqual(['agent', result.changes]);
    const transcript = (await app.transcripts.get(`directline:${borrower.conversationId}`))!.entries;
    expect(transcript.some((e) => e.decision?.kind === 'budget' && e.agent === 'agent')).toBe(true);
  });

  it('refuses negative, non-numeric, absurd, unknown and empty figures with the field named, and nothing changes', async () => {
    const { app, agent, caseId } = await verifiedCase();
    const before = JSON.stringify((await app.cases.get(caseId))!.intake.budget);
    const cases: [unknown, RegExp][] = [
      [{ housing: -100 }, /housing must not be negative/],
      [{ food: 'lots' }, /food must be a number/],
      [{ income: 1e12 }, /income is more than .* a month; check the figure/],
      [{ food: 10.555 }, /food must have at most two decimals/],
      [{ dependants: 2.5 }, /dependants must be a whole number/],
      [{ rent: 100 }, /Unrecognized key/i],
      [{}, /must change at least one figure/],
      [[1, 2], /body/],
    ];
    for (const [body, error] of cases) {
      const res = await agent.post(`/api/agent/cases/${caseId}/budget`, body);
      expect([res.status, String(res.json.error)], JSON.stringify(body)).toEqual([400, expect.stringMatching(error)]);
    }
    const malformed = await fetch(`${agent.baseUrl}/api/agent/cases/${caseId}/budget`, {
      method: 'POST',
      headers: { Cookie: agent.cookie, 'X-CSRF-Token': agent.csrf, 'Content-Type': 'application/json' },
      body: '{"housing": 12',
    });
    expect(malformed.status).toBe(400);
    const oversize = await agent.post(`/api/agent/cases/${caseId}/budget`, { housing: 100, padding: 'x'.repeat(300_000) });
    expect(oversize.status).toBe(413);
    expect(JSON.stringify((await app.cases.get(caseId))!.intake.budget)).toBe(before);
    expect(await app.audit.read({ action: 'case.budget_edit', target: caseId })).toEqual([]);
  });

  it('only the agent holding the case may edit it: not another agent, not before claiming, not a forged id', async () => {
    const { app, url, agent, caseId } = await verifiedCase({ claimed: false });
    expect((await agent.post(`/api/agent/cases/${caseId}/budget`, { housing: 100 })).status).toBe(409);
    expect((await agent.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
    const other = await StaffClient.signIn(url, 'agent2');
    // Another agent's case answers as if it did not exist.
    expect((await other.post(`/api/agent/cases/${caseId}/budget`, { housing: 100 })).status).toBe(404);
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    expect((await supervisor.post(`/api/agent/cases/${caseId}/budget`, { housing: 100 })).status).toBe(403);
    expect((await agent.post(`/api/agent/cases/C-forged-1/budget`, { housing: 100 })).status).toBe(404);
    expect((await agent.post(`/api/agent/cases/${caseId}/budget`, { housing: 100 }, { csrf: null })).status).toBe(403);
    expect(await app.audit.read({ action: 'case.budget_edit', target: caseId })).toEqual([]);
  });

  it('needs a verified borrower', async () => {
    const { agent, caseId } = await verifiedCase({ verified: false });
    const res = await agent.post(`/api/agent/cases/${caseId}/budget`, { housing: 100 });
    expect([res.status, String(res.json.error)]).toEqual([409, expect.stringMatching(/not verified/)]);
  });
});
