import { createReadStream, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Response, Server } from 'restify';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/** Files the pages load, all from this repo or node_modules: pages work offline and never call a CDN. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/assets/webchat.js': { file: path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'), type: 'application/javascript' },
  '/assets/chart.js': { file: path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.js'), type: 'application/javascript' },
};

const PAGE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.svg': 'image/svg+xml',
};

/** The brand stylesheet and icon every page shares live beside this file. */
export const BRAND_DIR = here;

/**
 * Pages load only this server's own scripts and talk only to it: a stray or
 * injected script cannot send a borrower's answers or a supervisor's view
 * anywhere else. Web Chat needs inline styles and blob: URLs for its own work.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "media-src 'self' blob: data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export async function sendFile(res: Response, file: string, type: string, cacheSeconds = 0): Promise<void> {
  const stat = await fs.stat(file);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': stat.size,
    'Cache-Control': cacheSeconds > 0 ? `public, max-age=${cacheSeconds}` : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
  });
  await new Promise<void>((resolve, reject) => createReadStream(file).on('error', reject).on('end', resolve).pipe(res));
}

/** `/assets/*` from node_modules and `/pages/<name>` from the first of `pageDirs` that holds the file. */
export function registerStaticRoutes(server: Server, pageDirs: string[]): void {
  for (const [route, asset] of Object.entries(ASSETS)) {
    server.get(route, async (_req, res) => sendFile(res, asset.file, asset.type, 86_400));
  }
  server.get('/pages/:name', async (req, res) => {
    const name = String(req.params.name);
    const type = PAGE_TYPES[path.extname(name)];
    if (!/^[\w.-]+$/.test(name) || !type) {
      res.send(404, { error: 'Not found' });
      return;
    }
    const file = await firstExisting(pageDirs.map((dir) => path.join(dir, name)));
    if (!file) {
      res.send(404, { error: 'Not found' });
      return;
    }
    await sendFile(res, file, type);
  });
}

async function firstExisting(files: string[]): Promise<string | undefined> {
  for (const file of files)
    if (
      await fs.stat(file).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return file;
  return undefined;
}
