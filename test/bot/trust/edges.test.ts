import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot/app/config';
import { createApp } from '../../../bot/app/createApp';
import { DirectLineTokens } from '../../../bot/channels/directLine/tokens';
import { createLogger } from '../../../bot/infra/logger';
import { csvTable } from '../../../bot/staff/supervisor/exportFormats';
import { tempDir } from '../../support/tempDir';

describe('attack: a 100,000-deep nested value', () => {
  it('gets 400 on every JSON endpoint, and no request header reaches the log', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const config = loadConfig({ PORT: '0', DATA_DIR: tempDir(), LOG_LEVEL: 'trace', DEMO_LOANS: '20', DEMO_ARRANGEMENTS: '0' });
    const app = await createApp(config, createLogger('trace', sink));
    const url = await app.listen(0, '127.0.0.1');
    try {
      const deep = `{"type":"message","value":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      const headers = { 'Content-Type': 'application/json', Authorization: 'Bearer SECRET-TOKEN-123' };
      for (const path of ['/api/messages', '/v3/directline/conversations/x/activities', '/api/auth/login']) {
        const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: deep });
        expect(res.status, path).toBeLessThan(500);
        expect(await res.text()).not.toMatch(/SECRET|\/work\//);
      }
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers, body: deep });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(/nests deeper/);
      expect(lines.join('')).not.toMatch(/SECRET-TOKEN-123/);
    } finally {
      await app.close();
    }
  });
});

describe('attack: formula injection in exports', () => {
  it('guards list-valued cells too', () => {
    const csv = csvTable(['reasons'] as const, [{ reasons: ['=HYPERLINK("http://x")', '+1'] }]);
    expect(csv).not.toMatch(/(^|[;,"]\s?)[=+]/m);
    expect(csv).toContain(`'=HYPERLINK`);
  });
});

describe('attack: a Direct Line token with no expiry', () => {
  it('fails closed', () => {
    const tokens = new DirectLineTokens(Buffer.alloc(32, 1), 60);
    const good = tokens.issue('c1', 'u1');
    const [payload] = good.split('.');
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString());
    delete forged.expiresAt;
    const body = Buffer.from(JSON.stringify(forged)).toString('base64url');
    // Signed with the real secret (as a leaked signing bug would): still refused.
    const sign = (tokens as unknown as { sign(p: string): string }).sign.bind(tokens);
    expect(tokens.check(`Bearer ${body}.${sign(body)}`).ok).toBe(false);
    expect(tokens.check(`Bearer ${good}`).ok).toBe(true);
  });
});
