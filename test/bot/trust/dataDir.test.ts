import { mkdirSync, statSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../../support/serverProcess';
import { startTestApp } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';

describe('attack: two servers racing for a stale forbear.lock', () => {
  it('exactly one of them starts, every time', async () => {
    for (let round = 0; round < 2; round++) {
      const dataDir = tempDir();
      mkdirSync(dataDir, { recursive: true });
      // A lock left by a process killed long ago.
      writeFileSync(path.join(dataDir, 'forbear.lock'), '999999');
      const racers = [startServerProcess({ DATA_DIR: dataDir }), startServerProcess({ DATA_DIR: dataDir })];
      const outcomes = await Promise.all(
        racers.map((r) =>
          r.listening.then(
            () => 'up' as const,
            () => 'refused' as const,
          ),
        ),
      );
      expect([...outcomes].sort(), `round ${round}`).toEqual(['refused', 'up']);
      const refused = racers[outcomes.indexOf('refused')];
      expect(refused.output()).toMatch(/already used by another Forbear process/);
      for (const r of racers) if (r.child.exitCode === null) r.child.kill('SIGTERM');
      await Promise.all(racers.map((r) => r.exited));
    }
  }, 90_000);
});

describe('DATA_DIR hygiene', () => {
  it('removes temp files a crash left behind, and creates files 0600 and folders 0700', async () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, 'state', 'ab'), { recursive: true });
    const leftover = path.join(dataDir, 'state', 'ab', '.0123.json.4242.7.tmp');
    writeFileSync(leftover, '{"half":');
    const { app } = await startTestApp({}, dataDir);
    expect(existsSync(leftover)).toBe(false);
    await app.close();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? [path.join(dir, e.name), ...walk(path.join(dir, e.name))] : [path.join(dir, e.name)],
      );
    // The two folders the test made itself (before the server ran) are not the server's.
    const made = new Set([path.join(dataDir, 'state'), path.join(dataDir, 'state', 'ab')]);
    const created = walk(dataDir).filter((p) => !made.has(p));
    expect(created.length).toBeGreaterThan(5);
    for (const p of created) {
      const mode = statSync(p).mode & 0o777;
      if (statSync(p).isDirectory()) expect(mode & 0o077, p).toBe(0);
      else expect(mode, p).toBe(0o600);
    }
  });
});
