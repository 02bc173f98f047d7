import type { AddressInfo } from 'node:net';
import { ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import restify from 'restify';
import { loadConfig } from '../../../../../bot/app/config';
import { ForbearBot } from '../../../../../bot/app/forbearBot';
import { InFlight } from '../../../../../bot/infra/inFlight';
import { createLogger } from '../../../../../bot/infra/logger';
import { signPayload } from '../../../../../bot/channels/whatsApp/signature';
import { createWhatsAppChannel, type WhatsAppChannel } from '../../../../../bot/channels/whatsApp/whatsAppChannel';
import { FakeGraphServer } from '../../../../support/fakeGraphServer';
import { IntakeTestDialog } from './intakeTestDialog';
import { APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN } from './webhookFixtures';

export interface Harness {
  url: string;
  graph: FakeGraphServer;
  channel: WhatsAppChannel;
  turnErrors: Error[];
  /** Posts `raw` or the body as JSON, signed correctly unless a signature (null: none) is given, and waits for the processing it started. */
  post(body: unknown, options?: { signature?: string | null; raw?: string; settle?: boolean }): Promise<Response>;
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  dataDir: string;
  logic?: (context: TurnContext) => Promise<void>;
  now?: () => Date;
  template?: string;
  maxMessageChars?: number;
  messagesPerMinute?: number;
}

/** The intake test bot, with the "please type" rule the real dialogs apply to media. */
export function intakeBotLogic(): (context: TurnContext) => Promise<void> {
  const storage = new MemoryStorage();
  const bot = new ForbearBot(new ConversationState(storage), new IntakeTestDialog());
  return async (context) => {
    if (context.activity.attachments?.some((a) => a.contentType.startsWith('application/vnd.whatsapp.'))) {
      await context.sendActivity('I can only read typed messages here. Please type your answer.');
      return;
    }
    await bot.run(context);
  };
}

/** A restify server with only the WhatsApp routes, the channel pointed at a fake Graph server. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const graph = await FakeGraphServer.start('test-token');
  const config = loadConfig({
    DATA_DIR: options.dataDir,
    WHATSAPP_TOKEN: 'test-token',
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_API_BASE_URL: graph.url,
    WHATSAPP_TEMPLATE: options.template ?? 'payment_plan_update',
  });
  const inFlight = new InFlight();
  const turnErrors: Error[] = [];
  const channel = createWhatsAppChannel({
    settings: config.whatsapp!,
    log: createLogger('silent'),
    dataDir: config.dataDir,
    logic: options.logic ?? intakeBotLogic(),
    onTurnError: async (_context, error) => {
      turnErrors.push(error);
    },
    track: (work) => inFlight.track(work),
    graph: { sleep: async () => undefined },
    now: options.now,
    maxMessageChars: options.maxMessageChars,
    messagesPerMinute: options.messagesPerMinute,
  });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  channel.register(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/whatsapp`;
  const settle = async () => {
    if (!(await inFlight.drain(10_000))) throw new Error('webhook processing did not finish');
  };
  return {
    url,
    graph,
    channel,
    turnErrors,
    settle,
    async post(body, postOptions = {}) {
      const payload = postOptions.raw ?? JSON.stringify(body);
      const header = postOptions.signature === undefined ? signPayload(APP_SECRET, payload) : postOptions.signature;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(header === null ? {} : { 'x-hub-signature-256': header }) },
        body: payload,
      });
      if (postOptions.settle !== false) await settle();
      return response;
    },
    async close() {
      await settle();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      });
      await graph.close();
      await channel.store.flush();
    },
  };
}
