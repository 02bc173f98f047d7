import http from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../../../bot/infra/web/acceptEncoding';
import { startTestApp } from '../../../support/testApp';

const require = createRequire(import.meta.url);
const BUNDLE = readFileSync(path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'));

/** A raw GET (fetch would decode the body and choose its own Accept-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

async function bundleUrl(url: string): Promise<string> {
  const page = (await get(url)).body.toString();
  const src = /<script src="(\/assets\/webchat\.[0-9a-f]{16}\.js)" defer><\/script>/.exec(page)?.[1];
  expect(src, 'the chat page names the versioned bundle').toBeTruthy();
  return `${url}${src}`;
}

describe('the Web Chat bundle', () => {
  it('is served brotli- or gzip-compressed as Accept-Encoding asks, varying on it, and decodes to the bundle', async () => {
    const { url } = await startTestApp();
    const bundle = await bundleUrl(url);

    const br = await get(bundle, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(br.headers['content-type']).toBe('application/javascript');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(BUNDLE.length / 4);
    expect(zlib.brotliDecompressSync(br.body).equals(BUNDLE)).toBe(true);

    const gz = await get(bundle, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/Accept-Encoding/);
    expect(zlib.gunzipSync(gz.body).equals(BUNDLE)).toBe(true);

    // Refused brotli (q=0) falls back to gzip; nothing acceptable means the file as it is.
    expect((await get(bundle, { 'Accept-Encoding': 'br;q=0, gzip;q=0.5' })).headers['content-encoding']).toBe('gzip');
    const plain = await get(bundle);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.body.equals(BUNDLE)).toBe(true);
  });

  it('is cached for a year on its content-hashed URL, while the page itself is revalidated every time', async () => {
    const { url } = await startTestApp();
    const bundle = await bundleUrl(url);
    const versioned = await get(bundle, { 'Accept-Encoding': 'br' });
    expect(versioned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(url)).headers['cache-control']).toBe('no-cache');
    // The plain URL still works for old pages, but only for a day at a time; a matching ETag costs no body.
    const legacy = await get(`${url}/assets/webchat.js`, { 'Accept-Encoding': 'br' });
    expect(legacy.headers['cache-control']).toBe('public, max-age=86400');
    expect(legacy.headers['content-encoding']).toBe('br');
    const again = await get(bundle, { 'If-None-Match': String(versioned.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // A hash that is not the bundle's is not served.
    expect((await get(`${url}/assets/webchat.0000000000000000.js`)).status).toBe(404);
  });
});

describe('chooseEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip;q=0.9', 'gzip'],
    ['BR;Q=1', 'br'],
    ['br;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['deflate, zstd', 'identity'],
    ['br;q=abc, gzip', 'gzip'],
  ] as const)('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
