import { describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../../support/directLineClient';
import { startTestApp } from '../../../support/testApp';
import { AGENTS_AVAILABLE, borrowerAskingForPerson, StaffClient } from '../../../support/staffClient';

async function claimedCase() {
  const running = await startTestApp(AGENTS_AVAILABLE);
  const agent = await StaffClient.signIn(running.url, 'agent');
  const { borrower, caseId } = await borrowerAskingForPerson(running.url, running.app.cases);
  expect((await agent.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
  await borrower.botReplies(1);
  return { ...running, agent, borrower, caseId };
}

describe('closing a case', () => {
  // Reported: the console closed as "Arrangement made" by default, with no confirmation.
  it('refuses a close without an outcome, or with one that is not a closing outcome, with a 400 that says what to do', async () => {
    const { app, agent, borrower, caseId } = await claimedCase();
    for (const body of [{}, { disposition: '' }, { disposition: 'handed_back_to_bot' }, { disposition: 'gave_up' }]) {
      const refused = await agent.post(`/api/agent/cases/${caseId}/close`, body);
      expect(refused.status).toBe(400);
      expect(String(refused.json.error)).toMatch(
        /^disposition is required: choose the outcome \(one of arrangement_made, .*no_contact\); the case is still open$/,
      );
    }
    expect((await app.cases.get(caseId))?.status).toBe('assigned');
    expect(await app.audit.read({ action: 'case.close', target: caseId })).toEqual([]);
    expect(await borrower.botReplies(1, 300)).toEqual([]);
  });

  it('refuses "Arrangement made" while no arrangement is recorded on the case (409), and the case stays open', async () => {
    const { app, agent, caseId } = await claimedCase();
    const refused = await agent.post(`/api/agent/cases/${caseId}/close`, { disposition: 'arrangement_made' });
    expect(refused.status).toBe(409);
    expect(String(refused.json.error)).toMatch(/No arrangement is recorded.*record the borrower's acceptance first, or choose another outcome/);
    expect((await app.cases.get(caseId))?.status).toBe('assigned');
  });

  it('tells the borrower on their channel that the case is closed and how to come back, and the bot then answers them', async () => {
    const { app, agent, borrower, caseId } = await claimedCase();
    const closed = await agent.post(`/api/agent/cases/${caseId}/close`, { disposition: 'no_contact' });
    expect([closed.status, closed.json.borrowerNotified]).toEqual([200, true]);
    const [notice] = await borrower.botReplies(1);
    expect(notice.text).toMatch(/^Priya \(demo agent\) has closed this conversation\. Thank you for talking with us\./);
    expect(notice.text).toMatch(/just send a message here: our virtual assistant will help, and typing "agent" brings you back to a person/);
    expect(notice.text).toContain(app.services.settings.contactDetails);
    // The notice is the service speaking, not the agent, and a borrower who was not in crisis is not given crisis numbers.
    expect((notice.channelData as { agent?: string } | undefined)?.agent).toBeUndefined();
    expect(notice.text).not.toContain(app.services.settings.helplineNumber);
    const back = await borrower.say('hello again');
    expect(back.map((r) => r.text).join(' ')).toMatch(/Our team has finished looking at your case/);
  });

  it('gives a borrower who used crisis language the emergency and helpline numbers again when their case closes', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const borrower = new DirectLineClient(url);
    await borrower.start();
    await borrower.botReplies(3);
    await borrower.say("I don't want to live anymore");
    const caseId = app.cases.openCaseFor('directline', borrower.conversationId)?.id ?? '';
    const agent = await StaffClient.signIn(url, 'agent');
    expect((await agent.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
    await borrower.botReplies(1);
    expect((await agent.post(`/api/agent/cases/${caseId}/close`, { disposition: 'referred_to_debt_advice' })).status).toBe(200);
    const [notice] = await borrower.botReplies(1);
    const { emergencyNumber, helplineName, helplineNumber } = app.services.settings;
    expect(notice.text).toContain(`If you are in danger, please call ${emergencyNumber}, or talk to ${helplineName} on ${helplineNumber}, at any time.`);
  });

  it('closes for a borrower who opted out without telling them (borrowerNotified false)', async () => {
    const { app, agent, borrower, caseId } = await claimedCase();
    const userId = app.cases.openCaseFor('directline', borrower.conversationId)?.conversation.user?.id ?? '';
    await app.services.contacts.optOut('directline', userId, new Date());
    const closed = await agent.post(`/api/agent/cases/${caseId}/close`, { disposition: 'no_contact' });
    expect([closed.status, closed.json.borrowerNotified]).toEqual([200, false]);
    expect(await borrower.botReplies(1, 300)).toEqual([]);
    expect((await app.cases.get(caseId))?.status).toBe('closed');
  });
});
