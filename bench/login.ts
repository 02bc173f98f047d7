import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../bot/app/createApp';
import { loadConfig } from '../bot/app/config';
import { createLogger } from '../bot/infra/logger';
import { percentile, type Bench } from './report';

const TURNS = 300;
const BURST = 200;

async function turns(url: string, tag: string): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      for (let n = next++; n < TURNS; n = next++) {
        const t = performance.now();
        const res = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            id: `${tag}-${n}`,
            serviceUrl: 'http://127.0.0.1:9',
            channelId: 'emulator',
            deliveryMode: 'expectReplies',
            from: { id: `u-${tag}-${n % 20}` },
            conversation: { id: `${tag}-${n % 20}` },
            recipient: { id: 'bot' },
            text: n % 2 ? 'hello' : 'yes please',
          }),
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`turn failed with ${res.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies;
}

function loginBurst(url: string): Promise<number[]> {
  return Promise.all(
    Array.from({ length: BURST }, () =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'supervisor', password: 'supervisor-demo-pass' }),
      }).then(async (r) => (await r.arrayBuffer(), r.status)),
    ),
  );
}

/** Borrower turns while 200 staff sign-ins arrive at once, against the same turns with no sign-ins (same run, same server). */
export const bench: Bench = async (report) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'forbear-bench-login-'));
  const app = await createApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_LOANS: '100' }), createLogger('silent'));
  const url = await app.listen(0, '127.0.0.1');
  try {
    await turns(url, 'warm');
    const idle = await turns(url, 'idle');
    const [busy, statuses] = await Promise.all([turns(url, 'burst'), loginBurst(url)]);
    const idleP99 = percentile(idle, 99);
    const busyP99 = percentile(busy, 99);
    report({
      name: `borrower turn p99 during a ${BURST}-request login burst`,
      value: busyP99,
      unit: 'ms',
      baseline: { name: 'idle p99', value: idleP99 },
      ratio: busyP99 / idleP99,
      goal: '<= 2',
    });
    report({
      name: 'sign-ins answered 200 / 503 (busy) in the burst',
      value: statuses.filter((s) => s === 200).length,
      unit: `of ${BURST} (${statuses.filter((s) => s === 503).length} busy)`,
    });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
