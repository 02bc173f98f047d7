import { expect } from 'vitest';
import type { FakeGraphServer, RecordedSend } from '../../../../support/fakeGraphServer';
import { APP_SECRET, buttonReply, listReply, PHONE_NUMBER_ID, signed, textMessage, VERIFY_TOKEN, webhook } from './webhookFixtures';

interface Choice {
  id: string;
  title: string;
  kind: 'button' | 'list';
}

/** The choices a sent interactive message offers (reply buttons or list rows). */
export function choicesOf(send: RecordedSend): Choice[] {
  const interactive = send.body.interactive as
    { type: string; action: { buttons?: { reply: { id: string; title: string } }[]; sections?: { rows: { id: string; title: string }[] }[] } } | undefined;
  if (!interactive) return [];
  if (interactive.type === 'button') return (interactive.action.buttons ?? []).map((b) => ({ ...b.reply, kind: 'button' as const }));
  return (interactive.action.sections ?? []).flatMap((s) => s.rows.map((r) => ({ id: r.id, title: r.title, kind: 'list' as const })));
}

export function bodyText(send: RecordedSend): string {
  const b = send.body as { text?: { body: string }; interactive?: { body?: { text: string } } };
  return b.text?.body ?? b.interactive?.body?.text ?? '';
}

type Message = Record<string, unknown> & { from: string; id: string; timestamp: string; type: string };

/** A borrower's phone (`waId`): posts signed webhooks and returns what the bot sent back once it settles. */
export function whatsAppBorrower(url: string, graph: FakeGraphServer, waId: string) {
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
  const text = (body: string, expectReply = true) => send(textMessage(waId, body), expectReply);
  const tap = async (replies: RecordedSend[], title: string) => {
    const choice = replies.flatMap(choicesOf).find((c) => c.title === title);
    if (!choice) throw new Error(`no "${title}" among ${JSON.stringify(replies.flatMap(choicesOf).map((c) => c.title))}`);
    return send(choice.kind === 'button' ? buttonReply(waId, choice) : listReply(waId, choice));
  };
  return { send, text, tap };
}

export const WHATSAPP_ENV = (graph: FakeGraphServer) => ({
  WHATSAPP_TOKEN: 'wa-token',
  WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
  WHATSAPP_APP_SECRET: APP_SECRET,
  WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
  WHATSAPP_API_BASE_URL: graph.url,
});
