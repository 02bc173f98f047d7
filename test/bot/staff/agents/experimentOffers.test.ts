import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../../models/offers';
import { experimentArms } from '../../../../models/offers/experiment';
import { StaffClient } from '../../../support/staffClient';
import { verifiedCase } from '../../../support/verifiedCase';

const champion = loadPolicy();
const challenger = { ...champion, version: 'challenger-agent', maxPlansOffered: 1 };

describe('agent offers in an offer experiment', () => {
  it("decides fresh plans in the borrower's arm, records the assignment, and the report counts the agent's arrangement", async () => {
    const { app, url, agent, caseId, loan } = await verifiedCase();
    const id = 'exp_00000000000000bb';
    await app.experiments.start({
      id,
      name: 'agents too',
      status: 'running',
      championVersion: champion.version,
      // Every borrower in the challenger arm.
      arms: experimentArms(0, [{ name: 'challenger', weight: 1, policy: challenger }], 0),
      createdBy: 'supervisor',
      createdAt: new Date().toISOString(),
    });
    const proposed = await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true });
    expect(proposed.status).toBe(200);
    expect(await app.experiments.assignments(id)).toEqual([
      expect.objectContaining({ loanId: loan.Loan_ID, arm: 'challenger', policyVersion: 'challenger-agent' }),
    ]);
    const plan = proposed.json.plan as { id: string };
    expect((await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id })).status).toBe(200);

    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const report = (await supervisor.get(`/api/supervisor/experiments/${id}/report`)).json as {
      arms: { arm: string; borrowers: number; arrangements: number; pending: number }[];
    };
    expect(report.arms.find((a) => a.arm === 'challenger')).toMatchObject({ borrowers: 1, arrangements: 1, pending: 1 });
  });
});
