import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../bot/app/createApp';
import { loadConfig } from '../../../bot/app/config';
import type { ReminderRecord } from '../../../bot/casework/promises/promiseReminders';
import { createLogger } from '../../../bot/infra/logger';
import { fileBackend } from '../../../bot/infra/storage/fileBackend';
import { instalmentSchedule } from '../../../models/offers';
import { DirectLineClient } from '../../support/directLineClient';
import { FakeGraphServer } from '../../support/fakeGraphServer';
import { textOf } from '../../support/intakeConversation';
import { MEDIUM } from '../../support/intakePaths';
import { tempDir } from '../../support/tempDir';
import { agreeMediumPlan as agreePlan, DAY, DEC_10 } from '../../support/agreedPlan';
import { APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN } from '../channels/whatsApp/support/webhookFixtures';

const running: App[] = [];
afterEach(async () => void (await Promise.all(running.splice(0).map((a) => a.close()))));

/** The real app on `dataDir`, the clock the test moves, sweeps every 40 ms; WhatsApp on the fake Graph API when given. */
async function start(dataDir: string, clock: { at: number }, graph?: FakeGraphServer) {
  const whatsapp = graph && {
    ...{ WHATSAPP_TOKEN: 'wa-token', WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID, WHATSAPP_APP_SECRET: APP_SECRET },
    ...{ WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN, WHATSAPP_API_BASE_URL: graph.url },
  };
  const env = { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_LOANS: '40', DEMO_ARRANGEMENTS: '0', OUTREACH_TICK_MS: '40' };
  const app = await createApp(loadConfig({ ...env, ...whatsapp }), createLogger('silent'), { now: () => new Date(clock.at) });
  // Closed once, by the test or after it.
  const close = app.close.bind(app);
  let closing: Promise<void> | undefined;
  app.close = () => (closing ??= close());
  running.push(app);
  return { app, url: await app.listen(0, '127.0.0.1') };
}

/** Verifies on Web Chat, then goes quiet until the intake is parked (the conversation at rest, the page still open). */
async function verifiedAndParked(app: App, url: string, clock: { at: number }): Promise<DirectLineClient> {
  const client = new DirectLineClient(url);
  await client.start();
  await client.botReplies(3);
  for (const text of ['yes', MEDIUM.loanId, MEDIUM.phoneLast4]) await client.say(text);
  clock.at += 16 * 60_000;
  await app.idle.sweep();
  clock.at += 50 * 60_000;
  await app.idle.sweep();
  await client.botReplies(0, 200);
  return client;
}

const settle = () => new Promise((r) => setTimeout(r, 400));

