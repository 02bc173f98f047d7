import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { httpErrorFor, sendError } from '../../infra/http/errorResponse';
import { HttpError, readJsonBody } from '../../infra/http/httpErrors';
import type { RateLimiter } from '../../infra/http/rateLimiter';
import type { Logger } from '../../infra/logger';
import { emulatorRefusal, type EmulatorPolicy } from './emulatorGuard';
import { inboundActivityCheck } from './inboundActivity';
import { BOT_CONNECTOR_PREFIX } from './channelNamespace';

export interface MessagesRouteDeps {
  cloudAdapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  log: Logger;
  maxBodyBytes: number;
  maxMessageChars: number;
  /** Set when no app id is configured: who may use the unauthenticated path. */
  emulator?: EmulatorPolicy;
  /** Messages per conversation per minute. */
  perConversation: RateLimiter;
  /** Resolves when the turn is done; lets the server wait for in-flight turns at shutdown. */
  track: <T>(work: Promise<T>) => Promise<T>;
}

/** What botbuilder writes to the response, held back so its error texts (hosts, stacks) never reach the caller. */
function capture() {
  const out = { status: 200, body: undefined as unknown };
  const shim = {
    status: (code: number) => void (out.status = code),
    send: (body: unknown) => void (out.body = body),
    header: () => undefined,
    end: () => undefined,
  };
  return { out, shim };
}

/** `POST /api/messages`: the Bot Framework channel (Emulator, Azure Bot Service) through CloudAdapter. */
export function registerMessagesRoute(server: Server, deps: MessagesRouteDeps): void {
  const checkInboundActivity = inboundActivityCheck({ maxMessageChars: deps.maxMessageChars, maxValueBytes: Math.min(deps.maxBodyBytes, 16 * 1024) });
  server.post('/api/messages', async (req: Request, res: Response) => {
    const requestLog = deps.log.child({ reqId: req.id(), route: 'api/messages' });
    try {
      const checked = checkInboundActivity(await readJsonBody(req, deps.maxBodyBytes));
      if (!checked.ok) throw new HttpError(checked.status, checked.error);
      const activity = checked.activity as { channelId: string; serviceUrl: string; conversation: { id: string } };
      if (deps.emulator) {
        const refusal = emulatorRefusal(deps.emulator, req.socket.remoteAddress, activity);
        if (refusal) throw new HttpError(403, refusal);
      }
      const conversationKey = `${BOT_CONNECTOR_PREFIX}${activity.channelId}:${activity.conversation.id}`;
      if (!deps.perConversation.allow(conversationKey)) {
        res.header('Retry-After', String(deps.perConversation.retryAfter(conversationKey)));
        throw new HttpError(429, 'Too many messages in this conversation; please wait a moment');
      }
      (req as Request & { body: unknown }).body = activity;
    } catch (err) {
      const known = httpErrorFor(err);
      requestLog.warn({ status: known?.status }, known?.message ?? 'request failed');
      sendError(res, err);
      return;
    }
    const started = Date.now();
    const { out, shim } = capture();
    try {
      await deps.track(deps.cloudAdapter.process(req, shim as unknown as Response, deps.logic));
    } catch (err) {
      requestLog.error({ err: { name: (err as Error).name } }, 'turn failed');
      out.status = 500;
    }
    requestLog.info({ status: out.status, ms: Date.now() - started }, 'turn');
    if (out.status === 401 || out.status === 403) res.send(out.status, { error: 'Unauthorized: a valid Bot Connector token is required' });
    else if (out.status >= 500) res.send(500, { error: 'Internal error' });
    else if (out.body !== undefined) res.send(out.status, out.body);
    else res.send(out.status);
  });
}
