import { ConversationState } from 'botbuilder';
import type { Server } from 'restify';
import { INTAKE_STATE_PROPERTY, type IntakeState } from '../../models/intake/intakeState';
import type { IntakeServices } from '../../models/ports/intakeServices';
import { redact } from '../../nlp';
import { AgentAvailability } from '../casework/cases/agentAvailability';
import { EscalationService } from '../casework/cases/escalationService';
import { HandoffEvents } from '../casework/cases/handoffEvents';
import { IdleMonitor } from '../casework/idle/idleMonitor';
import { ConversationIntake } from '../casework/intake/conversationIntake';
import { IntakeRecord } from '../casework/intake/intakeRecord';
import { createCloudAdapter } from '../channels/botFramework/cloudAdapter';
import { createDirectLineChannel } from '../channels/directLine/directLineChannel';
import { useIntakeMiddleware } from '../channels/middleware/intakeMiddleware';
import { createOnTurnError } from '../channels/onTurnError';
import { WEB_CHAT_DIR, WEB_CHAT_PAGE, webChatChrome } from '../channels/webChat/webChatPage';
import { createWhatsAppChannel } from '../channels/whatsApp/whatsAppChannel';
import { createServer } from '../infra/httpServer';
import { InFlight } from '../infra/inFlight';
import type { Logger } from '../infra/logger';
import { claimDataDir } from './dataDirClaim';
import { StorageHealth } from '../infra/storage/storageHealth';
import { createAgentConsole } from '../staff/agents/agentConsole';
import { AgentPresence } from '../staff/agents/agentPresence';
import { HashingQueue } from '../staff/auth/hashingQueue';
import { LoginThrottle } from '../staff/auth/loginThrottle';
import { SessionStore } from '../staff/auth/sessions';
import { StaffAuth } from '../staff/auth/staffAuth';
import { STAFF_PAGES_DIR } from '../staff/pages/staffPages';
import type { Config } from './config';
import { createIntakeBot } from './createIntakeBot';
import { httpRoutes } from './httpRoutes';
import { createIntakeServices } from './intakeServices';
import { openDatabase, type Database } from './database';
import { openFraudSignals } from './fraudSignals';
import { syncAcrossInstances } from './clusterSync';
import { Lifecycle } from './lifecycle';
import { startRetention } from './retentionJob';
import { loadModels } from './loadModels';
import { seedDemoPromises } from './demoPromises';
import { paymentRoutes } from './paymentRoutes';
import { ProactiveRouter } from './proactiveRouter';
import { openStores, type Stores } from './stores';
import { createOutreach, type Outreach } from './outreach';
import { startPromiseSweeps } from './promiseSweeps';
import { writtenConfirmations } from './confirmations';
import { experimentRoutes } from './experimentRoutes';

export interface App extends Pick<Stores, 'loanBook' | 'cases' | 'transcripts' | 'users' | 'audit' | 'arrangements' | 'experiments'> {
  server: Server;
  services: IntakeServices;
  /** Changes to a conversation's intake, in a turn on it (agent tools; tests seed conversations with it). */
  conversations: ConversationIntake;
  idle: IdleMonitor;
  outreach: Outreach;
  /** Starts listening; resolves with the base URL (port 0 picks a free port). */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops taking requests, lets in-flight turns finish, flushes the stores and releases DATA_DIR. */
  close(): Promise<void>;
}

export interface AppOverrides {
  now?: () => Date;
}

