import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ServerProcess {
  url: string;
  pid: number;
  /** From spawn to listening, and the part of it spent in createApp (opening the stores and models). */
  startMs: number;
  appStartMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

/**
 * Forbear's server runs with the V8 heap settings of `npm start` (see README, Benchmarks: without them V8 let the
 * heap grow to several times the live set under 50 concurrent conversations).
 */
const FORBEAR_HEAP = ['--max-semi-space-size=4', '--heap-growing-percent=25'];

/** Starts `bench/<script>` as its own process (so its memory is its own) and waits for the line with its URL. */
export async function startServer(
  script: 'forbearServer.ts' | 'echoServer.ts',
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const started = performance.now();
  const heap = script === 'forbearServer.ts' ? FORBEAR_HEAP : [];
  const child = spawn(process.execPath, [...heap, ...nodeArgs, '--import', 'tsx', path.join(import.meta.dirname, script)], {
    env: { ...process.env, NODE_ENV: 'development', DOTENV_CONFIG_QUIET: 'true', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise<{ url: string; appStartMs: number }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve(JSON.parse(line) as { url: string; appStartMs: number });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited ${code} before listening`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: ready.url,
    pid: child.pid!,
    startMs: performance.now() - started,
    appStartMs: ready.appStartMs,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
