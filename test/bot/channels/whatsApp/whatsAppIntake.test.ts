import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { FakeGraphServer } from '../../../support/fakeGraphServer';
import { AGENTS_AVAILABLE, StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';
import { buttonReply, listReply } from './support/webhookFixtures';
import { bodyText, choicesOf, WHATSAPP_ENV, whatsAppBorrower } from './support/whatsAppBorrower';

const WA_ID = '447700900202';
const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;

describe('WhatsApp with the real dialogs', () => {
  let graph: FakeGraphServer;
  afterEach(() => graph?.close());

  it('verifies, reads the story, builds the budget, accepts an offer by tapping a button and gets the written confirmation', async () => {
    graph = await FakeGraphServer.start('wa-token');
    const { url, app } = await startTestApp({ ...WHATSAPP_ENV(graph), PUBLIC_URL: 'https://help.northwind.example' });
    const { text, tap, send } = whatsAppBorrower(url, graph, WA_ID);

    let replies = await text('hi');
    expect(replies.map(bodyText).join(' ')).toMatch(/Northwind Lending virtual assistant/);
    replies = await tap(replies, 'Yes, continue');
    expect(replies.map(bodyText).join(' ')).toMatch(/loan reference/);
    await text(MEDIUM.loanId);
    replies = await text(MEDIUM.phoneLast4);
    expect(replies.map(bodyText).join(' ')).toMatch(/verified[\s\S]*What has made it hard/);
    replies = await text('work has dried up and my income dropped a lot');
    replies = await tap(replies, "Yes, that's right");
    await tap(replies, "I don't know");
    await text(String(MEDIUM.intake.currentMonthlyIncome));
    await text('15000');
    replies = await text('12000 a month');
    replies = await tap(replies, 'None');
    const offerText = replies.map(bodyText).join('\n');
    expect(offerText).toMatch(/we've looked at plans/);
    expect(offerText).toMatch(/Option 1 of/);
    const accept = replies.flatMap(choicesOf).find((c) => /Accept/.test(c.title))!;
    expect(accept).toBeTruthy();
    replies = await send(accept.kind === 'button' ? buttonReply(WA_ID, accept) : listReply(WA_ID, accept));
    const done = replies.map(bodyText).join('\n');
    expect(done).toMatch(/Your reference is FB-/);
    const arrangements = [];
    for await (const a of app.arrangements.all()) arrangements.push(a);
    expect(arrangements).toHaveLength(1);
    expect(arrangements[0].channel).toBe('whatsapp');
    expect(done).toContain(arrangements[0].reference);
    // The written confirmation comes on WhatsApp as a text with the link (WhatsApp makes it tappable), and opens.
    const link = /https:\/\/help\.northwind\.example(\/confirmation\/\S+) \(the link works until/.exec(done)!;
    expect(link, done).toBeTruthy();
    const page = await fetch(`${url}${link[1]}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(arrangements[0].termsDigest);
    expect(arrangements[0].terms).toMatchObject({ channel: 'whatsapp', language: 'en' });
    const again = (await text('can I get this in writing?')).map(bodyText).join('\n');
    expect(again).toMatch(/Yes\. Your written confirmation of arrangement FB-\w+ is here[\s\S]*\/confirmation\//);
    const [issued] = await app.audit.read({ action: 'arrangement.confirmation_link' });
    expect(issued.targets![1]).toMatch(/^whatsapp:/);
    expect(JSON.stringify(issued)).not.toContain(WA_ID);
    for (const s of graph.sent) expect(s.body.to).toBe(WA_ID);
    expect(graph.refused).toEqual([]);
    // The link opens the borrower's page: the transcript staff read keeps where it points, never the token.
    const summary = app.transcripts.allSummaries().find((x) => x.channelId === 'whatsapp')!;
    const stored = JSON.stringify((await app.transcripts.get(summary.key))!.entries);
    expect(stored).toContain('/confirmation/[REDACTED:link]');
    expect(stored).not.toContain(link[1].split('/').at(-1)!);
  });

  it("an agent's reply reaches the borrower on WhatsApp, and the borrower's answer reaches the agent", async () => {
    graph = await FakeGraphServer.start('wa-token');
    const { url, app } = await startTestApp({ ...WHATSAPP_ENV(graph), ...AGENTS_AVAILABLE });
    const { text } = whatsAppBorrower(url, graph, WA_ID);
    const agent = await StaffClient.signIn(url, 'agent');
    const consoleOpen = agent.stream();
    await consoleOpen.opened;
    await text('hi');
    expect((await text('I want to talk to a person')).map(bodyText).join(' ')).toMatch(/passing you to a member of our team/);
    const key = app.transcripts.allSummaries().find((s) => s.channelId === 'whatsapp')!.conversationId;
    expect(key).toMatch(/^whatsapp:\+44 77•+202~/);
    const record = app.cases.openCaseFor('whatsapp', key)!;
    expect((await agent.post(`/api/agent/cases/${record.id}/claim`)).status).toBe(200);
    expect((await agent.post(`/api/agent/cases/${record.id}/messages`, { text: 'Hello, I am here to help. What happened?' })).status).toBe(200);
    const toBorrower = graph.sentTo(WA_ID).map(bodyText);
    expect(toBorrower.join('\n')).toMatch(/You're now chatting with Priya[\s\S]*Hello, I am here to help/);
    // WhatsApp shows every message as the business's: the agent's name goes in front of theirs, not of the service's notices.
    expect(toBorrower.at(-1)).toBe('*Priya (demo agent):* Hello, I am here to help. What happened?');
    expect(toBorrower.find((t) => t.includes("You're now chatting"))).toMatch(/^You're now chatting/);
    // The bot stays silent while the agent holds the chat.
    expect(await text('I lost my job last month', false)).toEqual([]);
    const { json } = await agent.get(`/api/agent/cases/${record.id}`);
    expect(JSON.stringify(json.transcript)).toContain('I lost my job last month');
    // The number they write from, masked until the holder reveals it (audited, without the number).
    expect((json.case as { phone: unknown }).phone).toEqual({ masked: '+44 77•••••202', source: 'whatsapp' });
    expect(JSON.stringify(json)).not.toContain(WA_ID);
    const revealed = await agent.post(`/api/agent/cases/${record.id}/phone`);
    expect(revealed.json).toEqual({ phone: `+${WA_ID}`, source: 'whatsapp' });
    const audit = await app.audit.read({ action: 'case.phone_reveal', target: record.id });
    expect([audit.length, JSON.stringify(audit).includes(WA_ID.slice(-6))]).toEqual([1, false]);
    consoleOpen.close();
  });
});
