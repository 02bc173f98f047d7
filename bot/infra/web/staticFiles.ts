import { createReadStream, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { chooseEncoding } from './acceptEncoding';
import { CompressedAsset } from './compressedAsset';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/** Scripts the pages load, all from node_modules: pages work offline and never call a CDN. One copy per process, however many servers. */
const ASSETS = [
  new CompressedAsset(
    '/assets/webchat.js',
    path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'),
    'application/javascript',
  ),
  new CompressedAsset('/assets/chart.js', path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.js'), 'application/javascript'),
];

/** A versioned URL never changes content; the plain one keeps working (bookmarks, old pages) for a day at a time. */
const FOREVER = 'public, max-age=31536000, immutable';
const ONE_DAY = 'public, max-age=86400';

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
  const headers = {
    'Content-Type': type,
    'Cache-Control': cacheSeconds > 0 ? `public, max-age=${cacheSeconds}` : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  if (type.startsWith('text/html')) {
    // Pages name the plain asset URLs; they go out naming the versioned ones, which browsers cache for good.
    let html = await fs.readFile(file, 'utf8');
    for (const asset of ASSETS) html = html.replaceAll(`"${asset.route}"`, `"${asset.versionedRoute}"`);
    const body = Buffer.from(html);
    res.writeHead(200, { ...headers, 'Content-Length': body.length, 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    res.end(body);
    return;
  }
  const stat = await fs.stat(file);
  res.writeHead(200, { ...headers, 'Content-Length': stat.size });
  await new Promise<void>((resolve, reject) => createReadStream(file).on('error', reject).on('end', resolve).pipe(res));
}

/** An asset in the best encoding the browser accepts, from memory (see CompressedAsset). */
async function sendAsset(req: Request, res: Response, asset: CompressedAsset, cacheControl: string): Promise<void> {
  const common = { 'Cache-Control': cacheControl, Vary: 'Accept-Encoding', ETag: asset.etag, 'X-Content-Type-Options': 'nosniff' };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  const body = await asset.body(encoding);
  res.writeHead(200, {
    ...common,
    'Content-Type': asset.type,
    'Content-Length': body.length,
    ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
  });
  res.end(body);
}

/** `/assets/*` from node_modules and `/pages/<name>` from the first of `pageDirs` that holds the file. */
export function registerStaticRoutes(server: Server, pageDirs: string[]): void {
  for (const asset of ASSETS) {
    // Compressed now, in the background, so the first borrower does not wait for it; a failure surfaces on the first request.
    asset.prepare().catch(() => undefined);
    server.get(asset.route, async (req, res) => sendAsset(req, res, asset, ONE_DAY));
    server.get(asset.versionedRoute, async (req, res) => sendAsset(req, res, asset, FOREVER));
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
