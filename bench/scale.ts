import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchLoanBook } from './benchData';
import { load } from './load';
import { percentile, type Bench } from './report';
import { seedConversations, templateFrom } from './seedConversations';
import { startServer, type ServerProcess } from './serverProcess';

/** Complete intakes chatted before the first RSS reading (the 10,000; BENCH_RSS_INTAKES lowers it for a quick look). */
const CHATTED = Number(process.env.BENCH_RSS_INTAKES ?? 10_000);
const CHECKPOINTS = 4;

const freshDir = (name: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `forbear-bench-${name}-`));
  writeBenchLoanBook(dir);
  return dir;
};

/**
 * Memory and scale, each on the server as its own process:
 * - RSS while chatting CHATTED complete intakes over /api/messages (50 at a time), read from /proc at checkpoints;
 * - RSS of a server started on 50,000 stored conversations (copies of a real one, written straight into DATA_DIR)
 *   after it has chatted 1,000 more, against the first figure;
 * - start-up time and turn latency with 100,000 stored conversations against 1,000.
 */
export const bench: Bench = async (report) => {
  const dirs: string[] = [];
  const dir = (name: string) => {
    const made = freshDir(name);
    dirs.push(made);
    return made;
  };
  try {
    const chattedDir = dir('chatted');
    const chatted = await startServer('forbearServer.ts', { DATA_DIR: chattedDir });
    const rss: number[] = [];
    const t = performance.now();
    for (let c = 0; c < CHECKPOINTS; c++) {
      const slice = Math.round(CHATTED / CHECKPOINTS);
      await load({ url: chatted.url, transport: 'api', concurrency: 50, intakes: slice, firstBorrower: c * slice });
      rss.push(chatted.rssMb());
    }
    const minutes = (performance.now() - t) / 60_000;
    console.log(
      `  (RSS at each quarter of the ${CHATTED.toLocaleString('en')} intakes: ${rss.map((r) => r.toFixed(0)).join(', ')} MB; ${minutes.toFixed(1)} min)`,
    );
    const rss10k = rss.at(-1)!;
    report({ name: `server RSS after ${CHATTED.toLocaleString('en')} complete intakes chatted`, value: rss10k, unit: 'MB', goal: '<= 400' });
    await chatted.stop();
    const template = await templateFrom(chattedDir);

    const fiftyDir = dir('50k');
    seedConversations(fiftyDir, 50_000, template);
    const fifty = await startServer('forbearServer.ts', { DATA_DIR: fiftyDir });
    await load({ url: fifty.url, transport: 'api', concurrency: 50, intakes: 1_000, firstBorrower: 0 });
    const rss50k = fifty.rssMb();
    await fifty.stop();
    report({
      name: 'server RSS with 50,000 stored conversations (seeded copies of a real one) after chatting 1,000 more',
      value: rss50k,
      unit: 'MB',
      baseline: { name: `after ${CHATTED.toLocaleString('en')} chatted`, value: rss10k },
      ratio: rss50k / rss10k,
      goal: '<= 1.1',
    });

    const sizes = { '1,000': 1_000, '100,000': 100_000 } as const;
    const servers: Record<string, { dir: string; start?: ServerProcess }> = {};
    for (const [label, count] of Object.entries(sizes)) {
      servers[label] = { dir: dir(`${count}`) };
      seedConversations(servers[label].dir, count, template);
    }
    const p50s: Record<string, number[]> = { '1,000': [], '100,000': [] };
    const starts: Record<string, ServerProcess[]> = { '1,000': [], '100,000': [] };
    // Alternate the two stores and keep each one's best, so a burst of other load cannot decide the ratio.
    for (let round = 0; round < 2; round++) {
      for (const label of Object.keys(sizes)) {
        const server = await startServer('forbearServer.ts', { DATA_DIR: servers[label].dir });
        starts[label].push(server);
        await load({ url: server.url, transport: 'api', concurrency: 8, intakes: 8, firstBorrower: round * 100 });
        const measured = await load({ url: server.url, transport: 'api', concurrency: 8, intakes: 40, firstBorrower: 10 + round * 100 });
        p50s[label].push(percentile(measured.latencies, 50));
        await server.stop();
      }
    }
    const best = (label: string, of: (s: ServerProcess) => number) => Math.min(...starts[label].map(of));
    report({
      name: 'start-up with 100,000 stored conversations (createApp: stores, index, models)',
      value: best('100,000', (s) => s.appStartMs),
      unit: 'ms',
      baseline: { name: 'with 1,000 stored', value: best('1,000', (s) => s.appStartMs) },
      goal: '<= 5000',
    });
    report({
      name: 'start-up with 100,000 stored conversations (process spawn to listening)',
      value: best('100,000', (s) => s.startMs),
      unit: 'ms',
      baseline: { name: 'with 1,000 stored', value: best('1,000', (s) => s.startMs) },
    });
    const [large, small] = [Math.min(...p50s['100,000']), Math.min(...p50s['1,000'])];
    report({
      name: 'full-intake turn p50 with 100,000 stored conversations',
      value: large,
      unit: 'ms',
      baseline: { name: 'with 1,000 stored', value: small },
      ratio: large / small,
      goal: '<= 1.2',
    });
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
};
