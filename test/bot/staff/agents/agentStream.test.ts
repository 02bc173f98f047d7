import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../support/testApp';
import { AGENTS_AVAILABLE, borrowerAskingForPerson, StaffClient } from '../../../support/staffClient';

describe('agent live feed (server-sent events)', () => {
  it('needs a session, sends a queue snapshot, then new cases, and counts the agent as online', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    expect((await fetch(`${url}/api/agent/stream`)).status).toBe(401);

    const offHours = await borrowerAskingForPerson(url, app.cases);
    // Nobody online yet: the borrower is offered a callback instead of a wait.
    expect(offHours.borrower.received.some((a) => /call you back/.test(a.text ?? ''))).toBe(true);

    // A supervisor watching the queue is not someone who can take the conversation.
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const watching = supervisor.stream();
    await watching.next('queue');
    const stillOffHours = await borrowerAskingForPerson(url, app.cases);
    expect(stillOffHours.borrower.received.some((a) => /call you back/.test(a.text ?? ''))).toBe(true);
    watching.close();

    const agent = await StaffClient.signIn(url, 'agent');
    const stream = agent.stream();
    expect((await stream.opened).headers.get('content-type')).toMatch(/text\/event-stream/);
    const snapshot = (await stream.next('queue')) as unknown as { id: string }[];
    expect(snapshot.map((c) => c.id).sort()).toEqual([offHours.caseId, stillOffHours.caseId].sort());

    const { borrower, caseId } = await borrowerAskingForPerson(url, app.cases);
    expect(borrower.received.some((a) => /Someone should be with you/.test(a.text ?? ''))).toBe(true);
    const added = await stream.next('case', (c) => c.id === caseId);
    expect(added).toMatchObject({ status: 'queued', reason: 'asked_for_human', label: 'standard', verified: false });
    const escalation = await stream.next('escalation', (e) => e.caseId === caseId);
    expect(escalation.reason).toBe('asked_for_human');
    stream.close();
  });

  it("streams the agent's own case transcript live and tells other agents when a case is taken", async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const [priya, tom] = await Promise.all([StaffClient.signIn(url, 'agent'), StaffClient.signIn(url, 'agent2')]);
    const priyaFeed = priya.stream();
    const tomFeed = tom.stream();
    await Promise.all([priyaFeed.next('queue'), tomFeed.next('queue')]);
    const { borrower, caseId } = await borrowerAskingForPerson(url, app.cases);
    await tomFeed.next('case', (c) => c.id === caseId);

    await priya.post(`/api/agent/cases/${caseId}/claim`);
    const removed = await tomFeed.next('case-removed', (c) => c.id === caseId);
    expect(removed.assignedTo).toBe('agent');

    await borrower.post('Is anyone there?');
    const live = await priyaFeed.next('transcript', (t) => (t.entries as { text?: string }[]).some((e) => e.text === 'Is anyone there?'));
    expect(live.caseId).toBe(caseId);
    await new Promise((r) => setTimeout(r, 200));
    expect(tomFeed.events.some((e) => e.event === 'transcript')).toBe(false);
    priyaFeed.close();
    tomFeed.close();
  });
});
