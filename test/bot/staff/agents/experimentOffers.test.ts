import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../../models/offers';
import { experimentArms, type ExperimentArm } from '../../../../models/offers/experiment';
import type { RunningApp } from '../../../support/testApp';
import { StaffClient } from '../../../support/staffClient';
import { verifiedCase } from '../../../support/verifiedCase';

const champion = loadPolicy();
const challenger = { ...champion, version: 'challenger-agent', maxPlansOffered: 1 };

async function startExperiment(app: RunningApp['app'], id: string, arms: ExperimentArm[]) {
  await app.experiments.start({
    ...{ id, name: 'agents too', status: 'running', championVersion: champion.version, arms },
    ...{ createdBy: 'supervisor', createdAt: new Date().toISOString() },
  });
}

type ArmRow = { arm: string; borrowers: number; arrangements: number; agentBuilt: number; pending: number };
async function reportArm(url: string, id: string, arm: string): Promise<ArmRow | undefined> {
  const supervisor = await StaffClient.signIn(url, 'supervisor');
  return ((await supervisor.get(`/api/supervisor/experiments/${id}/report`)).json.arms as ArmRow[]).find((a) => a.arm === arm);
}

describe('agent offers in an offer experiment', () => {
  it("decides fresh plans in the borrower's arm, records the assignment, and tags the agent's arrangement with it", async () => {
    const { app, url, agent, caseId, loan } = await verifiedCase();
    const id = 'exp_00000000000000bb';
    // Every borrower in the challenger arm.
    await startExperiment(app, id, experimentArms(0, [{ name: 'challenger', weight: 1, policy: challenger }], 0));
    const proposed = await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true });
    expect(proposed.status).toBe(200);
    expect(await app.experiments.assignments(id)).toEqual([
      expect.objectContaining({ loanId: loan.Loan_ID, arm: 'challenger', policyVersion: 'challenger-agent' }),
    ]);
    const plan = proposed.json.plan as { id: string };
    const accepted = await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id });
    expect(accepted.status).toBe(200);
    // The case's own decision (before the experiment) carried no arm: the recorded assignment is what the arrangement gets.
    expect((accepted.json.arrangement as { experiment?: unknown }).experiment).toEqual({ id, arm: 'challenger', policyVersion: 'challenger-agent' });
    const [stored] = await app.arrangements.forLoan(loan.Loan_ID);
    expect(stored.experiment).toEqual({ id, arm: 'challenger', policyVersion: 'challenger-agent' });
    expect(await reportArm(url, id, 'challenger')).toMatchObject({ borrowers: 1, arrangements: 1, agentBuilt: 0, pending: 1 });
  });

  it('tags a plan the agent built by hand with the arm and marks it agent-built, so the report shows it apart', async () => {
    const { app, url, agent, caseId, loan } = await verifiedCase();
    const id = 'exp_00000000000000cc';
    // Every borrower in the control arm: the lender's standard treatment, where agents build plans.
    await startExperiment(app, id, experimentArms(1, [{ name: 'challenger', weight: 1, policy: challenger }], 1));
    // The budget correction decides again, in the experiment: the borrower is assigned the control arm there.
    const edited = await agent.post(`/api/agent/cases/${caseId}/budget`, { housing: Math.round(loan.Monthly_Income * 0.7) });
    expect(edited.status).toBe(200);
    expect((await app.experiments.assignments(id)).map((a) => a.arm)).toEqual(['control']);

    const sent = await agent.post(`/api/agent/cases/${caseId}/plans`, { kind: 'token_payment', amount: 100, months: 3 });
    expect(sent.status).toBe(200);
    const planId = (sent.json.plan as { id: string }).id;
    const accepted = await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId });
    expect(accepted.status).toBe(200);
    expect((accepted.json.arrangement as { experiment?: unknown }).experiment).toEqual({
      id,
      arm: 'control',
      policyVersion: champion.version,
      agentBuilt: true,
    });
    expect(await reportArm(url, id, 'control')).toMatchObject({ borrowers: 1, arrangements: 1, agentBuilt: 1 });
  });

  it('leaves an arrangement untagged for a borrower the running experiment never assigned', async () => {
    const { app, agent, caseId, loan } = await verifiedCase();
    const edited = await agent.post(`/api/agent/cases/${caseId}/budget`, { housing: Math.round(loan.Monthly_Income * 0.7) });
    expect(edited.status).toBe(200);
    // Started after the borrower's last decision: they were never assigned, so nothing is worked out for them now.
    await startExperiment(app, 'exp_00000000000000dd', experimentArms(0, [{ name: 'challenger', weight: 1, policy: challenger }], 0));
    const sent = await agent.post(`/api/agent/cases/${caseId}/plans`, { kind: 'token_payment', amount: 100, months: 3 });
    const accepted = await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: (sent.json.plan as { id: string }).id });
    expect(accepted.status).toBe(200);
    expect(accepted.json.arrangement).not.toHaveProperty('experiment');
    expect(await app.experiments.assignments('exp_00000000000000dd')).toEqual([]);
  });
});
