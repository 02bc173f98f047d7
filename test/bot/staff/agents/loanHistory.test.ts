import { describe, expect, it } from 'vitest';
import { StaffClient } from '../../../support/staffClient';
import { verifiedCase } from '../../../support/verifiedCase';

type History = {
  conversations: { key: string; caseId: string | null; disposition: string | null; agent: string | null; arrangementReference: string | null }[];
  arrangements: { reference: string; status: string; title: string; replacedBy: string | null }[];
};

describe("the loan's earlier conversations and arrangements", () => {
  it('a second case about the same loan shows the first, its outcome and arrangement, and its redacted transcript to the holder', async () => {
    const first = await verifiedCase();
    const { agent, url } = first;
    const plan = (await agent.post(`/api/agent/cases/${first.caseId}/offers`, { fresh: true })).json.plan as { id: string; title: string };
    await first.borrower.botReplies(1);
    const reference = ((await agent.post(`/api/agent/cases/${first.caseId}/offers/accept`, { planId: plan.id })).json.arrangement as { reference: string })
      .reference;
    await agent.post(`/api/agent/cases/${first.caseId}/messages`, { text: 'Call me on 9876543210 if anything changes' });
    expect((await agent.post(`/api/agent/cases/${first.caseId}/close`, { disposition: 'arrangement_made' })).status).toBe(200);

    const second = await verifiedCase({ on: first });
    const history = (await agent.get(`/api/agent/cases/${second.caseId}/history`)).json as unknown as History;
    expect(history.conversations).toEqual([
      expect.objectContaining({ caseId: first.caseId, disposition: 'arrangement_made', agent: 'agent', arrangementReference: reference }),
    ]);
    expect(history.arrangements).toEqual([expect.objectContaining({ reference, status: 'live', title: plan.title, replacedBy: null })]);

    const key = history.conversations[0].key;
    const read = await agent.get(`/api/agent/cases/${second.caseId}/history/transcript?conversation=${encodeURIComponent(key)}`);
    expect(read.status).toBe(200);
    const text = JSON.stringify(read.json.transcript);
    expect(text).toContain('if anything changes');
    expect(text).not.toContain('9876543210');
    const [audit] = await first.app.audit.read({ action: 'case.history_transcript', target: second.caseId });
    expect(audit.detail).toEqual({ conversation: key });

    // The current conversation, another loan's conversation or a made-up key: not found.
    const own = `directline:${second.borrower.conversationId}`;
    for (const forged of [own, 'directline:made-up', ''])
      expect((await agent.get(`/api/agent/cases/${second.caseId}/history/transcript?conversation=${encodeURIComponent(forged)}`)).status).toBe(404);
    const other = await StaffClient.signIn(url, 'agent2');
    expect((await other.get(`/api/agent/cases/${second.caseId}/history`)).status).toBe(404);
    expect((await other.get(`/api/agent/cases/${second.caseId}/history/transcript?conversation=${encodeURIComponent(key)}`)).status).toBe(404);
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    expect((await supervisor.get(`/api/agent/cases/${second.caseId}/history/transcript?conversation=${encodeURIComponent(key)}`)).status).toBe(200);
  });

  it('an agent reads earlier transcripts only while holding the case; an unverified case has no history', async () => {
    const first = await verifiedCase();
    await first.agent.post(`/api/agent/cases/${first.caseId}/close`, { disposition: 'no_contact' });
    const second = await verifiedCase({ on: first, claimed: false });
    const history = (await first.agent.get(`/api/agent/cases/${second.caseId}/history`)).json as unknown as History;
    expect(history.conversations.map((c) => c.disposition)).toEqual(['no_contact']);
    const key = encodeURIComponent(history.conversations[0].key);
    expect((await first.agent.get(`/api/agent/cases/${second.caseId}/history/transcript?conversation=${key}`)).status).toBe(409);

    const unverified = await verifiedCase({ on: first, verified: false });
    expect((await first.agent.get(`/api/agent/cases/${unverified.caseId}/history`)).json).toEqual({ conversations: [], arrangements: [] });
  });
});
