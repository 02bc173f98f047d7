import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { createApp, type App } from '../bot/app/createApp';
import { loadConfig } from '../bot/app/config';
import { createLogger } from '../bot/infra/logger';
import { DirectLineClient } from '../test/support/directLineClient';
import { StaffClient, type EventStream } from '../test/support/staffClient';
import { percentile, type Bench } from './report';

const CONSOLES = 50;
const DIRECT_ESCALATIONS = 100;
const CHAT_ESCALATIONS = 20;

/** One open console: the agent's live event stream, ready once its first queue snapshot arrived. */
async function openConsole(url: string, name: string): Promise<EventStream> {
  const stream = (await StaffClient.signIn(url, name)).stream();
  await stream.next('queue');
  return stream;
}

/** When each case id was first announced on a console (performance.now()). */
function firstSeen(stream: EventStream): Map<string, number> {
  const seen = new Map<string, number>();
  for (const e of stream.events) {
    const id = e.event === 'case' ? (e.data as { id: string }).id : undefined;
    if (id && !seen.has(id)) seen.set(id, e.at);
  }
  return seen;
}

/** Per escalation, the delay until each console had the case; all consoles must get every case. */
async function latencies(started: Map<string, number>, consoles: EventStream[]): Promise<number[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const seen = consoles.map(firstSeen);
    if (seen.every((s) => [...started.keys()].every((id) => s.has(id)))) return seen.flatMap((s) => [...started].map(([id, t0]) => s.get(id)! - t0));
    if (Date.now() > deadline) throw new Error('some consoles never received some cases');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function escalateDirectly(app: App, consoles: EventStream[]): Promise<number[]> {
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

async function escalateOverDirectLine(url: string, app: App, consoles: EventStream[]): Promise<number[]> {
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
  const consoles: EventStream[] = [];
  try {
    consoles.push(...(await Promise.all(Array.from({ length: CONSOLES }, (_, i) => openConsole(url, i % 2 ? 'agent' : 'agent2')))));

    const direct = await escalateDirectly(app, consoles);
    report({ name: `escalate() → case on all ${CONSOLES} consoles p50`, value: percentile(direct, 50), unit: 'ms' });
    report({ name: `escalate() → case on all ${CONSOLES} consoles p99`, value: percentile(direct, 99), unit: 'ms' });
    const chat = await escalateOverDirectLine(url, app, consoles);
    report({ name: `"talk to a person" over Direct Line → case on ${CONSOLES} consoles p50`, value: percentile(chat, 50), unit: 'ms' });
    report({ name: `"talk to a person" over Direct Line → case on ${CONSOLES} consoles p99`, value: percentile(chat, 99), unit: 'ms' });
  } finally {
    consoles.forEach((c) => c.close());
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  bench((line) => console.log(`${line.name}: ${line.value.toFixed(2)} ${line.unit}`)).then(() => process.exit(0));
}
