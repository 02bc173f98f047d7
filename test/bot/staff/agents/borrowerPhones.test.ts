import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../../../bot/channels/whatsApp/phonePseudonym';
import { AGENTS_AVAILABLE, borrowerAskingForPerson, StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';
import { verifiedCase } from '../../../support/verifiedCase';

interface PhoneView {
  masked: string;
  source: string;
}

const phoneOf = async (client: StaffClient, caseId: string) =>
  ((await client.get(`/api/agent/cases/${caseId}`)).json.case as { phone: PhoneView | null }).phone;

describe("the borrower's phone number on a case", () => {
  it('is shown masked; the holder reveals it, and the reveal is audited without the number', async () => {
    const { app, agent, caseId, loan } = await verifiedCase();
    const number = loan.Phone ?? '';
    expect(number).toMatch(/^\+\d{10,}$/);
    const view = await agent.get(`/api/agent/cases/${caseId}`);
    expect((view.json.case as { phone: PhoneView }).phone).toEqual({ masked: maskPhone(number), source: 'loan_book' });
    expect(JSON.stringify(view.json)).not.toContain(number);

    const revealed = await agent.raw('POST', `/api/agent/cases/${caseId}/phone`, {});
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get('cache-control')).toBe('no-store');
    expect(await revealed.json()).toEqual({ phone: number, source: 'loan_book' });
    const audit = await app.audit.read({ action: 'case.phone_reveal', target: caseId });
    expect(audit.map((e) => [e.actor, e.role, e.detail])).toEqual([['agent', 'agent', { source: 'loan_book' }]]);
    expect(JSON.stringify(audit)).not.toContain(number.slice(-6));
  });

  it('is revealed only to the holder or a supervisor, with the CSRF token; other agents see no such case', async () => {
    const { app, url, caseId } = await verifiedCase({ claimed: false });
    const [priya, tom, supervisor] = await Promise.all([
      StaffClient.signIn(url, 'agent'),
      StaffClient.signIn(url, 'agent2'),
      StaffClient.signIn(url, 'supervisor'),
    ]);
    const unclaimed = await priya.post(`/api/agent/cases/${caseId}/phone`);
    expect([unclaimed.status, unclaimed.json.error]).toEqual([409, `Claim case ${caseId} first`]);
    expect((await priya.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
    expect((await tom.post(`/api/agent/cases/${caseId}/phone`)).status).toBe(404);
    expect((await priya.post(`/api/agent/cases/${caseId}/phone`, {}, { csrf: null })).status).toBe(403);
    expect((await supervisor.post(`/api/agent/cases/${caseId}/phone`)).status).toBe(200);
    expect((await app.audit.read({ action: 'case.phone_reveal', target: caseId })).map((e) => e.actor)).toEqual(['supervisor']);
  });

  it('is not shown for an unverified Web Chat borrower: nothing to reveal (404), nothing audited', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const { caseId } = await borrowerAskingForPerson(url, app.cases);
    const agent = await StaffClient.signIn(url, 'agent');
    await agent.post(`/api/agent/cases/${caseId}/claim`);
    expect(await phoneOf(agent, caseId)).toBeNull();
    const none = await agent.post(`/api/agent/cases/${caseId}/phone`);
    expect([none.status, none.json.error]).toEqual([404, `No phone number is on record for case ${caseId}`]);
    expect(await app.audit.read({ action: 'case.phone_reveal' })).toEqual([]);
  });
});