describe('reminders on Web Chat, for a borrower whose last verified conversation was there', () => {
  let graph: FakeGraphServer | undefined;
  afterEach(() => graph?.close());

  it('one reminder in their open conversation (not on WhatsApp), once across a restart; a reply verifies before the date and amount', async () => {
    graph = await FakeGraphServer.start('wa-token');
    const dataDir = tempDir();
    const clock = { at: DEC_10 };
    const first = await start(dataDir, clock, graph);
    const arrangement = await agreePlan(first.app);
    const client = await verifiedAndParked(first.app, first.url, clock);
    await settle();
    expect(await client.botReplies(0, 0)).toEqual([]); // ten days ahead: nothing yet

    clock.at = DEC_10 + 8 * DAY; // 18 December, 10:30 in India
    const [reminder] = await client.botReplies(1);
    expect(reminder.text).toBe(
      'Hello from Northwind Lending. A friendly reminder: something on your account with us is coming up on 20 December 2026. Reply to this message to see the details (we will check it is you first). Reply STOP to opt out.',
    );
    await settle();
    expect(await client.botReplies(0, 0)).toEqual([]);

    await first.app.close();
    const second = await start(dataDir, clock, graph);
    // The page resumes the same conversation after the restart, as chat.js does with its saved token.
    const resumed = Object.assign(new DirectLineClient(second.url), { conversationId: client.conversationId, token: client.token });
    await fetch(`${second.url}/v3/directline/conversations/${client.conversationId}`, { headers: { Authorization: `Bearer ${client.token}` } });
    await settle();
    expect(await resumed.botReplies(0, 0)).toEqual([]);
    expect(graph.sent).toEqual([]);

    // Whoever is at the screen replies: the conversation starts again and verifies before anything about the account.
    const beforeVerifying = textOf([...(await resumed.say('hello')), ...(await resumed.say('yes')), ...(await resumed.say(MEDIUM.loanId))]);
    expect(beforeVerifying).not.toMatch(/₹|instalment|FB-|20 December/);
    const due = instalmentSchedule(arrangement)[0];
    const verified = textOf(await resumed.say(MEDIUM.phoneLast4));
    expect(verified).toContain(`under your arrangement ${arrangement.reference} is due on 20 December 2026.`);
    expect(verified).toContain(due.amount.toLocaleString('en-IN'));
    const ledger = (await second.app.close(), fileBackend(dataDir).documents<ReminderRecord>('promise-reminders'));
    expect((await ledger.get(`${arrangement.reference}:${due.dueDate}`))?.value).toMatchObject({ state: 'sent', via: 'webchat' });
  });

  it('STOP in the verified conversation: no reminder, suppressed on the ledger; a visitor who never verified hears nothing of it', async () => {
    const dataDir = tempDir();
    const clock = { at: DEC_10 };
    const { app, url } = await start(dataDir, clock);
    const arrangement = await agreePlan(app);
    const client = await verifiedAndParked(app, url, clock);
    await client.say('STOP');
    const stranger = new DirectLineClient(url);
    await stranger.start();
    await stranger.botReplies(3);
    clock.at = DEC_10 + 8 * DAY;
    await settle();
    expect(await client.botReplies(0, 0)).toEqual([]);
    expect(textOf(await stranger.botReplies(0, 0))).not.toMatch(/account|₹|FB-/);
    await app.close();
    const ledger = fileBackend(dataDir).documents<ReminderRecord>('promise-reminders');
    const record = (await ledger.get(`${arrangement.reference}:2026-12-20`))?.value;
    expect(record).toMatchObject({ state: 'suppressed', suppressions: [{ rule: 'opted_out', count: 1 }] });
  });

  it('the page closed: nothing on any channel, then told with the date and amount on the next visit, after verifying; nothing after that', async () => {
    graph = await FakeGraphServer.start('wa-token');
    const dataDir = tempDir();
    const clock = { at: DEC_10 };
    const first = await start(dataDir, clock, graph);
    const arrangement = await agreePlan(first.app);
    await verifiedAndParked(first.app, first.url, clock);
    await first.app.close(); // the tab is closed and the server restarts: the conversation is gone
    clock.at = DEC_10 + 8 * DAY;
    const { app, url } = await start(dataDir, clock, graph);
    await settle();
    expect(graph.sent).toEqual([]);
    const visit = new DirectLineClient(url);
    await visit.start();
    await visit.botReplies(3);
    const before = textOf([...(await visit.say('yes')), ...(await visit.say(MEDIUM.loanId))]);
    expect(before).not.toMatch(/₹|instalment|FB-|20 December/);
    expect(textOf(await visit.say(MEDIUM.phoneLast4))).toContain(`under your arrangement ${arrangement.reference} is due on 20 December 2026.`);
    await settle();
    expect(await visit.botReplies(0, 0)).toEqual([]);
    expect(graph.sent).toEqual([]);
    await app.close();
    const ledger = fileBackend(dataDir).documents<ReminderRecord>('promise-reminders');
    expect((await ledger.get(`${arrangement.reference}:2026-12-20`))?.value).toMatchObject({ state: 'sent', via: 'visit', messageId: visit.conversationId });
  });

  it('a missed instalment: one follow-up in the open conversation, with nothing about the debt', async () => {
    const clock = { at: DEC_10 };
    const { app, url } = await start(tempDir(), clock);
    await agreePlan(app);
    const client = await verifiedAndParked(app, url, clock);
    clock.at = DEC_10 + 17 * DAY; // 27 December: the instalment of the 20th is past its three days' grace
    const [followUp] = await client.botReplies(1);
    expect(followUp.text).toBe(
      "Hello from Northwind Lending. Something on your account needs your attention. Reply to this message and we'll go through it together (we will check it is you first). Reply STOP to opt out.",
    );
    await settle();
    expect(await client.botReplies(0, 0)).toEqual([]);
  });
});
