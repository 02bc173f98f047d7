import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConversationState, type TurnContext } from 'botbuilder';
import restify from 'restify';
import { loadConfig } from '../bot/app/config';
import { ForbearBot } from '../bot/app/forbearBot';
import { InFlight } from '../bot/infra/inFlight';
import { createLogger } from '../bot/infra/logger';
import { BotStateStorage } from '../bot/infra/storage/botStateStorage';
import { DocumentStore } from '../bot/infra/storage/documentStore';
import { signPayload } from '../bot/channels/whatsApp/signature';
import { createWhatsAppChannel } from '../bot/channels/whatsApp/whatsAppChannel';
import { IntakeTestDialog } from '../test/bot/channels/whatsApp/support/intakeTestDialog';
import { FakeGraphServer } from '../test/support/fakeGraphServer';
import { percentile, type Bench, type BenchLine } from './report';

const SECRET = 'bench-secret';
const PHONE_NUMBER_ID = '106540352242922';
const MESSAGES = 400;
const SENDERS = 50;
const CONCURRENCY = 16;
/** Each sender walks the intake: greeting, reason, temporary?, income. */
const ANSWERS = ['hi', 'Job loss', 'Yes', '32000'];

interface Run {
  perSecond: number;
  ackP99: number;
}

/** Signed webhooks, one message each, posted with bounded concurrency; timed until every turn (and its sends) is done. */
async function run(name: string, makeLogic: (dataDir: string) => (context: TurnContext) => Promise<void>): Promise<Run> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `forbear-bench-wa-${name}-`));
  const graph = await FakeGraphServer.start('bench-token');
  const config = loadConfig({
    DATA_DIR: dataDir,
    WHATSAPP_TOKEN: 'bench-token',
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_VERIFY_TOKEN: 'bench-verify',
    WHATSAPP_API_BASE_URL: graph.url,
  });
  const inFlight = new InFlight();
  const channel = createWhatsAppChannel({
    settings: config.whatsapp!,
    log: createLogger('silent'),
    dataDir: config.dataDir,
    logic: makeLogic(dataDir),
    onTurnError: async (_context, error) => {
      throw error;
    },
    track: (work) => inFlight.track(work),
    // The bench sends far faster than a person could; the per-sender limit is not what it measures.
    messagesPerMinute: 100_000,
  });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  channel.register(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/whatsapp`;

  const bodies = Array.from({ length: MESSAGES }, (_, i) => {
    const from = `9198000${String(i % SENDERS).padStart(5, '0')}`;
    const raw = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
                contacts: [{ profile: { name: 'Bench' }, wa_id: from }],
                messages: [
                  {
                    from,
                    id: `wamid.bench.${name}.${i}`,
                    timestamp: String(Math.floor(Date.now() / 1000)),
                    type: 'text',
                    text: { body: ANSWERS[Math.floor(i / SENDERS) % ANSWERS.length] },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    return { raw, signature: signPayload(SECRET, raw) };
  });

  const acks: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const { raw, signature } = bodies[next++];
        const t = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body: raw });
        acks.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      }
    }),
  );
  if (!(await inFlight.drain(120_000))) throw new Error('turns did not finish');
  const seconds = (performance.now() - started) / 1000;
  if (graph.sent.length < MESSAGES) throw new Error(`only ${graph.sent.length} of ${MESSAGES} replies reached the fake Graph server`);

  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.server.closeAllConnections();
  });
  await graph.close();
  await channel.store.flush();
  rmSync(dataDir, { recursive: true, force: true });
  return { perSecond: MESSAGES / seconds, ackP99: percentile(acks, 99) };
}

/**
 * A dialog turn as the app runs it: ForbearBot, conversation and user state on
 * the durable store, prompts with lists, buttons and a card. (The test intake
 * dialog, not the real MainDialog, until the lead wires WhatsApp into the app.)
 */
const dialogTurn = (dataDir: string) => {
  const storage = new BotStateStorage(new DocumentStore<Record<string, unknown>>(path.join(dataDir, 'state')));
  const bot = new ForbearBot(new ConversationState(storage), new IntakeTestDialog());
  return (context: TurnContext) => bot.run(context);
};

/** Baseline: the same webhook path (signature, parse, de-duplication, send) with a fixed reply and no dialog or state. */
const fixedReply = () => async (context: TurnContext) => void (await context.sendActivity('Thanks, we got your message.'));

export const bench: Bench = async (report) => {
  await run('warmup', fixedReply);
  const baseline = await run('baseline', fixedReply);
  const full = await run('dialog', dialogTurn);
  report({
    name: 'whatsapp webhook → dialog turn → Graph send',
    value: Math.round(full.perSecond),
    unit: 'msg/s',
    baseline: { name: 'signature + fixed reply send', value: Math.round(baseline.perSecond) },
    ratio: Number((full.perSecond / baseline.perSecond).toFixed(2)),
  });
  report({
    name: 'whatsapp webhook ack p99 (200 before the turn)',
    value: Number(full.ackP99.toFixed(1)),
    unit: 'ms',
    goal: "well under Meta's retry timeout",
  });
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines: BenchLine[] = [];
  await bench((line) => lines.push(line));
  console.table(
    lines.map(({ name, value, unit, baseline, ratio }) => ({
      name,
      value,
      unit,
      baseline: baseline ? `${baseline.value} (${baseline.name})` : '',
      ratio: ratio ?? '',
    })),
  );
}
