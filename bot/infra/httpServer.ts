import type { CloudAdapter, TurnContext } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Config } from '../app/config';
import { registerDirectLineRoutes, type DirectLineDeps } from '../channels/directLine/directLineRoutes';
import { HttpError, readJsonBody } from './http/httpErrors';
import type { InFlight } from './inFlight';
import type { Logger } from './logger';
import { readinessReport, type ReadinessCheck } from './readiness';
import { BRAND_DIR, registerStaticRoutes, sendFile } from './web/staticFiles';
import path from 'node:path';
import { WEB_CHAT_DIR, WEB_CHAT_PAGE } from '../channels/webChat/webChatPage';
import { STAFF_PAGES_DIR } from '../staff/pages/staffPages';

export interface ServerDeps {
  config: Config;
  log: Logger;
  cloudAdapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  directLine: Omit<DirectLineDeps, 'logic' | 'log' | 'maxBodyBytes' | 'maxMessageChars' | 'newConversationsPerMinute' | 'track'>;
  inFlight: InFlight;
  readiness: ReadinessCheck[];
  /** Extra route groups (agent console, supervisor pages, WhatsApp) registered by their own modules. */
  routes?: ((server: Server) => void)[];
}

/** The HTTP surface: channels, health, pages. Routing only; behaviour lives in the modules it mounts. */
export function createServer(deps: ServerDeps): Server {
  const { config, log } = deps;
  const server = restify.createServer({ name: 'forbear', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.pre((req, res, next) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const requestLog = log.child({ reqId: req.id(), route: 'api/messages' });
    try {
      (req as Request & { body: unknown }).body = await readJsonBody(req, config.MAX_BODY_BYTES);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      requestLog.warn({ status: err.status }, err.message);
      res.send(err.status, { error: err.message });
      return;
    }
    const started = Date.now();
    await deps.inFlight.track(deps.cloudAdapter.process(req, res, deps.logic));
    requestLog.info({ status: res.statusCode, ms: Date.now() - started }, 'turn');
  });

  registerDirectLineRoutes(server, {
    ...deps.directLine,
    logic: deps.logic,
    log,
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
    newConversationsPerMinute: config.DIRECTLINE_NEW_CONVERSATIONS_PER_MINUTE,
    track: (work) => deps.inFlight.track(work),
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  server.get('/readyz', async (_req, res) => {
    const report = readinessReport(deps.readiness);
    res.send(report.ready ? 200 : 503, report);
  });
  server.get('/api/public/config', async (_req, res) => {
    res.send(200, { lenderName: config.LENDER_NAME, privacyUrl: config.PRIVACY_URL ?? null });
  });
  server.get('/', async (_req, res) => sendFile(res, WEB_CHAT_PAGE, 'text/html; charset=utf-8'));
  server.get('/favicon.ico', async (_req, res) => sendFile(res, path.join(BRAND_DIR, 'favicon.svg'), 'image/svg+xml', 86_400));
  registerStaticRoutes(server, [BRAND_DIR, WEB_CHAT_DIR, STAFF_PAGES_DIR]);
  for (const register of deps.routes ?? []) register(server);

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    if (!err.statusCode || err.statusCode >= 500) log.error({ err, url: req.url }, 'request failed');
    callback();
  });
  return server;
}
