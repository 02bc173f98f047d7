import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { httpErrorFor, sendError } from '../../infra/http/errorResponse';
import { readJsonBody } from '../../infra/http/httpErrors';
import type { Logger } from '../../infra/logger';

export interface MessagesRouteDeps {
  cloudAdapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  log: Logger;
  maxBodyBytes: number;
  /** Resolves when the turn is done; lets the server wait for in-flight turns at shutdown. */
  track: <T>(work: Promise<T>) => Promise<T>;
}

/** `POST /api/messages`: the Bot Framework channel (Emulator, Azure Bot Service) through CloudAdapter. */
export function registerMessagesRoute(server: Server, deps: MessagesRouteDeps): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    const requestLog = deps.log.child({ reqId: req.id(), route: 'api/messages' });
    try {
      (req as Request & { body: unknown }).body = await readJsonBody(req, deps.maxBodyBytes);
    } catch (err) {
      const known = httpErrorFor(err);
      requestLog.warn({ status: known?.status }, known?.message ?? 'request failed');
      sendError(res, err);
      return;
    }
    const started = Date.now();
    await deps.track(deps.cloudAdapter.process(req, res, deps.logic));
    requestLog.info({ status: res.statusCode, ms: Date.now() - started }, 'turn');
  });
}
