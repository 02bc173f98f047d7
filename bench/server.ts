import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchLoanBook } from './benchData';
import { best, load, recordScripts, type LoadResult, type Transport } from './load';
import { percentile, type Bench } from './report';
import { startServer } from './serverProcess';

/** Intakes per measured round, by concurrency: about 500 and 1,100 turns. */
const INTAKES: Record<number, number> = { 8: 40, 50: 100 };
const ROUNDS = 2;

/**
 * Complete intakes (consent → identity → story → budget → offers → accept)
 * against Forbear and, in the same run and on the same server stack (restify,
 * our /api/messages route on CloudAdapter, our Direct Line endpoint), a bare
 * echo bot sent exactly the same messages. Both run as their own processes;
 * rounds alternate between them.
 */
export const bench: Bench = async (report) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'forbear-bench-'));
  writeBenchLoanBook(dataDir);
  const forbear = await startServer('forbearServer.ts', { DATA_DIR: dataDir });
  const echo = await startServer('echoServer.ts');
  let borrowers = 0;
  const take = (n: number) => ((borrowers += n), borrowers - n);
  try {
    for (const transport of ['api', 'directline'] as Transport[]) {
      const scripts = await recordScripts(forbear.url, transport);
      const label = transport === 'api' ? '/api/messages' : 'Direct Line';
      for (const concurrency of [8, 50]) {
        const intakes = INTAKES[concurrency];
        await load({ url: forbear.url, transport, concurrency, intakes: 10, firstBorrower: take(10) });
        await load({ url: echo.url, transport, concurrency, intakes: 10, scripts });
        const ours: LoadResult[] = [];
        const theirs: LoadResult[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          theirs.push(await load({ url: echo.url, transport, concurrency, intakes, scripts }));
          ours.push(await load({ url: forbear.url, transport, concurrency, intakes, firstBorrower: take(intakes) }));
        }
        const [mine, base] = [best(ours), best(theirs)];
        const what = `${label}, ${concurrency} concurrent full intakes`;
        const baseline = (value: number) => ({ name: 'bare echo bot, same messages', value });
        report({
          name: `${what}: turns/s`,
          value: mine.perSecond,
          unit: 'turns/s',
          baseline: baseline(base.perSecond),
          ratio: mine.perSecond / base.perSecond,
          goal: '>= 0.9',
        });
        report({ name: `${what}: turn p50`, value: mine.p50, unit: 'ms', baseline: baseline(base.p50), ratio: mine.p50 / base.p50 });
        report({ name: `${what}: turn p99`, value: mine.p99, unit: 'ms', baseline: baseline(base.p99), ratio: mine.p99 / base.p99, goal: '<= 1.5' });
      }
    }

    // Contention: 50 conversations at once on one loan against 50 on loans of their own (the identity step touches the loan's records).
    const stepP50 = (r: LoadResult) => percentile(r.byStep.get('identity') ?? [], 50);
    const own = await load({ url: forbear.url, transport: 'api', concurrency: 50, intakes: 100, firstBorrower: take(100) });
    const shared = await load({ url: forbear.url, transport: 'api', concurrency: 50, intakes: 100, sharedLoan: true });
    report({
      name: 'identity step p50, 50 concurrent conversations sharing one loan',
      value: stepP50(shared),
      unit: 'ms',
      baseline: { name: 'each on a loan of its own', value: stepP50(own) },
      ratio: stepP50(shared) / stepP50(own),
      goal: '<= 1.2',
    });
  } finally {
    await Promise.all([forbear.stop(), echo.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
};
