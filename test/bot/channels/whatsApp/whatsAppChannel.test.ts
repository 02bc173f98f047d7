import { afterEach, describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import type { RecordedSend } from '../../../support/fakeGraphServer';
import { tempDir } from '../../../support/tempDir';
import { startHarness, type Harness } from './support/channelHarness';
import { REASONS } from './support/intakeTestDialog';
import { buttonReply, imageMessage, listReply, signed, status, textMessage, VERIFY_TOKEN, webhook } from './support/webhookFixtures';

const BORROWER = '919812345678';

interface Interactive {
  type: string;
  body: { text: string };
  action: { buttons?: { reply: { id: string; title: string } }[]; sections?: { rows: { id: string; title: string; description?: string }[] }[] };
}

const interactiveOf = (send: RecordedSend): Interactive => send.body.interactive as Interactive;
const textOf = (send: RecordedSend): string => (send.body.text as { body: string } | undefined)?.body ?? interactiveOf(send)?.body.text ?? '';
const rowsOf = (send: RecordedSend) => interactiveOf(send).action.sections!.flatMap((s) => s.rows);
const buttonsOf = (send: RecordedSend) => interactiveOf(send).action.buttons!.map((b) => b.reply);

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('WhatsApp webhook verification', () => {
  it('echoes the challenge for the right verify token and refuses anything else', async () => {
    harness = await startHarness({ dataDir: tempDir() });
    const ok = await fetch(`${harness.url}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    for (const query of [
      `hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`,
      `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`,
      `hub.mode=subscribe&hub.challenge=1`,
    ]) {
      expect((await fetch(`${harness.url}?${query}`)).status).toBe(403);
    }
  });
});

describe('WhatsApp webhook security and parsing', () => {
  it('refuses a bad or missing signature with 401 and processes nothing', async () => {
    const turns: string[] = [];
    harness = await startHarness({ dataDir: tempDir(), logic: async (c) => void turns.push(c.activity.text ?? '') });
    const body = webhook({ messages: [textMessage(BORROWER, 'hello')] });
    expect((await harness.post(body, { signature: signed(body, 'some-other-secret').signature })).status).toBe(401);
    expect((await harness.post(body, { signature: null })).status).toBe(401);
    // Signed bytes changed after signing: the signature no longer matches.
    const tampered = JSON.stringify(body).replace('hello', 'hellO');
    expect((await harness.post(body, { raw: tampered, signature: signed(body).signature })).status).toBe(401);
    expect(turns).toEqual([]);
    expect(harness.graph.sent).toEqual([]);
  });

  it('answers 400 to signed bodies that are not JSON or not a WhatsApp webhook', async () => {
    harness = await startHarness({ dataDir: tempDir() });
    expect((await harness.post(undefined, { raw: '{"object": "whatsapp_business_account", ' })).status).toBe(400);
    expect((await harness.post({ object: 'page', entry: [] })).status).toBe(400);
    const missingFrom = webhook({ messages: [{ ...textMessage(BORROWER, 'x'), from: '' }] });
    expect((await harness.post(missingFrom)).status).toBe(400);
    expect(harness.graph.sent).toEqual([]);
  });

  it('ignores changes addressed to another phone number', async () => {
    harness = await startHarness({ dataDir: tempDir() });
    expect((await harness.post(webhook({ messages: [textMessage(BORROWER, 'hi')], phoneNumberId: '999' }))).status).toBe(200);
    expect(harness.graph.sent).toEqual([]);
  });
});

describe('WhatsApp inbound handling', () => {
  it('answers a message delivered twice (a Meta retry) only once, even when both arrive together', async () => {
    const turns: string[] = [];
    harness = await startHarness({ dataDir: tempDir(), logic: async (c) => void turns.push(c.activity.id!) });
    const message = textMessage(BORROWER, 'hello');
    const body = webhook({ messages: [message] });
    await Promise.all([harness.post(body, { settle: false }), harness.post(body, { settle: false })]);
    await harness.settle();
    await harness.post(body);
    expect(turns).toEqual([message.id]);
  });

  it("runs one sender's messages in timestamp order, whatever order they are listed in", async () => {
    const turns: string[] = [];
    harness = await startHarness({ dataDir: tempDir(), logic: async (c) => void turns.push(c.activity.text ?? '') });
    const t = Date.now();
    await harness.post(
      webhook({ messages: [textMessage(BORROWER, 'second', t), textMessage(BORROWER, 'first', t - 5000), textMessage('447700900123', 'other', t - 1000)] }),
    );
    expect(turns.filter((x) => x !== 'other')).toEqual(['first', 'second']);
    expect(turns).toContain('other');
  });

  it("maps a text message to an activity keyed on a pseudonym of the borrower's phone (the number and profile name never travel)", async () => {
    const activities: TurnContext['activity'][] = [];
    harness = await startHarness({ dataDir: tempDir(), logic: async (c) => void activities.push(c.activity) });
    const message = textMessage(BORROWER, 'I lost my job', Date.UTC(2026, 0, 5, 10));
    await harness.post(webhook({ messages: [message], names: { [BORROWER]: 'Asha' } }));
    expect(activities[0]).toMatchObject({
      type: 'message',
      channelId: 'whatsapp',
      id: message.id,
      text: 'I lost my job',
      from: { name: '' },
      recipient: { id: '106540352242922' },
    });
    expect(activities[0].conversation.id).toMatch(/^whatsapp:\+\d+ \d\d•+\d{3}~[\w-]{10}$/);
    expect(JSON.stringify(activities[0])).not.toContain(BORROWER);
    expect(JSON.stringify(activities[0])).not.toContain('Asha');
    expect(new Date(activities[0].timestamp!).getTime()).toBe(Date.UTC(2026, 0, 5, 10));
  });

  it('asks for a typed answer when a photo arrives, and records the message', async () => {
    harness = await startHarness({ dataDir: tempDir() });
    const photo = imageMessage(BORROWER);
    await harness.post(webhook({ messages: [photo] }));
    expect(harness.graph.sent.map(textOf)).toEqual(['I can only read typed messages here. Please type your answer.']);
    expect(await harness.channel.store.inboundRecord(photo.id)).toMatchObject({ type: 'image' });
  });

  it('records sent, delivered and failed statuses, with error codes, on the outbound message', async () => {
    harness = await startHarness({ dataDir: tempDir() });
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'hi')] }));
    const { messageId } = harness.graph.sent.at(-1)!;
    await harness.post(webhook({ statuses: [status(messageId, BORROWER, 'sent'), status(messageId, BORROWER, 'delivered')] }));
    await harness.post(webhook({ statuses: [status(messageId, BORROWER, 'failed', Date.now(), [{ code: 131026, title: 'Message undeliverable' }])] }));
    const record = await harness.channel.store.outboundRecord(messageId);
    expect(record?.type).toBe('interactive');
    expect(record?.statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'failed']);
    expect(record?.statuses[2].errors).toEqual([{ code: 131026, title: 'Message undeliverable' }]);
  });
});

describe('a full intake over WhatsApp', () => {
  it('drives the dialog with a list, buttons, typed text and a card offer to an accepted plan', async () => {
    harness = await startHarness({ dataDir: tempDir() });
    const { graph } = harness;
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'hi')] }));

    // 7 reasons: too many for buttons, so a list, with the long one cut and shown whole underneath.
    const reasonList = graph.sentTo(BORROWER).at(-1)!;
    expect(interactiveOf(reasonList).type).toBe('list');
    expect(textOf(reasonList)).toContain('What has made repayments hard?');
    const rows = rowsOf(reasonList);
    expect(rows).toHaveLength(REASONS.length);
    const longRow = rows.find((r) => r.description === 'Reduced hours or pay cut at work')!;
    expect(longRow.title.length).toBeLessThanOrEqual(24);
    await harness.post(webhook({ messages: [listReply(BORROWER, longRow)] }));

    const yesNo = graph.sentTo(BORROWER).at(-1)!;
    expect(interactiveOf(yesNo).type).toBe('button');
    const yes = buttonsOf(yesNo).find((b) => b.title === 'Yes')!;
    await harness.post(webhook({ messages: [buttonReply(BORROWER, yes)] }));

    expect(textOf(graph.sentTo(BORROWER).at(-1)!)).toBe('What is your monthly income now?');
    await harness.post(webhook({ messages: [textMessage(BORROWER, '32000')] }));

    const offer = graph.sentTo(BORROWER).at(-1)!;
    expect(textOf(offer)).toContain('Income: 32000');
    const accept = buttonsOf(offer).find((b) => b.title.startsWith('Accept 3-month'))!;
    expect(accept.title.length).toBeLessThanOrEqual(20);
    await harness.post(webhook({ messages: [buttonReply(BORROWER, accept)] }));

    expect(textOf(graph.sentTo(BORROWER).at(-1)!)).toBe('Accepted deferral-3 (reason: Reduced hours or pay cut at work, temporary: Yes, income: 32000).');
    expect(harness.turnErrors).toEqual([]);
    expect(graph.refused).toEqual([]);
  });
});
