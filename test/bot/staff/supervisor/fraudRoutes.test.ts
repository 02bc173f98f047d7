import { describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../../support/directLineClient';
import { AGENTS_AVAILABLE, StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

/** Three loans tried from one address: the third conversation is flagged and becomes a case. */
async function flaggedCase() {
  const running = await startTestApp(AGENTS_AVAILABLE);
  for (let i = 1; i <= 3; i++) {
    const client = new DirectLineClient(running.url);
    await client.start();
    await client.botReplies(1);
    for (const answer of ['yes', `LN_${i}`, '01/01/1950']) await client.say(answer);
  }
  const supervisor = await StaffClient.signIn(running.url, 'supervisor');
  const cases = (await supervisor.get('/api/supervisor/fraud')).json.cases as { record: { caseId: string } }[];
  expect(cases).toHaveLength(1);
  return { ...running, supervisor, caseId: cases[0].record.caseId };
}

describe('supervisor fraud review', () => {
  it('marks a flagged case false, then confirmed; each verdict is audited and counted on the dashboard', async () => {
    const { app, supervisor, caseId } = await flaggedCase();
    const marked = await supervisor.call('PUT', `/api/supervisor/fraud/${caseId}/verdict`, { outcome: 'false_positive' });
    expect(marked.status).toBe(200);
    let view = (await supervisor.get('/api/supervisor/fraud')).json as { dashboard: Record<string, unknown>; cases: { verdict: { outcome: string } }[] };
    expect(view.cases[0].verdict.outcome).toBe('false_positive');
    expect(view.dashboard).toMatchObject({ cases: 1, reviewed: 1, falsePositive: 1, confirmedRate: 0 });

    expect((await supervisor.call('PUT', `/api/supervisor/fraud/${caseId}/verdict`, { outcome: 'confirmed' })).status).toBe(200);
    view = (await supervisor.get('/api/supervisor/fraud')).json as typeof view;
    expect(view.dashboard).toMatchObject({ reviewed: 1, confirmed: 1, confirmedRate: 1 });

    const audit = await app.audit.read({ action: 'fraud.verdict', limit: 10 });
    expect(audit.map((e) => e.detail?.outcome)).toEqual(expect.arrayContaining(['false_positive', 'confirmed']));
    expect(audit.every((e) => e.actor === 'supervisor' && (e.targets ?? []).includes(caseId))).toBe(true);
  }, 60_000);

  it('refuses a bad verdict, an unknown case, a missing CSRF token, an agent, a borrower token and no session', async () => {
    const { url, supervisor, caseId } = await flaggedCase();
    const path = `/api/supervisor/fraud/${caseId}/verdict`;
    expect((await supervisor.call('PUT', path, { outcome: 'guilty' })).status).toBe(400);
    expect((await supervisor.call('PUT', '/api/supervisor/fraud/nope/verdict', { outcome: 'confirmed' })).status).toBe(404);
    expect((await supervisor.call('PUT', path, { outcome: 'confirmed' }, { csrf: null })).status).toBe(403);

    const agent = await StaffClient.signIn(url, 'agent');
    expect((await agent.call('PUT', path, { outcome: 'false_positive' })).status).toBe(403);
    expect((await agent.get('/api/supervisor/fraud')).status).toBe(403);

    const borrower = new DirectLineClient(url);
    await borrower.start();
    const asBorrower = { Authorization: `Bearer ${borrower.token}`, 'Content-Type': 'application/json' };
    const body = JSON.stringify({ outcome: 'false_positive' });
    expect((await fetch(`${url}${path}`, { method: 'PUT', headers: asBorrower, body })).status).toBe(401);
    expect((await fetch(`${url}${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body })).status).toBe(401);
    expect((await fetch(`${url}/api/supervisor/fraud`)).status).toBe(401);
  }, 60_000);
});
