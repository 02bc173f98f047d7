import { describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { textOf } from '../../../support/intakeConversation';
import { DirectLineClient } from '../../../support/directLineClient';
import { messagesBorrower } from '../../../support/messagesBorrower';
import { startTestApp } from '../../../support/testApp';
import { tempDir } from '../../../support/tempDir';

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;
const UP_TO_BUDGET = [
  'yes',
  MEDIUM.loanId,
  MEDIUM.phoneLast4,
  'work has dried up and my income dropped a lot',
  'yes',
  "I don't know",
  String(MEDIUM.intake.currentMonthlyIncome),
  '15000',
];

describe('a whole intake over HTTP', () => {
  it('over /api/messages (Bot Framework protocol, replies in the response with expectReplies)', async () => {
    const { url, app } = await startTestApp();
    const say = messagesBorrower(url, 'http-intake-1', 'borrower-1');
    expect(textOf(await say('hello'))).toMatch(/Would you like to continue/);
    for (const text of UP_TO_BUDGET) await say(text);
    await say('12000');
    const offers = await say('None');
    const card = offers.flatMap((a) => a.attachments ?? [])[0]?.content as { actions: { data: Record<string, unknown> }[] };
    expect(card.actions[0].data.action).toBe('accept');
    expect(textOf(await say({ value: card.actions[0].data }))).toMatch(/Your reference is FB-/);
    const saved = [];
    for await (const a of app.arrangements.all()) saved.push(a);
    expect(saved.map((a) => a.channel)).toEqual(['bf.emulator']);
  });

  it('over Direct Line, resuming where it stopped after the server restarts', async () => {
    const dataDir = tempDir();
    const first = await startTestApp({}, dataDir);
    const client = new DirectLineClient(first.url);
    await client.start();
    await client.botReplies(3);
    for (const text of UP_TO_BUDGET) await client.say(text);
    await first.app.close();

    // Same DATA_DIR, new process state: the token (signed with the persisted secret) and the dialog state survive.
    const second = await startTestApp({}, dataDir);
    const resumed = new DirectLineClient(second.url);
    Object.assign(resumed, { conversationId: client.conversationId, token: client.token });
    expect(textOf(await resumed.say('12000 a month'))).toMatch(/other loans/);
    const offers = await resumed.say('None');
    expect(offers.flatMap((a) => a.attachments ?? []).length).toBeGreaterThan(0);
  });

  it('a verified borrower who comes back in a new conversation continues from their budget', async () => {
    const { url } = await startTestApp();
    const before = new DirectLineClient(url);
    await before.start();
    await before.botReplies(3);
    for (const text of UP_TO_BUDGET) await before.say(text);

    const after = new DirectLineClient(url);
    await after.start();
    await after.botReplies(3);
    for (const text of ['yes', MEDIUM.loanId]) await after.say(text);
    expect(textOf(await after.say(MEDIUM.phoneLast4))).toMatch(/Welcome back! Last time we got as far as your budget/);
  });
});
