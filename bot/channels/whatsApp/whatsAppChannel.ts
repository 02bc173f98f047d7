import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from '../../app/config';
import type { Logger } from '../../infra/logger';
import { GraphClient, type GraphClientOptions } from './graphClient';
import { WhatsAppAdapter } from './whatsAppAdapter';
import { registerWhatsAppRoutes } from './whatsAppRoutes';
import { WhatsAppStore } from './whatsAppStore';

export interface WhatsAppChannelDeps {
  config: Config;
  log: Logger;
  /** Root data directory; the channel keeps its records under `<dataDir>/whatsapp`. */
  dataDir: string;
  logic: (context: TurnContext) => Promise<void>;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  /** Registers work that outlives its request (the turn after the 200), so shutdown can wait for it. */
  track?: <T>(work: Promise<T>) => Promise<T>;
  /** Overrides for the Graph client (tests: shorter backoff). */
  graph?: Partial<GraphClientOptions>;
  now?: () => Date;
}

export interface WhatsAppChannel {
  adapter: WhatsAppAdapter;
  store: WhatsAppStore;
  /** Mounts GET/POST /api/whatsapp; pass to `createServer({ routes: [channel.register] })`. */
  register: (server: Server) => void;
  /** Stops the daily pruning of processed message ids. */
  stop: () => void;
}

/** Meta redelivers an unacknowledged webhook for up to 7 days; ids are kept a day longer. */
const REDELIVERY_DAYS = 8;

export class WhatsAppNotConfiguredError extends Error {
  constructor() {
    super('WhatsApp channel is off: set WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN');
    this.name = 'WhatsAppNotConfiguredError';
  }
}

/** Everything the WhatsApp channel needs, built from config; call only when `config.whatsappEnabled`. */
export function createWhatsAppChannel(deps: WhatsAppChannelDeps): WhatsAppChannel {
  const { config } = deps;
  if (!config.whatsappEnabled || !config.WHATSAPP_TOKEN || !config.WHATSAPP_PHONE_NUMBER_ID || !config.WHATSAPP_APP_SECRET || !config.WHATSAPP_VERIFY_TOKEN) {
    throw new WhatsAppNotConfiguredError();
  }
  const log = deps.log.child({ channel: 'whatsapp' });
  const store = new WhatsAppStore(path.join(deps.dataDir, 'whatsapp'));
  const graph = new GraphClient({
    ...deps.graph,
    baseUrl: config.WHATSAPP_API_BASE_URL,
    version: config.WHATSAPP_API_VERSION,
    phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
    token: config.WHATSAPP_TOKEN,
  });
  const adapter = new WhatsAppAdapter({
    graph,
    store,
    log,
    template: config.WHATSAPP_TEMPLATE ? { name: config.WHATSAPP_TEMPLATE, language: config.WHATSAPP_TEMPLATE_LANGUAGE } : undefined,
    now: deps.now,
  });
  adapter.onTurnError = deps.onTurnError;
  const routeDeps = {
    adapter,
    store,
    logic: deps.logic,
    log,
    appSecret: config.WHATSAPP_APP_SECRET,
    verifyToken: config.WHATSAPP_VERIFY_TOKEN,
    phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
    maxBodyBytes: config.MAX_BODY_BYTES,
    track: deps.track ?? (<T>(work: Promise<T>) => work),
  };
  const now = deps.now ?? (() => new Date());
  const prune = () =>
    store
      .pruneInbound(new Date(now().getTime() - REDELIVERY_DAYS * 86_400_000))
      .catch((err) => log.warn({ err }, 'whatsapp: pruning processed message ids failed'));
  void prune();
  const pruner = setInterval(prune, 86_400_000).unref();
  return { adapter, store, register: (server) => registerWhatsAppRoutes(server, routeDeps), stop: () => clearInterval(pruner) };
}
