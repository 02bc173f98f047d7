import type { Server } from 'restify';
import { redact } from '../../nlp';
import { registerMessagesRoute, type MessagesRouteDeps } from '../channels/botFramework/messagesRoute';
import { RateLimiter } from '../infra/http/rateLimiter';
import type { StaffAuth } from '../staff/auth/staffAuth';
import { registerArrangementRoutes, type ArrangementRouteDeps } from '../staff/supervisor/arrangementRoutes';
import { registerSupervisorRoutes, type SupervisorRouteDeps } from '../staff/supervisor/supervisorRoutes';
import type { Config } from './config';

type Route = (server: Server) => void;

export interface HttpRouteDeps {
  config: Config;
  /** `/api/messages`: the Bot Framework channel. */
  botFramework: Pick<MessagesRouteDeps, 'cloudAdapter' | 'logic' | 'log' | 'track'>;
  /** Our own channels' routes (Direct Line, WhatsApp when configured). */
  channels: Route[];
  auth: StaffAuth;
  agentConsole: { register: Route };
  supervisor: Pick<SupervisorRouteDeps, 'transcripts' | 'reviews' | 'audit'> & Pick<ArrangementRouteDeps, 'arrangements'> & { now: () => Date };
  /** The servicing webhook and the fraud review APIs, registered last. */
  casework: Route[];
}

/** Every HTTP route the server registers, channels first, then the staff pages' APIs; the limits come from config. */
export function httpRoutes(deps: HttpRouteDeps): Route[] {
  const { config, auth, supervisor } = deps;
  const maxBodyBytes = config.MAX_BODY_BYTES;
  return [
    (srv) =>
      registerMessagesRoute(srv, {
        ...deps.botFramework,
        maxBodyBytes,
        maxMessageChars: config.MAX_MESSAGE_CHARS,
        emulator: config.authEnabled ? undefined : { allowRemote: config.EMULATOR_ALLOW_REMOTE === 'true', serviceUrls: config.EMULATOR_SERVICE_URLS },
        perConversation: new RateLimiter(config.MESSAGES_PER_MINUTE, 60_000),
      }),
    ...deps.channels,
    (srv) => auth.register(srv, maxBodyBytes),
    (srv) => deps.agentConsole.register(srv),
    (srv) => registerSupervisorRoutes(srv, { auth, ...supervisor, redact, maxBodyBytes, timeZone: config.TIME_ZONE }),
    (srv) => registerArrangementRoutes(srv, { auth, arrangements: supervisor.arrangements, audit: supervisor.audit, now: supervisor.now }),
    ...deps.casework,
  ];
}
