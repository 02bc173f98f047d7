import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { FakeGraphServer, type RecordedSend } from '../../../support/fakeGraphServer';
import { AGENTS_AVAILABLE, StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';
import { APP_SECRET, buttonReply, listReply, PHONE_NUMBER_ID, signed, textMessage, VERIFY_TOKEN, webhook } from './support/webhookFixtures';

const WA_ID = '447700900202';
const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;

interface Choice {
  id: string;
  title: string;
  kind: 'button' | 'list';
}

/** The choices a sent interactive message offers (reply buttons or list rows). */
function choicesOf(send: RecordedSend): Choice[] {
  const interactive = send.body.interactive as
    { type: string; action: { buttons?: { reply: { id: string; title: string } }[]; sections?: { rows: { id: string; title: string }[] }[] } } | undefined;
  if (!interactive) return [];
  if (interactive.type === 'button') return (interactive.action.buttons ?? []).map((b) => ({ ...b.reply, kind: 'button' as const }));
  return (interactive.action.sections ?? []).flatMap((s) => s.rows.map((r) => ({ id: r.id, title: r.title, kind: 'list' as const })));
}

function bodyText(send: RecordedSend): string {
  const b = send.body as { text?: { body: string }; interactive?: { body?: { text: string } } };
  return b.text?.body ?? b.interactive?.body?.text ?? '';
}

type Message = Record<string, unknown> & { from: string; id: string; timestamp: string; type: string };

/** A borrower's phone: posts signed webhooks and returns what the bot sent back once it settles. */
function whatsAppBorrower(url: string, graph: FakeGraphServer) {
  let seen = 0;
  const send = async (message: Message, expectReply = true): Promise<RecordedSend[]> => {
    seen = graph.sent.length;
    const body = webhook({ messages: [message] });
    const { raw, signature } = signed(body);
    const res = await fetch(`${url}/api/whatsapp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signature },
      body: raw,
    });
    expect(res.status).toBe(200);
    if (expectReply) await graph.waitForSends(seen + 1, 10_000);
    for (let stable = 0; stable < 3;) {
      const before = graph.sent.length;
      await new Promise((r) => setTimeout(r, 60));
      stable = graph.sent.length === before ? stable + 1 : 0;
    }
    const replies = graph.sent.slice(seen);
    seen = graph.sent.length;
    return replies;
  };
  const text = (body: string, expectReply = true) => send(textMessage(WA_ID, body), expectReply);
  const tap = async (replies: RecordedSend[], title: string) => {
    const choice = replies.flatMap(choicesOf).find((c) => c.title === title);
    if (!choice) throw new Error(`no "${title}" among ${JSON.stringify(replies.flatMap(choicesOf).map((c) => c.title))}`);
    return send(choice.kind === 'button' ? buttonReply(WA_ID, choice) : listReply(WA_ID, choice));
  };
  return { send, text, tap };
}

const WHATSAPP_ENV = (graph: FakeGraphServer) => ({
  WHATSAPP_TOKEN: 'wa-token',
  WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
  WHATSAPP_APP_SECRET: APP_SECRET,
  WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
  WHATSAPP_API_BASE_URL: graph.url,
});

describe('WhatsApp with the real dialogs', () => {
  let graph: FakeGraphServer;
  afterEach(() => graph?.close());

  it('verifies, reads the story, builds the budget and accepts an offer by tapping a button', async () => {
    graph = await FakeGraphServer.start('wa-token');
    const { url, app } = await startTestApp(WHATSAPP_ENV(graph));
    const { text, tap, send } = whatsAppBorrower(url, graph);

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
    for (const s of graph.sent) expect(s.body.to).toBe(WA_ID);
    expect(graph.refused).toEqual([]);
  });

  it("an agent's reply reaches the borrower on WhatsApp, and the borrower's answer reaches the agent", async () => {
    graph = await FakeGraphServer.start('wa-token');
    const { url, app } = await startTestApp({ ...WHATSAPP_ENV(graph), ...AGENTS_AVAILABLE });
    const { text } = whatsAppBorrower(url, graph);
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
