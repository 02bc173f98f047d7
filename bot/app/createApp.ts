import { ConversationState, UserState, type BotAdapter } from 'botbuilder';
import type { Server } from 'restify';
import { INTAKE_STATE_PROPERTY, type IntakeState } from '../../models/intake/intakeState';
import { parkIfActive, remindIfActive } from '../../dialogs/idleFollowUp';
import { MainDialog } from '../../dialogs/mainDialog';
import type { IntakeServices } from '../../models/ports/services';
import { redact } from '../../nlp';
import { createAgentConsole } from '../staff/agents/agentConsole';
import { AgentPresence } from '../staff/agents/agentPresence';
import { HandoffEvents } from '../casework/cases/handoffEvents';
import { handoffMiddleware } from '../channels/middleware/handoffMiddleware';
import { LoginThrottle } from '../staff/auth/loginThrottle';
import { SessionStore } from '../staff/auth/sessions';
import { StaffAuth } from '../staff/auth/staffAuth';
import { AgentAvailability } from '../casework/cases/agentAvailability';
import { EscalationService } from '../casework/cases/escalationService';
import { createCloudAdapter } from '../channels/botFramework/cloudAdapter';
import type { Config } from './config';
import { ConversationStreams } from '../channels/directLine/conversationStreams';
import { DirectLineAdapter } from '../channels/directLine/directLineAdapter';
import { DirectLineTokens } from '../channels/directLine/tokens';
import { ForbearBot } from './forbearBot';
import { InFlight } from '../infra/inFlight';
import { createIntakeServices } from './intakeServices';
import type { Logger } from '../infra/logger';
import { optOutGuard } from '../channels/middleware/optOutGuard';
import { transcriptLogger } from '../channels/middleware/transcriptLogger';
import { IdleMonitor } from '../casework/idle/idleMonitor';
import type { Proactive } from '../../models/ports/proactive';
import { idleWatch } from '../channels/middleware/idleWatch';
import { createOnTurnError } from '../channels/onTurnError';
import { scheduleRetention } from '../casework/retention';
import { createServer } from '../infra/httpServer';
import { lockDataDir } from '../infra/storage/dataDirLock';
import { loadOrCreateSecret } from '../infra/storage/secretFile';
import { createWhatsAppChannel } from '../channels/whatsApp/whatsAppChannel';
import { registerArrangementRoutes } from '../staff/supervisor/arrangementRoutes';
import { registerSupervisorRoutes } from '../staff/supervisor/supervisorRoutes';
import { loadModels } from './loadModels';
import { openStores, type Stores } from './stores';

export interface App extends Pick<Stores, 'loanBook' | 'cases' | 'transcripts' | 'users' | 'audit' | 'arrangements'> {
  server: Server;
  services: IntakeServices;
  idle: IdleMonitor;
  /** Starts listening; resolves with the base URL (port 0 picks a free port). */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops taking requests, lets in-flight turns finish, flushes the stores and releases DATA_DIR. */
  close(): Promise<void>;
}

export interface AppOverrides {
  now?: () => Date;
}

