import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../support/directLineClient';
import { tempDir } from '../../support/tempDir';

function startProcess(env: Record<string, string>): { child: ChildProcess; output: () => string; listening: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/app/main.ts'], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', DOTENV_CONFIG_QUIET: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"url":"(http:\/\/localhost:\d+)"/.exec(out);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  // Tests that expect an early exit never await this; keep that from surfacing as an unhandled rejection.
  listening.catch(() => undefined);
  return { child, output: () => out, listening };
}

const exitCode = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('the server process', () => {
  it('stops with one clear line and exit code 78 on a bad setting', async () => {
    const { child, output } = startProcess({ PORT: 'eighty', DATA_DIR: tempDir() });
    expect(await exitCode(child)).toBe(78);
    expect(output().trim()).toBe('Configuration error: PORT must be a whole number from 0 to 65535, got "eighty"');
  });

  it('on SIGTERM finishes the turn in flight, flushes, releases DATA_DIR and exits 0', async () => {
    const dataDir = tempDir();
    const { child, listening, output } = startProcess({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_LOANS: '40' });
    const url = await listening;
    const client = new DirectLineClient(url);
    await client.start();
    await client.botReplies(3);
    const inFlight = client.post('yes');
    await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await exitCode(child)).toBe(0);
    expect(output()).toMatch(/"msg":"stopped"/);
    expect(existsSync(path.join(dataDir, 'forbear.lock'))).toBe(false);
    // No message text in the logs.
    expect(output()).not.toMatch(/"text"|Would you like to continue/);
  });

  it('refuses a second server on the same DATA_DIR', async () => {
    const dataDir = tempDir();
    const first = startProcess({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_LOANS: '40' });
    await first.listening;
    const second = startProcess({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
    expect(await exitCode(second.child)).toBe(1);
    expect(second.output()).toMatch(/already used by another Forbear process/);
    first.child.kill('SIGTERM');
    expect(await exitCode(first.child)).toBe(0);
    // Two server starts: under a loaded CI machine this can pass the 30 s default.
  }, 90_000);
});
