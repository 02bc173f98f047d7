import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { createApp } from '../bot/app/createApp';
import { loadConfig } from '../bot/app/config';
import { createLogger } from '../bot/infra/logger';
import { DocumentStore } from '../bot/infra/storage/documentStore';
import { percentile, type Bench } from './report';

const TURNS = 600;
const CONCURRENCY = 8;

function activity(conversationId: string, text: string, n: number) {
  return {
    type: 'message',
    id: `b-${n}`,
    timestamp: new Date().toISOString(),
    serviceUrl: 'http://127.0.0.1:9',
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    from: { id: `user-${conversationId}`, name: 'Bench' },
    conversation: { id: conversationId },
    recipient: { id: 'bot', name: 'Bot' },
    text,
  };
}

/** Sends `turns` messages over /api/messages, `CONCURRENCY` at a time, each conversation in order. */
async function drive(url: string, conversations: string[], turns: number): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let n = next++; n < turns; n = next++) {
        const conversationId = conversations[(n * CONCURRENCY + worker) % conversations.length];
        const t = performance.now();
        const res = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(activity(conversationId, n % 2 ? 'hello' : 'yes please', n)),
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`turn failed with ${res.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { perSecond: (turns / (performance.now() - started)) * 1000, latencies };
}

/** A bare botbuilder echo bot on the same restify + CloudAdapter stack: the baseline. */
async function startEchoBot(): Promise<{ url: string; close: () => void }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => adapter.process(req, res, (context) => bot.run(context)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** A data directory holding `storedConversations` conversation states, written straight into the state store's layout (an fsync per file would take minutes). */
function seededDataDir(storedConversations: number): string {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'forbear-bench-'));
  const state = new DocumentStore(path.join(dataDir, 'state'));
  for (let i = 0; i < storedConversations; i++) {
    const key = `bf.emulator/conversations/stored-${i}/`;
    const file = state.fileFor(key);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ key, eTag: `seed-${i}`, value: { intake: { stage: 'budget' }, dialogState: { dialogStack: [] } } }));
  }
  return dataDir;
}

async function startForbear(dataDir: string) {
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_LOANS: '200' });
  const app = await createApp(config, createLogger('silent'));
  const url = await app.listen(0, '127.0.0.1');
  return { url, close: () => app.close() };
}

export const bench: Bench = async (report) => {
  const conversations = Array.from({ length: 50 }, (_, i) => `bench-${i}`);
  // Both stores are seeded and flushed to disk before anything is timed, so neither run pays for the other's writeback.
  const smallDir = seededDataDir(1_000);
  const largeDir = seededDataDir(100_000);
  execSync('sync');

  const echo = await startEchoBot();
  await drive(echo.url, conversations, 100);
  const baseline = await drive(echo.url, conversations, TURNS);
  echo.close();

  const small = await startForbear(smallDir);
  await drive(small.url, conversations, 100);
  const ours = await drive(
    small.url,
    conversations.map((c) => `${c}-a`),
    TURNS,
  );
  await small.close();

  report({
    name: '/api/messages turns/s (Forbear intake bot)',
    value: ours.perSecond,
    unit: 'turns/s',
    baseline: { name: 'bare echo bot', value: baseline.perSecond },
    ratio: ours.perSecond / baseline.perSecond,
  });
  for (const p of [50, 99]) {
    const mine = percentile(ours.latencies, p);
    const base = percentile(baseline.latencies, p);
    report({ name: `/api/messages turn latency p${p}`, value: mine, unit: 'ms', baseline: { name: 'bare echo bot', value: base }, ratio: mine / base });
  }

  // Alternate the two stores and keep each one's best run, so a burst of other load on the machine cannot decide the ratio.
  const p50s = { small: [] as number[], large: [] as number[] };
  for (let round = 0; round < 2; round++) {
    for (const [size, dir] of [
      ['small', smallDir],
      ['large', largeDir],
    ] as const) {
      const app = await startForbear(dir);
      await drive(
        app.url,
        conversations.map((c) => `${c}-${size}-warm-${round}`),
        100,
      );
      p50s[size].push(
        percentile(
          (
            await drive(
              app.url,
              conversations.map((c) => `${c}-${size}-${round}`),
              TURNS,
            )
          ).latencies,
          50,
        ),
      );
      await app.close();
    }
  }
  rmSync(smallDir, { recursive: true, force: true });
  rmSync(largeDir, { recursive: true, force: true });
  const p50Small = Math.min(...p50s.small);
  const p50Large = Math.min(...p50s.large);
  report({
    name: 'turn latency p50 with 100,000 stored conversations',
    value: p50Large,
    unit: 'ms',
    baseline: { name: 'with 1,000 stored', value: p50Small },
    ratio: p50Large / p50Small,
    goal: '<= 1.2',
  });
};