/** The composition root: config → stores → models → services → dialogs → bot → adapters → routes. */
export async function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): Promise<App> {
  const unlock = await lockDataDir(config.dataDir);
  try {
    const now = overrides.now ?? (() => new Date());
    const stores = await openStores(config, log, now);
    const { loanBook, users, audit, cases, transcripts, reviews, arrangements, contacts } = stores;
    const { analyzer, riskModel, policy } = await loadModels(config, audit, config.dataDir);
    const auth = new StaffAuth({ users, sessions: new SessionStore(), throttle: new LoginThrottle(), audit, secureCookies: config.NODE_ENV === 'production' });

    const availability = new AgentAvailability({
      hours: config.AGENT_HOURS,
      days: config.AGENT_DAYS,
      capacity: config.AGENT_CAPACITY,
      avgHandleMinutes: config.AVG_HANDLE_MINUTES,
    });
    const agentPresence = new AgentPresence();
    const handoffEvents = new HandoffEvents({ transcripts, loans: loanBook, log });
    const escalations = new EscalationService({ cases, availability, agentsOnline: () => agentPresence.online(), onEscalated: handoffEvents.publish, now });
    const services = createIntakeServices({
      config,
      analyzer,
      loanBook,
      riskModel,
      policy,
      identityLocks: stores.identityLocks,
      arrangements,
      contacts,
      escalations,
      progress: stores.progress,
      now,
    });

    const conversationState = new ConversationState(stores.botState);
    const userState = new UserState(stores.botState);
    const intakeState = conversationState.createProperty<IntakeState>(INTAKE_STATE_PROPERTY);
    const bot = new ForbearBot(conversationState, userState, new MainDialog(services, intakeState));
    const logic = (context: Parameters<ForbearBot['run']>[0]) => bot.run(context);

    const onTurnError = createOnTurnError(log);
    // Proactive turns (agents, idle reminders) are routed by channel; anything else goes through the Bot Connector.
    const channels: Record<string, { continueConversation: Proactive }> = {};
    const proactive: Proactive = (reference, run) =>
      channels[reference.channelId ?? '']
        ? channels[reference.channelId!].continueConversation(reference, run)
        : cloudAdapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference, run);
    const idle = new IdleMonitor({
      reminderMinutes: config.IDLE_REMINDER_MINUTES,
      parkMinutes: config.IDLE_PARK_MINUTES,
      remind: (context) => remindIfActive(context, intakeState),
      park: async (context) => {
        const parked = await parkIfActive(context, intakeState);
        if (parked) await bot.clearDialogStack(context);
        return parked;
      },
      save: (context) => conversationState.saveChanges(context, false),
      proactive,
      log,
      now,
    });
    const withMiddleware = <A extends BotAdapter>(adapter: A): A => {
      adapter.onTurnError = onTurnError;
      // Order matters: the guard drops what must not be sent before the transcript records what was.
      adapter.use(optOutGuard(contacts));
      adapter.use(transcriptLogger(transcripts, redact));
      // After the transcript: while an agent holds the chat the bot is silent, but the borrower's words are still recorded.
      adapter.use(handoffMiddleware({ cases, nlp: services.nlp, now }));
      adapter.use(idleWatch(idle));
      return adapter;
    };
    const cloudAdapter = withMiddleware(createCloudAdapter(config));
    const botAccount = { id: 'forbear', name: config.LENDER_NAME };
    const streams = new ConversationStreams();
    const directLineAdapter = withMiddleware(new DirectLineAdapter(streams, botAccount));
    const tokens = new DirectLineTokens(await loadOrCreateSecret(config.dataDir, 'directline'), config.DIRECTLINE_TOKEN_TTL_SECONDS);

    const inFlight = new InFlight();
    const whatsapp = config.whatsappEnabled
      ? createWhatsAppChannel({ config, log, dataDir: config.dataDir, logic, onTurnError, track: (work) => inFlight.track(work), now })
      : undefined;
    if (whatsapp) withMiddleware(whatsapp.adapter);
    Object.assign(channels, { directline: directLineAdapter, ...(whatsapp ? { whatsapp: whatsapp.adapter } : {}) });
    const agentConsole = createAgentConsole({
      auth,
      cases,
      transcripts,
      audit,
      services,
      arrangements,
      presence: agentPresence,
      handoff: handoffEvents,
      conversationState,
      intakeState,
      logic,
      proactive,
      maxBodyBytes: config.MAX_BODY_BYTES,
      maxMessageChars: config.MAX_MESSAGE_CHARS,
    });
    let closing = false;
    const server = createServer({
      config,
      log,
      cloudAdapter,
      logic,
      directLine: { adapter: directLineAdapter, streams, tokens, botAccount },
      inFlight,
      readiness: [
        () => ({ name: 'accepting', ok: !closing }),
        () => ({ name: 'loanBook', ok: loanBook.size() > 0, detail: `${loanBook.size()} loans` }),
        () => ({ name: 'riskModel', ok: true, detail: riskModel.version }),
        () => ({ name: 'offerPolicy', ok: true, detail: policy.version }),
      ],
      routes: [
        (srv) => auth.register(srv, config.MAX_BODY_BYTES),
        ...(whatsapp ? [whatsapp.register] : []),
        (srv) => agentConsole.register(srv),
        (srv) => registerSupervisorRoutes(srv, { auth, transcripts, reviews, audit, redact, maxBodyBytes: config.MAX_BODY_BYTES, now }),
        (srv) => registerArrangementRoutes(srv, { auth, arrangements, audit, now }),
      ],
    });
    const sweeper = setInterval(() => streams.sweep(), 10 * 60 * 1000).unref();
    const retention = scheduleRetention({ days: config.RETENTION_DAYS, transcripts, conversationData: stores.conversationData, audit, log, now });
    await retention.firstRun;
    idle.start();

    return {
      server,
      loanBook,
      cases,
      transcripts,
      users,
      audit,
      arrangements,
      services,
      idle,
      listen: (port = config.PORT, host = config.HOST) =>
        new Promise((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, host, () => resolve(`http://127.0.0.1:${server.address().port}`));
        }),
      close: async () => {
        closing = true;
        clearInterval(sweeper);
        idle.stop();
        whatsapp?.stop();
        agentConsole.close();
        await retention.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets would hold close() open; in-flight turns are awaited below.
          server.server.closeIdleConnections?.();
        });
        const drained = await inFlight.drain(10_000);
        if (!drained) log.warn({ pending: inFlight.size }, 'shutdown: turns still running after 10 s');
        await Promise.all([stores.flush(), whatsapp?.store.flush()]);
        await unlock();
      },
    };
  } catch (err) {
    await unlock();
    throw err;
  }
}
