import { describe, expect, it } from 'vitest';
import { transcriptKey } from '../../../../bot/casework/transcripts/transcriptStore';
import { startTestApp } from '../../../support/testApp';
import { AGENTS_AVAILABLE, borrowerAskingForPerson, StaffClient } from '../../../support/staffClient';

async function claimedCase() {
  const running = await startTestApp(AGENTS_AVAILABLE);
  const { url, app } = running;
  const agent = await StaffClient.signIn(url, 'agent');
  const { borrower, caseId } = await borrowerAskingForPerson(url, app.cases);
  const claim = await agent.post(`/api/agent/cases/${caseId}/claim`);
  expect(claim.status).toBe(200);
  const notice = await borrower.botReplies(1);
  return { ...running, agent, borrower, caseId, notice };
}

describe('live handoff', () => {
  it('tells the borrower who has joined, then messages flow both ways and the bot stays silent', async () => {
    const { app, agent, borrower, caseId, notice } = await claimedCase();
    expect(notice[0].text).toBe("You're now chatting with Priya (demo agent) from our team.");

    expect((await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'Hello, I have read your messages. How can I help?' })).status).toBe(200);
    const fromAgent = await borrower.botReplies(1);
    expect(fromAgent[0].text).toBe('Hello, I have read your messages. How can I help?');
    expect((fromAgent[0].channelData as { agent?: string }).agent).toBe('agent');
    // Web Chat shows who is writing: the agent's name, not the bot's (the service's own notice keeps the bot's).
    expect([fromAgent[0].from?.name, fromAgent[0].from?.role]).toEqual(['Priya (demo agent)', 'bot']);
    expect(notice[0].from?.name).toBe('Northwind Lending');

    await borrower.post('I lost my job last month and cannot pay');
    expect(await borrower.botReplies(1, 600)).toEqual([]);

    const view = await agent.get(`/api/agent/cases/${caseId}`);
    const transcript = view.json.transcript as { speaker: string; text?: string; agent?: string; decision?: { kind: string } }[];
    expect(transcript.some((e) => e.speaker === 'borrower' && e.text?.includes('lost my job'))).toBe(true);
    expect(transcript.some((e) => e.speaker === 'agent' && e.agent === 'agent' && e.text?.startsWith('Hello'))).toBe(true);
    expect(transcript.some((e) => e.decision?.kind === 'agent_joined')).toBe(true);
    expect(app.transcripts.summary(transcriptKey('directline', borrower.conversationId))?.agent).toBe('agent');
    expect((await app.audit.read({ action: 'case.message', target: caseId })).length).toBe(1);
  });

  it('passes STOP and crisis language to the dialogs while assigned (every other message is held back)', async () => {
    const { borrower } = await claimedCase();
    expect(await borrower.say("Honestly I don't want to live anymore")).not.toEqual([]);
    expect(await borrower.say('STOP')).not.toEqual([]);
    await borrower.post('ok thanks');
    expect(await borrower.botReplies(1, 500)).toEqual([]);
  });

  // Known dialogs bug (reported): at stage 'escalated' MainDialog answers "You're in the queue" before its
  // interruptions run, so STOP and crisis language are not acted on. These start passing once it is fixed:
  // then drop `.fails`.
  it('crisis language while assigned gets the helpline and raises the case to crisis', async () => {
    const { app, borrower, caseId } = await claimedCase();
    const replies = await borrower.say("Honestly I don't want to live anymore");
    expect(replies.map((r) => r.text).join(' ')).toMatch(/14416/);
    const record = await app.cases.get(caseId);
    expect([record?.priority, record?.status]).toEqual([100, 'assigned']);
  });

  it('STOP typed while assigned is confirmed and recorded as an opt-out', async () => {
    const { app, borrower } = await claimedCase();
    const confirm = await borrower.say('STOP');
    expect(confirm.map((r) => r.text).join(' ')).toMatch(/won't get any more messages/);
    const userId = app.cases.openCaseFor('directline', borrower.conversationId)?.conversation.user?.id ?? '';
    expect(await app.services.contacts.isOptedOut('directline', userId)).toBe(true);
  });

  it('refuses agent messages to a borrower who opted out; nothing is delivered and the refusal is audited', async () => {
    const { agent, borrower, caseId, app } = await claimedCase();
    const userId = app.cases.openCaseFor('directline', borrower.conversationId)?.conversation.user?.id ?? '';
    await app.services.contacts.optOut('directline', userId, new Date());
    const refused = await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'Are you still there?' });
    expect(refused.status).toBe(409);
    expect(String(refused.json.error)).toMatch(/opted out/);
    expect(await borrower.botReplies(1, 500)).toEqual([]);
    expect((await app.audit.read({ action: 'case.message_refused', target: caseId })).length).toBe(1);
    const transcript = (await agent.get(`/api/agent/cases/${caseId}`)).json.transcript as { text?: string }[];
    expect(transcript.some((e) => e.text === 'Are you still there?')).toBe(false);
  });

  it('hand back: the case closes, the borrower is told, and the bot picks up where the intake stopped', async () => {
    const { app, agent, borrower, caseId } = await claimedCase();
    const res = await agent.post(`/api/agent/cases/${caseId}/handback`);
    expect(res.status).toBe(200);
    const replies = await borrower.botReplies(2);
    expect(replies[0].text).toMatch(/You're back with the virtual assistant/);
    // Asked for a person at the consent question, so the bot asks it again.
    expect(replies.map((r) => r.text).join(' ')).toMatch(/Would you like to continue\?/);
    const record = await app.cases.get(caseId);
    expect([record?.status, record?.disposition]).toEqual(['closed', 'handed_back_to_bot']);
    const summary = app.transcripts.summary(transcriptKey('directline', borrower.conversationId));
    expect(summary?.agentClosedAt).toBeTruthy();
    expect((await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'one more thing' })).status).toBe(409);
  });

  it('closes with a disposition, audited and recorded in the transcript; only the holder may close', async () => {
    const { url, app, agent, borrower, caseId } = await claimedCase();
    const tom = await StaffClient.signIn(url, 'agent2');
    expect((await tom.post(`/api/agent/cases/${caseId}/close`, { disposition: 'no_contact' })).status).toBe(404);
    expect((await agent.post(`/api/agent/cases/${caseId}/notes`, { text: 'Borrower prefers email.' })).status).toBe(200);
    const closed = await agent.post(`/api/agent/cases/${caseId}/close`, { disposition: 'referred_to_debt_advice' });
    expect(closed.status).toBe(200);
    const doc = await app.transcripts.get(transcriptKey('directline', borrower.conversationId));
    const closing = doc?.entries.find((e) => e.decision?.kind === 'agent_closed');
    expect(closing?.decision).toEqual({ kind: 'agent_closed', value: { agent: 'agent', disposition: 'referred_to_debt_advice' } });
    expect(doc?.entries.some((e) => e.text?.includes('prefers email'))).toBe(false);
    expect((await app.audit.read({ action: 'case.close', target: caseId }))[0].detail).toEqual({ disposition: 'referred_to_debt_advice' });
    expect((await agent.post(`/api/agent/cases/${caseId}/close`, { disposition: 'no_contact' })).status).toBe(409);
  });
});
