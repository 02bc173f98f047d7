import { describe, expect, it } from 'vitest';
import { StaffClient } from '../../../support/staffClient';
import { verifiedCase } from '../../../support/verifiedCase';

/** A case whose borrower accepted a plan the agent proposed; the written confirmation link already sent. */
async function accepted(language?: 'hi') {
  const running = await verifiedCase({ language });
  const { agent, borrower, caseId } = running;
  const plan = (await agent.post(`/api/agent/cases/${caseId}/offers`, { fresh: true })).json.plan as { id: string };
  await borrower.botReplies(1);
  const reference = ((await agent.post(`/api/agent/cases/${caseId}/offers/accept`, { planId: plan.id })).json.arrangement as { reference: string }).reference;
  const [, written] = await borrower.botReplies(2);
  return { ...running, reference, firstLink: linkIn(written.text) };
}

const linkIn = (text: string | undefined) => /\/confirmation\/\S+/.exec(text ?? '')![0];

describe('staff care of the written confirmation link', () => {
  it('sends the borrower a fresh link in the chat; the earlier one still opens unless withdrawn with it', async () => {
    const { url, app, agent, borrower, caseId, reference, firstLink } = await accepted();
    const resent = await agent.post(`/api/agent/cases/${caseId}/arrangements/${reference}/confirmation`, {});
    expect(resent.status).toBe(200);
    expect(resent.json).toMatchObject({ withdrawn: false, expiresAt: expect.stringMatching(/^\d{4}-/) });
    const second = linkIn((await borrower.botReplies(1))[0].text);
    expect(second).not.toBe(firstLink);
    for (const link of [firstLink, second]) expect((await fetch(`${url}${link}`)).status).toBe(200);

    const replaced = await agent.post(`/api/agent/cases/${caseId}/arrangements/${reference}/confirmation`, { withdrawEarlier: true });
    expect(replaced.json).toMatchObject({ withdrawn: true });
    const third = linkIn((await borrower.botReplies(1))[0].text);
    for (const link of [firstLink, second]) {
      const res = await fetch(`${url}${link}`);
      expect(res.status).toBe(410);
      expect(await res.text()).toMatch(/This link has been withdrawn/);
    }
    expect((await fetch(`${url}${third}`)).status).toBe(200);
    const actions = (await app.audit.read({ target: caseId })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['case.confirmation_resent', 'arrangement.confirmation_withdrawn']));
  });

  it('withdraws without sending anything, and the page says so in the language the borrower accepted in', async () => {
    const { url, agent, borrower, caseId, reference, firstLink } = await accepted('hi');
    const res = await agent.post(`/api/agent/cases/${caseId}/arrangements/${reference}/confirmation/withdraw`, {});
    expect(res.status).toBe(200);
    expect(res.json.withdrawnAt).toMatch(/^\d{4}-/);
    const page = await fetch(`${url}${firstLink}`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('यह लिंक वापस ले लिया गया है');
    expect(await borrower.botReplies(0, 500)).toEqual([]);
  });

  it("refuses a bad reference, another loan's arrangement, a bad body, and anyone but the holder (a supervisor may withdraw)", async () => {
    const { url, agent, caseId, reference } = await accepted();
    const base = `/api/agent/cases/${caseId}/arrangements`;
    expect((await agent.post(`${base}/not-a-ref/confirmation`, {})).status).toBe(400);
    expect((await agent.post(`${base}/FB-ZZZZZZ/confirmation`, {})).status).toBe(404);
    const badBody = await agent.post(`${base}/${reference}/confirmation`, { withdrawEarlier: 'yes' });
    expect(badBody.status).toBe(400);
    expect(String(badBody.json.error)).toMatch(/withdrawEarlier must be true or false/);
    expect((await agent.post(`${base}/${reference}/confirmation`, { extra: 1 })).status).toBe(400);

    const supervisor = await StaffClient.signIn(url, 'supervisor');
    expect((await supervisor.post(`${base}/${reference}/confirmation`, {})).status).toBe(403);
    expect((await supervisor.post(`${base}/${reference}/confirmation/withdraw`, {})).status).toBe(200);
  });
});