/** The composition root: config → stores → models → services → dialogs → bot → adapters → routes. It only wires. */
export async function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): Promise<App> {
  // Everything under DATA_DIR is the owner's alone: files 0600, directories 0700.
  process.umask(0o077);
  const unlock = await claimDataDir(config, log);
  let database: Database | undefined;
  try {
    const now = overrides.now ?? (() => new Date());
    const inFlight = new InFlight();
    const lifecycle = new Lifecycle(inFlight, log);
    const track = <T>(work: Promise<T>) => inFlight.track(work);
    database = config.STORE === 'postgres' ? await openDatabase(config, log) : undefined;
    const stores = await openStores(config, log, now, database?.foundation);
    // One backend for everything: a second, unjournaled view of DATA_DIR would fsync each inbox write twice.
    const storage = stores.storage;
    const health = new StorageHealth(config.dataDir, 1000, database?.probe);
    const { loanBook, users, audit, cases, transcripts, reviews, arrangements, contacts, experiments } = stores;
    const { analyzer, riskModel, policy } = await loadModels(config, audit, stores.deployed);
    const auth = new StaffAuth({
      users,
      sessions: new SessionStore(stores.staffSessions),
      throttle: new LoginThrottle(),
      hashing: new HashingQueue(),
      audit,
      secureCookies: config.NODE_ENV === 'production',
    });

    const { AGENT_HOURS: hours, TIME_ZONE: timeZone, AGENT_DAYS: days, AGENT_CAPACITY: capacity, AVG_HANDLE_MINUTES: avgHandleMinutes } = config;
    const availability = new AgentAvailability({ hours, timeZone, days, capacity, avgHandleMinutes });
    const agentPresence = new AgentPresence();
    const handoffEvents = new HandoffEvents({ transcripts, loans: loanBook, arrangements, now, log });
    const escalations = new EscalationService({ cases, availability, agentsOnline: () => agentPresence.online(), onEscalated: handoffEvents.publish, now });
    const fraud = await openFraudSignals({ config, store: stores.fraud, loanBook, offerPolicy: policy, hashKey: await storage.secret('identity'), log, now });
    const confirmations = await writtenConfirmations(config, stores, storage, now);
    const services = createIntakeServices({
      ...{ config, confirmations: confirmations.links, analyzer, loanBook, riskModel, policy, arrangements, contacts, escalations, now },
      ...{ identityLocks: stores.identityLocks, payments: stores.payments, progress: stores.progress, experiments },
      ledgers: { reminders: stores.promiseLedgers.reminders, followUps: stores.promiseLedgers.followUps, log },
      fraud: fraud.watch,
    });
    await seedDemoPromises(config, stores, services, now(), log);

    const outreach = createOutreach({ config, stores, risk: services.risk, pseudonymKey: await storage.secret('pseudonym'), log, now });
    const conversationState = new ConversationState(stores.botState);
    const intakeState = conversationState.createProperty<IntakeState>(INTAKE_STATE_PROPERTY);
    const record = new IntakeRecord({ conversationState, intakeState, progress: stores.progress, cases: escalations, now });
    const bot = createIntakeBot(services, conversationState, intakeState, record);
    const logic = bot.logic;

    const cloudAdapter = createCloudAdapter(config, log, config.OUTBOUND_TIMEOUT_MS);
    const router = new ProactiveRouter((reference, run) => cloudAdapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference, run));
    const idle = new IdleMonitor({
      reminderMinutes: config.IDLE_REMINDER_MINUTES,
      parkMinutes: config.IDLE_PARK_MINUTES,
      remind: bot.remind,
      park: bot.park,
      save: (context) => record.save(context),
      proactive: router.send,
      schedule: stores.idleSchedule,
      log,
      now,
    });
    const middleware = {
      turnCommit: stores.turnCommit,
      contacts,
      transcripts,
      redact,
      cases,
      nlp: services.nlp,
      idle,
      onTurnError: createOnTurnError(log),
      now,
    };
    useIntakeMiddleware(cloudAdapter, middleware);
    const directLine = await createDirectLineChannel({
      dataDir: config.dataDir,
      storage,
      botAccount: { id: 'forbear', name: config.LENDER_NAME },
      logic,
      log,
      health,
      committed: (channelId, conversationId, ref) => transcripts.hasRef(channelId, conversationId, ref),
      track,
      tokenTtlSeconds: config.DIRECTLINE_TOKEN_TTL_SECONDS,
      maxBodyBytes: config.MAX_BODY_BYTES,
      maxMessageChars: config.MAX_MESSAGE_CHARS,
      newConversationsPerMinute: config.DIRECTLINE_NEW_CONVERSATIONS_PER_MINUTE,
      messagesPerMinute: config.MESSAGES_PER_MINUTE,
    });
    router.add('directline', useIntakeMiddleware(directLine.adapter, middleware));
    const whatsapp = config.whatsapp
      ? createWhatsAppChannel({
          ...{ settings: config.whatsapp, log, dataDir: config.dataDir, storage, logic, onTurnError: middleware.onTurnError, track, now, health },
          ...{ pseudonymKey: await storage.secret('pseudonym'), observer: outreach.observer },
          ...{ box: directLine.box, committed: directLine.committed, maxMessageChars: config.MAX_MESSAGE_CHARS, messagesPerMinute: config.MESSAGES_PER_MINUTE },
        })
      : undefined;
    if (whatsapp) {
      useIntakeMiddleware(whatsapp.adapter, middleware);
      router.add('whatsapp', whatsapp.adapter);
      outreach.addSender('whatsapp', whatsapp.outreach(outreach.variables));
    }
    const conversations = new ConversationIntake({ proactive: router.send, intakeState, record });
    const agentConsole = createAgentConsole({
      auth,
      cases,
      transcripts,
      audit,
      services,
      arrangements,
      policy,
      presence: agentPresence,
      handoff: handoffEvents,
      conversations,
      logic,
      proactive: router.send,
      ...(whatsapp && { whatsAppNumber: (conversationId: string) => whatsapp.store.waIdFor(conversationId) }),
      maxBodyBytes: config.MAX_BODY_BYTES,
      maxMessageChars: config.MAX_MESSAGE_CHARS,
    });
    const server = createServer({
      log,
      homePage: WEB_CHAT_PAGE,
      pageDirs: [WEB_CHAT_DIR, STAFF_PAGES_DIR],
      publicConfig: {
        lenderName: config.LENDER_NAME,
        privacyUrl: config.PRIVACY_URL ?? null,
        locale: config.LOCALE,
        timeZone: config.TIME_ZONE,
        currency: config.CURRENCY,
        pages: webChatChrome(config.LENDER_NAME, config.LOCALE),
      },
      readiness: [
        () => ({ name: 'accepting', ok: lifecycle.accepting }),
        () => ({ name: 'storage', ok: health.ok, detail: health.detail }),
        () => ({ name: 'loanBook', ok: loanBook.size() > 0, detail: `${loanBook.size()} loans` }),
        () => ({ name: 'riskModel', ok: true, detail: riskModel.version }),
        () => ({ name: 'offerPolicy', ok: true, detail: policy.version }),
      ],
      routes: httpRoutes({
        config,
        botFramework: { cloudAdapter, logic, log, track },
        channels: [directLine.register, ...(whatsapp ? [whatsapp.register] : []), confirmations.route(services.settings)],
        auth,
        agentConsole,
        supervisor: { transcripts, reviews, audit, arrangements, now },
        casework: [
          ...paymentRoutes(config, stores, auth, log, now, riskModel),
          (s) => fraud.register(s, { auth, audit }),
          (s) => outreach.register(s, auth),
          experimentRoutes(config, stores, auth, policy, now),
        ],
      }),
    });
    lifecycle.every(10 * 60 * 1000, () => directLine.streams.sweep());
    if (database) {
      const { streams } = directLine;
      lifecycle.onStop(syncAcrossInstances(database.bus, { cases, transcripts, handoff: handoffEvents, presence: agentPresence, streams, log }));
    }
    if (database) lifecycle.every(2_000, () => health.check());
    const retention = startRetention(config, stores, whatsapp ? { whatsapp: whatsapp.store } : {}, log, now);
    // What was acknowledged before a crash runs now, in the background (WhatsApp replies may wait on Graph).
    void track(Promise.all([directLine.replay(), whatsapp?.replay()])).catch((err) => log.error({ err }, 'replay failed'));
    idle.start();
    if (config.OUTREACH_TICK_MS > 0) lifecycle.onStop(outreach.start(config.OUTREACH_TICK_MS));
    const webChat = { streams: directLine.streams, conversations, notice: bot.notice };
    lifecycle.onStop(startPromiseSweeps({ config, stores, outreach, escalations, whatsapp, webChat, log, now }));
    lifecycle.onStop(() => idle.stop());
    lifecycle.onStop(() => whatsapp?.stop());
    lifecycle.onStop(() => agentConsole.close());
    lifecycle.onStop(() => retention.stop());
    lifecycle.onStop(() => health.stop());
    lifecycle.onStop(() => directLine.stop());
    lifecycle.onClosed(() => Promise.all([stores.close(), whatsapp?.store.flush(), directLine.flush()]));
    lifecycle.onClosed(async () => void (await database?.close(), await unlock()));
    const parts = { server, loanBook, cases, transcripts, users, audit, arrangements, experiments, services, conversations, idle, outreach };
    return { ...parts, listen: (port = config.PORT, host = config.HOST) => lifecycle.listen(server, port, host), close: () => lifecycle.close(server) };
  } catch (err) {
    await database?.close();
    await unlock();
    throw err;
  }
}
