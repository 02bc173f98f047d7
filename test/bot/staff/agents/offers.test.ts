import { describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../../../models/offers';
import { StaffClient } from '../../../support/staffClient';
import { verifiedCase } from '../../../support/verifiedCase';

describe('agent offers', () => {
  it("proposes a fresh plan from the policy engine as the bot's offer card, then records the acceptance as an arrangement", async () => {
    const { app, url, agent, borrower, caseId, loan } = await verifiedCase();
    const summary = (await agent.get(`/api/agent/cases/${caseId}`)).json.case as { loan: { loanId: string } | null; budget: unknown };
    expect(summary.loan?.loanId).toBe(loan.Loan_ID);
    expect(summary.budget).not.toBeNull();

    const proposed = await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true });
    expect(proposed.status).toBe(200);
    const plan = proposed.json.plan as { id: string; title: string };
    const card = (await borrower.botReplies(1))[0];
    expect(card.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.attachments?.[0].content)).toContain(plan.title);
    expect((await app.cases.get(caseId))?.plans.map((p) => p.id)).toContain(plan.id);

    const accepted = await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id });
    expect(accepted.status).toBe(200);
    const arrangement = accepted.json.arrangement as { reference: string; channel: string; loanId: string };
    expect(arrangement.reference).toMatch(REFERENCE_PATTERN);
    expect([arrangement.channel, arrangement.loanId]).toEqual(['agent', loan.Loan_ID]);
    const [allSet, written] = await borrower.botReplies(2);
    expect(allSet.text).toContain(arrangement.reference);
    // The written confirmation follows, on the borrower's channel, with the terms recorded as the agent's acceptance.
    expect(written.text).toMatch(/Your written confirmation of this arrangement is here[\s\S]*\/confirmation\/FB-/);
    const stored = await app.arrangements.load(arrangement.reference);
    expect(stored?.terms).toMatchObject({ channel: 'agent', language: 'en', reference: arrangement.reference });
    const path = /\/confirmation\/\S+/.exec(written.text!)![0];
    expect((await fetch(`${url}${path}`)).status).toBe(200);
    const [issued] = await app.audit.read({ action: 'arrangement.confirmation_link' });
    expect(issued).toMatchObject({ actor: 'agent', targets: [arrangement.reference, `directline:${borrower.conversationId}`] });
    const summaryAfter = app.transcripts.summary(`directline:${borrower.conversationId}`);
    expect([summaryAfter?.outcome, summaryAfter?.arrangementReference]).toEqual(['arrangement', arrangement.reference]);
    expect((await app.audit.read({ target: caseId })).map((e) => e.action)).toEqual(expect.arrayContaining(['case.offer', 'case.arrangement']));
  });

  it("sends the offer card and the confirmation in the borrower's language, while the console gets the English wording", async () => {
    const { agent, borrower, caseId } = await verifiedCase({ language: 'hi' });
    const proposed = await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true });
    const plan = proposed.json.plan as { id: string; title: string; borrower: { title: string; figures: { label: string }[] } };
    expect(plan.title).not.toMatch(/\p{Script=Devanagari}/u);
    expect(plan.borrower.title).toMatch(/\p{Script=Devanagari}/u);
    const card = JSON.stringify((await borrower.botReplies(1))[0].attachments?.[0].content);
    expect(card).toContain(plan.borrower.title);
    expect(card).toContain('कुल भुगतान');
    expect(card).not.toContain(plan.title);
    expect(card).not.toMatch(/Total you will pay|Overall you pay/);

    await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id });
    expect((await borrower.botReplies(1))[0].text).toMatch(new RegExp(`^सब तय हो गया: "${plan.borrower.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  });

  // Reported: LN_90002 had three live arrangements, all exported.
  it('refuses a second live arrangement for the loan with a clear message; replacing it must be said, and shows on the case', async () => {
    const { app, url, agent, borrower, caseId, loan } = await verifiedCase();
    const plan = (await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true })).json.plan as { id: string };
    await borrower.botReplies(1);
    const first = (await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id })).json.arrangement as { reference: string };
    await borrower.botReplies(1);
    const view = (await agent.get(`/api/agent/cases/${caseId}`)).json.case as { liveArrangement: { reference: string; nextPayment: unknown } | null };
    expect(view.liveArrangement).toMatchObject({ reference: first.reference, nextPayment: { amount: expect.any(Number) } });

    const again = await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id });
    expect(again.status).toBe(409);
    expect(String(again.json.error)).toMatch(
      new RegExp(`Loan ${loan.Loan_ID} already has a live arrangement, ${first.reference}.*replacing ${first.reference}; nothing was recorded`),
    );
    expect((await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id, replaces: 'FB-222222' })).status).toBe(409);
    expect((await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id, replaces: 'not-a-reference' })).status).toBe(400);

    const replaced = await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id, replaces: first.reference });
    expect(replaced.status).toBe(200);
    const second = replaced.json.arrangement as { reference: string };
    expect(await app.arrangements.load(first.reference)).toMatchObject({ replacedBy: { reference: second.reference } });
    expect((await app.arrangements.liveForLoan(loan.Loan_ID, new Date()))?.reference).toBe(second.reference);
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const exported = (await supervisor.get('/api/supervisor/arrangements')).json.items as { reference: string; status: string; replacedBy: string }[];
    expect(exported.map(({ reference, status, replacedBy }) => ({ reference, status, replacedBy })).sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { reference: second.reference, status: 'live', replacedBy: '' },
      { reference: first.reference, status: 'replaced', replacedBy: second.reference },
    ]);
  });

  it('refuses a plan the case never had, and acceptance of a plan that was not offered', async () => {
    const { agent, caseId } = await verifiedCase();
    const unknown = await agent.post(`/api/agent/cases/${caseId}/offers`, { planId: 'made-up-12' });
    expect(unknown.status).toBe(409);
    expect(String(unknown.json.error)).toMatch(/No plan made-up-12/);
    expect((await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: 'made-up-12' })).status).toBe(409);
  });

  it('makes no offer for an unverified borrower and shows no loan details', async () => {
    const { agent, caseId } = await verifiedCase({ verified: false });
    const view = (await agent.get(`/api/agent/cases/${caseId}`)).json.case as { loan: unknown; borrower: { verified: boolean } };
    expect([view.loan, view.borrower.verified]).toEqual([null, false]);
    const refused = await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true });
    expect(refused.status).toBe(409);
    expect(String(refused.json.error)).toMatch(/not verified/);
  });
});

// Reported: Accept tapped on a card an agent sent showed raw JSON in the console and the borrower heard nothing.
describe("the borrower taps a button on an agent's offer card", () => {
  it('Accept is acknowledged in plain words and left to the agent, who records it as the arrangement', async () => {
    const { app, agent, borrower, caseId } = await verifiedCase();
    const plan = (await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true })).json.plan as { id: string; title: string };
    await borrower.botReplies(1);

    const [ack, ...rest] = await borrower.say({ type: 'message', value: { action: 'accept', planId: plan.id } });
    expect(rest).toEqual([]);
    expect(ack.text).toBe(
      `Thank you. I've told the person you're chatting with that you'd like to go ahead with "${plan.title}". They'll confirm it with you here.`,
    );
    expect((ack.channelData as { agent?: string } | undefined)?.agent).toBeUndefined();
    const nothingYet = [];
    for await (const a of app.arrangements.all()) nothingYet.push(a);
    expect(nothingYet).toEqual([]);

    // The console gets the tap itself (it shows it in words and offers to record it).
    const transcript = (await agent.get(`/api/agent/cases/${caseId}`)).json.transcript as { speaker: string; value?: unknown }[];
    expect(transcript.filter((e) => e.speaker === 'borrower').at(-1)?.value).toEqual({ action: 'accept', planId: plan.id });

    const accepted = await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id });
    expect(accepted.status).toBe(200);
    expect((await borrower.botReplies(1))[0].text).toContain((accepted.json.arrangement as { reference: string }).reference);
  });

  it('"Other options" and "Talk to someone" are acknowledged too, and nothing from the tap is echoed back', async () => {
    const { agent, borrower, caseId } = await verifiedCase();
    await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true });
    await borrower.botReplies(1);
    const other = await borrower.say({ type: 'message', value: { action: 'other' } });
    expect(other.map((r) => r.text)).toEqual([
      "Thank you. I've told the person you're chatting with that you'd like to see other options. They'll reply here.",
    ]);
    const human = await borrower.say({ type: 'message', value: { action: 'human' } });
    expect(human.map((r) => r.text)).toEqual(["You're already chatting with a member of our team. They'll reply here."]);
    // A value that is not one of our buttons is held back like any other message while the agent holds the chat.
    await borrower.post({ type: 'message', value: { action: 'drop_table' } });
    expect(await borrower.botReplies(1, 500)).toEqual([]);
  });
});
