import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { createApp, type App } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { DirectLineClient } from '../test/support/directLineClient';
import { percentile, type Bench } from './report';

const CONSOLES = 50;
const DIRECT_ESCALATIONS = 100;
const CHAT_ESCALATIONS = 20;

/** One console's event stream: records when each case id was first announced (performance.now()). */
async function openConsole(url: string, cookie: string, seen: Map<string, number>): Promise<AbortController> {
  const abort = new AbortController();
  const res = await fetch(`${url}/api/agent/stream`, { headers: { Cookie: cookie }, signal: abort.signal });
  if (res.status !== 200 || !res.body) throw new Error(`stream refused: ${res.status}`);
  const ready = new Promise<void>((resolve) => {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.startsWith('event: queue')) resolve();
            if (!block.startsWith('event: case\n')) continue;
            const id = (JSON.parse(block.slice(block.indexOf('data: ') + 6)) as { id: string }).id;
            if (!seen.has(id)) seen.set(id, performance.now());
          }
        }
      } catch {
        // aborted at the end of the run
      }
    })();
  });
  await ready;
  return abort;
}

async function signIn(url: string, name: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password: `${name}-demo-pass` }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return String(res.headers.get('set-cookie')).split(';')[0];
}

/** Per escalation, the delay until each console had the case; all consoles must get every case. */
async function latencies(started: Map<string, number>, consoles: Map<string, number>[]): Promise<number[]> {
  const deadline = Date.now() + 10_000;
  while (consoles.some((seen) => [...started.keys()].some((id) => !seen.has(id)))) {
    if (Date.now() > deadline) throw new Error('some consoles never received some cases');
    await new Promise((r) => setTimeout(r, 20));
  }
  return consoles.flatMap((seen) => [...started].map(([id, t0]) => seen.get(id)! - t0));
}

async function escalateDirectly(app: App, consoles: Map<string, number>[]): Promise<number[]> {
  const started = new Map<string, number>();
  for (let i = 0; i < DIRECT_ESCALATIONS; i++) {
    const t0 = performance.now();
    const outcome = await app.services.escalations.escalate({
      reason: i % 5 === 0 ? 'vulnerable' : 'asked_for_human',
      conversation: {
        channelId: 'directline',
        conversation: { id: randomUUID(), isGroup: false, conversationType: '', name: '' },
        user: { id: `bench-${i}`, name: '' },
      },
      intake: { stage: 'escalated' },
    });
    started.set(outcome.caseId, t0);
  }
  return latencies(started, consoles);
}

async function escalateOverDirectLine(url: string, app: App, consoles: Map<string, number>[]): Promise<number[]> {
  const started = new Map<string, number>();
  for (let i = 0; i < CHAT_ESCALATIONS; i++) {
    const borrower = new DirectLineClient(url);
    await borrower.start();
    await borrower.botReplies(3);
    const t0 = performance.now();
    const res = await borrower.post('I want to talk to a person');
    if (res.status !== 200) throw new Error(`post failed: ${res.status}`);
    const record = app.cases.openCaseFor('directline', borrower.conversationId);
    if (!record) throw new Error('no case opened');
    started.set(record.id, t0);
  }
  return latencies(started, consoles);
}

export const bench: Bench = async (report) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'forbear-bench-agents-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_LOANS: '60', AGENT_DAYS: 'Sun-Sat', AGENT_HOURS: '00:00-24:00' });
  const app = await createApp(config, createLogger('silent'));
  const url = await app.listen(0, '127.0.0.1');
  const aborts: AbortController[] = [];
  try {
    const cookies = await Promise.all(Array.from({ length: CONSOLES }, (_, i) => signIn(url, i % 2 ? 'agent' : 'agent2')));
    const consoles = cookies.map(() => new Map<string, number>());
    aborts.push(...(await Promise.all(cookies.map((cookie, i) => openConsole(url, cookie, consoles[i])))));

    const direct = await escalateDirectly(app, consoles);
    report({ name: `escalate() → case on all ${CONSOLES} consoles p50`, value: percentile(direct, 50), unit: 'ms' });
    report({ name: `escalate() → case on all ${CONSOLES} consoles p99`, value: percentile(direct, 99), unit: 'ms' });
    const chat = await escalateOverDirectLine(url, app, consoles);
    report({ name: `"talk to a person" over Direct Line → case on ${CONSOLES} consoles p50`, value: percentile(chat, 50), unit: 'ms' });
    report({ name: `"talk to a person" over Direct Line → case on ${CONSOLES} consoles p99`, value: percentile(chat, 99), unit: 'ms' });
  } finally {
    aborts.forEach((a) => a.abort());
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  bench((line) => console.log(`${line.name}: ${line.value.toFixed(2)} ${line.unit}`)).then(() => process.exit(0));
}
