import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from './logger';
import { readinessReport, type ReadinessCheck } from './readiness';
import { BRAND_DIR, registerStaticRoutes, sendFile } from './web/staticFiles';

export interface ServerDeps {
  log: Logger;
  readiness: ReadinessCheck[];
  /** The page served at `/` (the borrower's Web Chat). */
  homePage: string;
  /** Folders `/pages/<name>` is served from, first match wins. */
  pageDirs: string[];
  /** What the pages may know about the deployment before anyone signs in. */
  publicConfig: Record<string, unknown>;
  /** Route groups (channels, agent console, supervisor pages) registered by their own modules. */
  routes: ((server: Server) => void)[];
}

/** The HTTP surface: health, pages and the route groups it is given. Routing only; behaviour lives in the modules it mounts. */
export function createServer(deps: ServerDeps): Server {
  const { log } = deps;
  // restify logs formatter failures with the whole request; its logger gets only the method and path, never headers.
  const restifyLog = log.child({ component: 'restify' }, { serializers: { req: (r: Request) => ({ method: r.method, path: r.url?.split('?')[0] }) } });
  const server = restify.createServer({ name: 'forbear', handleUncaughtExceptions: false, log: restifyLog as never });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.pre((req, res, next) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  server.get('/readyz', async (_req, res) => {
    const report = readinessReport(deps.readiness);
    res.send(report.ready ? 200 : 503, report);
  });
  server.get('/api/public/config', async (_req, res) => {
    res.send(200, deps.publicConfig);
  });
  server.get('/', async (_req, res) => sendFile(res, deps.homePage, 'text/html; charset=utf-8'));
  server.get('/favicon.ico', async (_req, res) => sendFile(res, path.join(BRAND_DIR, 'favicon.svg'), 'image/svg+xml', 86_400));
  registerStaticRoutes(server, [BRAND_DIR, ...deps.pageDirs]);
  for (const register of deps.routes) register(server);

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    if (!err.statusCode || err.statusCode >= 500) log.error({ err: { name: err.name, message: err.message }, path: req.url?.split('?')[0] }, 'request failed');
    callback();
  });
  return server;
}
