import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationReference, TurnContext } from 'botbuilder';
import { tempDir } from '../../../support/tempDir';
import { startHarness, type Harness } from './support/channelHarness';
import { PHONE_NUMBER_ID, textMessage, webhook } from './support/webhookFixtures';

const BORROWER = '919812345678';
const HOUR = 60 * 60 * 1000;

const reference: Partial<ConversationReference> = {
  channelId: 'whatsapp',
  serviceUrl: 'whatsapp',
  conversation: { id: `whatsapp:${BORROWER}`, isGroup: false, conversationType: 'personal', name: '' },
  user: { id: BORROWER, name: '' },
  bot: { id: PHONE_NUMBER_ID, name: '' },
};

const echo = async (context: TurnContext) => {
  if (context.activity.type === 'message') await context.sendActivity(`You said: ${context.activity.text}`);
};

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function clockAt(start: number) {
  const clock = { now: new Date(start), advance: (ms: number) => (clock.now = new Date(clock.now.getTime() + ms)) };
  return clock;
}

const agentSays = (h: Harness, text: string) => h.channel.adapter.continueConversation(reference, async (context) => void (await context.sendActivity(text)));

describe('agent replies (proactive messages)', () => {
  it('reach the borrower on WhatsApp while the window is open', async () => {
    harness = await startHarness({ dataDir: tempDir(), logic: echo });
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'I need to talk to someone')] }));
    await agentSays(harness, 'Hi, this is Priya from the hardship team.');
    expect(harness.graph.sentTo(BORROWER).map((s) => s.body.type)).toEqual(['text', 'text']);
    expect(harness.graph.sent.at(-1)!.body.text).toEqual({ body: 'Hi, this is Priya from the hardship team.' });
    expect(harness.graph.sent.at(-1)!.phoneNumberId).toBe(PHONE_NUMBER_ID);
  });

  it('go through the adapter middleware, so an opt-out drops them', async () => {
    harness = await startHarness({ dataDir: tempDir(), logic: echo });
    // Every WhatsApp conversation of this test is opted out (ids are pseudonymous now, so match on the channel).
    harness.channel.adapter.use(async (context, next) => {
      context.onSendActivities(async (ctx, activities, nextSend) => (ctx.activity.channelId === 'whatsapp' ? [] : nextSend()));
      await next();
    });
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'hello')] }));
    await agentSays(harness, 'Following up on your plan');
    expect(harness.graph.sent).toEqual([]);
  });

  it('refuse a conversation that is not a WhatsApp one', async () => {
    harness = await startHarness({ dataDir: tempDir(), logic: echo });
    await expect(
      harness.channel.adapter.continueConversation(
        { ...reference, conversation: { id: 'abc' } as ConversationReference['conversation'] },
        async () => undefined,
      ),
    ).rejects.toThrow(/WhatsApp conversation id/);
  });
});

describe('the 24-hour customer-service window', () => {
  it('sends the template instead of free text once closed, holds the text back, and releases it when the borrower replies', async () => {
    const clock = clockAt(Date.UTC(2026, 0, 5, 10));
    harness = await startHarness({ dataDir: tempDir(), logic: echo, now: () => clock.now });
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'hello', clock.now)] }));
    expect(harness.graph.sent).toHaveLength(1);

    clock.advance(25 * HOUR);
    await agentSays(harness, 'Your new plan is ready.');
    await agentSays(harness, 'It starts next month.');
    const afterAgent = harness.graph.sent.slice(1);
    expect(afterAgent.map((s) => s.body.type)).toEqual(['template']);
    expect(afterAgent[0].body.template).toEqual({ name: 'payment_plan_update', language: { code: 'en' } });
    const templateRecord = await harness.channel.store.outboundRecord(afterAgent[0].messageId);
    expect(templateRecord).toMatchObject({ type: 'template', withheld: 1 });
    expect((await harness.channel.store.user(BORROWER)).pending).toHaveLength(2);

    clock.advance(HOUR);
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'ok, show me', clock.now)] }));
    expect(harness.graph.sent.slice(2).map((s) => (s.body.text as { body: string }).body)).toEqual([
      'Your new plan is ready.',
      'It starts next month.',
      'You said: ok, show me',
    ]);
    expect((await harness.channel.store.user(BORROWER)).pending).toEqual([]);
  });

  it("treats Meta's re-engagement error (131047) as a closed window", async () => {
    harness = await startHarness({ dataDir: tempDir(), logic: echo });
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'hello')] }));
    harness.graph.closeWindowFor(BORROWER);
    await agentSays(harness, 'Are you still there?');
    expect(harness.graph.refused.map((r) => r.code)).toEqual([131047]);
    expect(harness.graph.sent.at(-1)!.body.type).toBe('template');
    expect((await harness.channel.store.user(BORROWER)).pending).toHaveLength(1);
  });

  it('sends nothing outside the window when no template is configured', async () => {
    harness = await startHarness({ dataDir: tempDir(), logic: echo, template: '' });
    await agentSays(harness, 'We never heard from you');
    expect(harness.graph.sent).toEqual([]);
    expect((await harness.channel.store.user(BORROWER)).pending).toHaveLength(1);
  });
});

describe('Graph API failures during a turn', () => {
  it('retries transient failures and reports permanent ones to onTurnError', async () => {
    harness = await startHarness({ dataDir: tempDir(), logic: echo });
    harness.graph.failNext(2, { status: 500, code: 2 });
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'one')] }));
    expect(harness.graph.sent.map((s) => (s.body.text as { body: string }).body)).toEqual(['You said: one']);

    harness.graph.failNext(1, { status: 400, code: 100, message: 'Invalid parameter' });
    await harness.post(webhook({ messages: [textMessage(BORROWER, 'two')] }));
    expect(harness.turnErrors.map((e) => e.name)).toEqual(['GraphApiError']);
    expect(harness.graph.sent).toHaveLength(1);
  });
});
