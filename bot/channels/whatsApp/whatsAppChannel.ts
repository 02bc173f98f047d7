import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { RateLimiter } from '../../infra/http/rateLimiter';
import type { Logger } from '../../infra/logger';
import { within, type StorageBackend } from '../../infra/storage/documents';
import { fileBackend } from '../../infra/storage/fileBackend';
import { SealedBox } from '../../infra/storage/sealedBox';
import { StorageHealth } from '../../infra/storage/storageHealth';
import { DurableInbox, type InboxRecord } from '../inbox/durableInbox';
import { WhatsAppInbound, type WhatsAppObserver } from './whatsAppInbound';
import { whatsAppOutreachSender, type OutreachVariables } from './outreachSender';
import { whatsAppFollowUpSender, whatsAppReminderSender, type ReminderSenderDeps } from './reminderSender';
import type { ReminderSender } from '../../casework/promises/promiseReminders';
import type { FollowUpSender } from '../../casework/promises/promiseFollowUps';
import type { OutreachSender } from '../../casework/outreach/outreachScheduler';
import { GraphClient, type GraphClientOptions } from './graphClient';
import { WhatsAppAdapter } from './whatsAppAdapter';
import { registerWhatsAppRoutes } from './whatsAppRoutes';
import type { WhatsAppSettings } from './whatsAppSettings';
import { WhatsAppStore } from './whatsAppStore';

export interface WhatsAppChannelDeps {
  settings: WhatsAppSettings;
  log: Logger;
  /** Root data directory; the channel keeps its records under `<dataDir>/whatsapp`. */
  dataDir: string;
  /** Where its records live instead of `<dataDir>/whatsapp` (PostgreSQL: shared by every instance). */
  storage?: StorageBackend;
  logic: (context: TurnContext) => Promise<void>;
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  /** Registers work that outlives its request (the turn after the 200), so shutdown can wait for it. */
  track?: <T>(work: Promise<T>) => Promise<T>;
  /** Seals deliveries waiting in the inbox; pass the DATA_DIR's key so a restart can read them (default: a key for this process only). */
  box?: SealedBox;
  health?: StorageHealth;
  maxMessageChars?: number;
  messagesPerMinute?: number;
  committed?: (channelId: string, conversationId: string, ref: string) => Promise<boolean>;
  /** Keys borrowers' pseudonymous conversation ids; pass the DATA_DIR's so ids survive a restart. */
  pseudonymKey?: Buffer;
  /** Overrides for the Graph client (tests: shorter backoff). */
  graph?: Partial<GraphClientOptions>;
  observer?: WhatsAppObserver;
  now?: () => Date;
}

export interface WhatsAppChannel {
  adapter: WhatsAppAdapter;
  store: WhatsAppStore;
  /** Mounts GET/POST /api/whatsapp; pass to `createServer({ routes: [channel.register] })`. */
  register: (server: Server) => void;
  /** Processes what was acknowledged but not finished before the last stop. */
  replay: () => Promise<number>;
  /** Stops the daily pruning of processed message ids. */
  stop: () => void;
  /** Sends outreach campaign messages through this number. */
  outreach: (variables: OutreachVariables) => OutreachSender;
  /** Sends promise reminders through this number. */
  reminders: (settings: Omit<ReminderSenderDeps, 'graph' | 'store' | 'now'>) => ReminderSender;
  /** Sends the follow-up on a missed payment through this number. */
  followUps: (settings: Omit<ReminderSenderDeps, 'graph' | 'store' | 'now'>) => FollowUpSender;
}

/** Meta redelivers an unacknowledged webhook for up to 7 days; ids are kept a day longer. */
const REDELIVERY_DAYS = 8;

/** Everything the WhatsApp channel needs, assembled from its settings. */
export function createWhatsAppChannel(deps: WhatsAppChannelDeps): WhatsAppChannel {
  const { settings } = deps;
  const log = deps.log.child({ channel: 'whatsapp' });
  const box = deps.box ?? new SealedBox(randomBytes(32));
  const pseudonymKey = deps.pseudonymKey ?? randomBytes(32);
  const storage = within(deps.storage ?? fileBackend(deps.dataDir), 'whatsapp');
  const store = new WhatsAppStore(storage, box, pseudonymKey);
  const graph = new GraphClient({
    ...deps.graph,
    baseUrl: settings.apiBaseUrl,
    version: settings.apiVersion,
    phoneNumberId: settings.phoneNumberId,
    token: settings.token,
  });
  const adapter = new WhatsAppAdapter({
    graph,
    store,
    log,
    template: settings.template,
    now: deps.now,
  });
  adapter.onTurnError = deps.onTurnError;
  const inboxStore = storage.documents<InboxRecord>('inbox');
  const inbox = new DurableInbox<string>(inboxStore, box);
  const inbound = new WhatsAppInbound({
    adapter,
    store,
    inbox,
    health: deps.health ?? new StorageHealth(deps.dataDir),
    logic: deps.logic,
    log,
    phoneNumberId: settings.phoneNumberId,
    maxMessageChars: deps.maxMessageChars ?? 10_000,
    perConversation: new RateLimiter(deps.messagesPerMinute ?? 30, 60_000),
    committed: deps.committed,
    pseudonymKey,
    observer: deps.observer,
  });
  const routeDeps = {
    inbound,
    log,
    appSecret: settings.appSecret,
    verifyToken: settings.verifyToken,
    maxBodyBytes: settings.maxBodyBytes,
    track: deps.track ?? (<T>(work: Promise<T>) => work),
  };
  const now = deps.now ?? (() => new Date());
  const prune = () => {
    const before = new Date(now().getTime() - REDELIVERY_DAYS * 86_400_000);
    return Promise.all([store.pruneInbound(before), inbox.prune(before)]).catch((err) => log.warn({ err }, 'whatsapp: pruning processed message ids failed'));
  };
  void prune();
  const pruner = setInterval(prune, 86_400_000).unref();
  // A delivery whose turn could not be written (a full or read-only disk) was already acknowledged: retry it once the disk is back.
  const retry = setInterval(
    () => void inbound.replay(60_000).catch((err) => log.warn({ err }, 'whatsapp: retrying pending deliveries failed')),
    60_000,
  ).unref();
  return {
    adapter,
    store,
    register: (server) => registerWhatsAppRoutes(server, routeDeps),
    replay: () => inbound.replay(),
    outreach: (variables) => whatsAppOutreachSender({ graph, store, variables, now }),
    reminders: (settings) => whatsAppReminderSender({ ...settings, graph, store, now }),
    followUps: (settings) => whatsAppFollowUpSender({ ...settings, graph, store, now }),
    stop: () => {
      clearInterval(pruner);
      clearInterval(retry);
    },
  };
}
