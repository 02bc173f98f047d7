import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../support/directLineClient';
import { borrowerTextCounts } from '../../support/storedTranscripts';
import { startTestApp } from '../../support/testApp';

/**
 * A real small tmpfs, remounted read-only or filled up: deterministic, and it
 * stops root too (chmod does not: these machines run tests as root). Where
 * mounting is not allowed the tests are skipped and say so.
 */
function mountTmpfs(): string | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'forbear-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  afterEach(() => {
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return dir;
}

const canMount = (() => {
  const probe = mkdtempSync(path.join(os.tmpdir(), 'forbear-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

const post = (c: DirectLineClient, text: string, id: string) =>
  fetch(`${c.baseUrl}/v3/directline/conversations/${c.conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${c.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, channelData: { clientActivityID: id } }),
  });

async function readyz(url: string): Promise<{ status: number; storage: boolean }> {
  const res = await fetch(`${url}/readyz`);
  const body = (await res.json()) as { checks: { name: string; ok: boolean }[] };
  return { status: res.status, storage: body.checks.find((c) => c.name === 'storage')!.ok };
}

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The kernel refuses a read-only remount while a file is open for writing
 * ("mount point is busy"): the turn that just answered may still be
 * committing its last write, so try again until it has finished.
 */
async function remountReadOnly(dir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
      return;
    } catch (err) {
      if (attempt >= 50) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

describe.skipIf(!canMount)('attack: a read-only or full DATA_DIR (tmpfs)', () => {
  for (const mode of ['read-only', 'full'] as const) {
    it(`${mode}: posts get 503 with Retry-After, /readyz turns red, and the retried messages are all kept`, async () => {
      const dataDir = mountTmpfs()!;
      const { url, app } = await startTestApp({ DEMO_LOANS: '20' }, dataDir);
      const client = new DirectLineClient(url);
      await client.start();
      await client.botReplies(3);
      const filler = path.join(dataDir, 'filler');
      if (mode === 'read-only') await remountReadOnly(dataDir);
      else {
        try {
          for (let i = 0; ; i++) writeFileSync(`${filler}-${i}`, Buffer.alloc(256 * 1024));
        } catch {
          // ENOSPC: the disk is full.
        }
      }
      const texts = ['disk note 1', 'disk note 2', 'disk note 3', 'disk note 4'];
      for (const [i, text] of texts.entries()) {
        const res = await post(client, text, `d-${i}`);
        expect(res.status, text).toBe(503);
        expect(res.headers.get('retry-after')).toBeTruthy();
      }
      expect(await readyz(url)).toEqual({ status: 503, storage: false });

      if (mode === 'read-only') execFileSync('mount', ['-o', 'remount,rw', dataDir]);
      else execFileSync('sh', ['-c', `rm -f ${filler}-*`]);
      await until(async () => (await readyz(url)).storage);
      for (const [i, text] of texts.entries()) expect((await post(client, text, `d-${i}`)).status).toBe(200);
      await app.close();
      const counts = await borrowerTextCounts(dataDir);
      for (const text of texts) expect(counts.get(text), text).toBe(1);
    });
  }
});
