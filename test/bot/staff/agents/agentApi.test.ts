import { describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../../support/directLineClient';
import { startTestApp } from '../../../support/testApp';
import { AGENTS_AVAILABLE, borrowerAskingForPerson, StaffClient } from '../../../support/staffClient';

describe('agent API: access', () => {
  it("needs a staff session (401): no cookie, a forged one, or a borrower's Direct Line token get nothing", async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const { caseId, borrower } = await borrowerAskingForPerson(url, app.cases);

    const anonymous = new StaffClient(url);
    expect((await anonymous.get('/api/agent/queue')).status).toBe(401);
    expect((await anonymous.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(401);
    const withBorrowerToken = await fetch(`${url}/api/agent/queue`, { headers: { Authorization: `Bearer ${borrower.token}` } });
    expect(withBorrowerToken.status).toBe(401);

    const forged = new StaffClient(url);
    forged.cookie = 'fb_session=not-a-session';
    expect((await forged.get('/api/agent/queue')).status).toBe(401);

    const supervisor = await StaffClient.signIn(url, 'supervisor');
    expect((await supervisor.get('/api/agent/queue')).status).toBe(200);
  });

  it('refuses state changes without the CSRF token or with a wrong one (403), and nothing changes', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const { caseId } = await borrowerAskingForPerson(url, app.cases);
    const agent = await StaffClient.signIn(url, 'agent');
    const missing = await agent.post(`/api/agent/cases/${caseId}/claim`, {}, { csrf: null });
    const wrong = await agent.post(`/api/agent/cases/${caseId}/claim`, {}, { csrf: `${agent.csrf.slice(0, -2)}xx` });
    expect([missing.status, wrong.status]).toEqual([403, 403]);
    expect(String(wrong.json.error)).toMatch(/CSRF/);
    expect((await app.cases.get(caseId))?.status).toBe('queued');
    expect((await agent.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
  });

  it('claim race: two agents at once, exactly one wins and the other gets 409', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const { caseId } = await borrowerAskingForPerson(url, app.cases);
    const [priya, tom] = await Promise.all([StaffClient.signIn(url, 'agent'), StaffClient.signIn(url, 'agent2')]);
    const results = await Promise.all([priya.post(`/api/agent/cases/${caseId}/claim`), tom.post(`/api/agent/cases/${caseId}/claim`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results[0].status === 200 ? 'agent' : 'agent2';
    expect((await app.cases.get(caseId))?.assignedTo).toBe(winner);
    expect(String(results.find((r) => r.status === 409)?.json.error)).toMatch(/already been taken/);
    const claims = await app.audit.read({ action: 'case.claim', target: caseId });
    expect(claims.map((e) => e.actor)).toEqual([winner]);
  });

  it("an agent sees the queue and their own cases, never another agent's", async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const first = await borrowerAskingForPerson(url, app.cases);
    const second = await borrowerAskingForPerson(url, app.cases);
    const [priya, tom, supervisor] = await Promise.all([
      StaffClient.signIn(url, 'agent'),
      StaffClient.signIn(url, 'agent2'),
      StaffClient.signIn(url, 'supervisor'),
    ]);
    expect((await priya.post(`/api/agent/cases/${first.caseId}/claim`)).status).toBe(200);

    const ids = async (client: StaffClient) => ((await client.get('/api/agent/queue')).json.queue as { id: string }[]).map((c) => c.id);
    expect(await ids(priya)).toEqual(expect.arrayContaining([first.caseId, second.caseId]));
    expect(await ids(tom)).toEqual([second.caseId]);
    expect(await ids(supervisor)).toHaveLength(2);

    // Someone else's case answers exactly like one that does not exist (attack: probing case ids).
    const notYours = await tom.get(`/api/agent/cases/${first.caseId}`);
    const missing = await tom.get('/api/agent/cases/C-NOPE0000');
    expect([notYours.status, (notYours.json.error as string).replace(first.caseId, 'ID')]).toEqual([
      404,
      (missing.json.error as string).replace('C-NOPE0000', 'ID'),
    ]);
    expect((await tom.post(`/api/agent/cases/${first.caseId}/messages`, { text: 'hello' })).status).toBe(404);
    expect((await tom.post(`/api/agent/cases/${first.caseId}/notes`, { text: 'peeking' })).status).toBe(404);
    expect((await priya.get(`/api/agent/cases/${first.caseId}`)).status).toBe(200);
    expect((await priya.get('/api/agent/cases/C-NOPE0000')).status).toBe(404);
  });

  it('orders the queue by priority, then by how long each has waited', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const older = await borrowerAskingForPerson(url, app.cases);
    const newer = await borrowerAskingForPerson(url, app.cases);
    const crisisBorrower = new DirectLineClient(url);
    await crisisBorrower.start();
    await crisisBorrower.botReplies(3);
    await crisisBorrower.say("I don't want to live anymore");
    const crisis = { caseId: app.cases.openCaseFor('directline', crisisBorrower.conversationId)?.id };
    const agent = await StaffClient.signIn(url, 'agent');
    const queue = (await agent.get('/api/agent/queue')).json.queue as { id: string; label: string }[];
    expect(queue.map((c) => c.id)).toEqual([crisis.caseId, older.caseId, newer.caseId]);
    expect(queue[0].label).toBe('crisis');
  });

  it('validates bodies with a message that says what is wrong', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const { caseId } = await borrowerAskingForPerson(url, app.cases);
    const agent = await StaffClient.signIn(url, 'agent');
    expect((await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'too soon' })).status).toBe(409);
    await agent.post(`/api/agent/cases/${caseId}/claim`);
    const empty = await agent.post(`/api/agent/cases/${caseId}/messages`, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(String(empty.json.error)).toMatch(/text/);
    const badClose = await agent.post(`/api/agent/cases/${caseId}/close`, { disposition: 'gave_up' });
    expect(badClose.status).toBe(400);
    expect(String(badClose.json.error)).toMatch(/disposition/);
  });
});
