import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateEmbeddedStore } from '../bot/app/storeMigration';
import { createLogger } from '../bot/infra/logger';
import { migrate } from '../bot/infra/postgres/migrations';
import { openPool } from '../bot/infra/postgres/pool';
import { writeBenchLoanBook } from './benchData';
import { best, load, type LoadResult } from './load';
import type { Bench } from './report';
import { startServer, type ServerProcess } from './serverProcess';

const BASE = process.env.FORBEAR_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONCURRENCY = 50;
const INTAKES = 100;
const ROUNDS = 2;

/** Milliseconds the database spent executing statements of `database` so far (PostgreSQL 14+). */
async function activeMs(admin: pg.Client): Promise<number> {
  const { rows } = await admin.query<{ ms: number }>('SELECT active_time AS ms FROM pg_stat_database WHERE datname = current_database()');
  return Number(rows[0].ms);
}

/** What `roundTrips.ts` last wrote in a server process: its queries so far and the most frequent statements. */
function roundTrips(file: string): { count: number; top: [string, number][] } {
  return JSON.parse(readFileSync(file, 'utf8')) as { count: number; top: [string, number][] };
}

/** CPU time (user + system) a process has used so far, from /proc (clock ticks of 10 ms, Linux's USER_HZ). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * The same complete intakes as `server` (/api/messages, 50 at a time) on the
 * embedded store, on PostgreSQL with one instance and with two instances on
 * one database (new conversations alternate between them), in one run. On a
 * 2-core machine two instances share the cores with each other and with the
 * database, so two against one shows the overhead of coordination, not
 * scaling. The database's share is its statement time per turn
 * (pg_stat_database.active_time) over the mean turn time.
 */
export const bench: Bench = async (report) => {
  const schema = `forbear_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: BASE, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`  skipped: no PostgreSQL answers at ${BASE} (${(err as Error).message})`);
    return;
  }
  const url = `${BASE}?options=-c%20search_path%3D${schema}`;
  const dirs: string[] = [];
  const tempDir = () => (dirs.push(mkdtempSync(path.join(os.tmpdir(), 'forbear-bench-pg-'))), dirs.at(-1)!);
  const servers: ServerProcess[] = [];
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const bookDir = tempDir();
    writeBenchLoanBook(bookDir);
    const pool = openPool(url, createLogger('silent'));
    await migrate(pool);
    await migrateEmbeddedStore(bookDir, pool);
    await pool.end();

    const embeddedDir = tempDir();
    writeBenchLoanBook(embeddedDir);
    const embedded = await startServer('forbearServer.ts', { DATA_DIR: embeddedDir });
    const counters: string[] = [];
    const onPg = () => {
      counters.push(path.join(tempDir(), 'round-trips.json'));
      const counter = ['--import', 'tsx', '--import', path.join(import.meta.dirname, 'roundTrips.ts')];
      return startServer('forbearServer.ts', { DATA_DIR: tempDir(), STORE: 'postgres', DATABASE_URL: url, BENCH_ROUND_TRIPS_FILE: counters.at(-1)! }, counter);
    };
    const [a, b] = [await onPg(), await onPg()];
    const queries = async () => (await sleep(300), counters.map(roundTrips));
    servers.push(embedded, a, b);

    let borrowers = 0;
    const take = (n: number) => ((borrowers += n), borrowers - n);
    const run = (target: string | string[]) =>
      load({ url: target, transport: 'api', concurrency: CONCURRENCY, intakes: INTAKES, firstBorrower: take(INTAKES) });
    for (const target of [embedded.url, a.url, [a.url, b.url]])
      await load({ url: target, transport: 'api', concurrency: 10, intakes: 10, firstBorrower: take(10) });

    const rounds: Record<'embedded' | 'one' | 'two', LoadResult[]> = { embedded: [], one: [], two: [] };
    let dbMs = 0;
    let pgTurns = 0;
    let pgLatency = 0;
    let trips = 0;
    let top: [string, number][] = [];
    const cpu = { embedded: { ms: 0, turns: 0 }, one: { ms: 0, turns: 0 } };
    const measured = async (side: 'embedded' | 'one', pid: number, work: () => Promise<LoadResult>) => {
      const before = cpuMs(pid);
      const result = await work();
      cpu[side].ms += cpuMs(pid) - before;
      cpu[side].turns += result.turns;
      return result;
    };
    const onDatabase = async (target: string | string[]) => {
      const before = await activeMs(admin);
      const [sentBefore] = await queries();
      const result = await run(target);
      dbMs += (await activeMs(admin)) - before;
      if (typeof target === 'string') {
        const [sent] = await queries();
        trips = (sent.count - sentBefore.count) / result.turns;
        top = sent.top;
      }
      pgTurns += result.turns;
      pgLatency += result.latencies.reduce((sum, ms) => sum + ms, 0);
      return result;
    };
    for (let round = 0; round < ROUNDS; round++) {
      rounds.embedded.push(await measured('embedded', embedded.pid, () => run(embedded.url)));
      rounds.one.push(await measured('one', a.pid, () => onDatabase(a.url)));
      rounds.two.push(await onDatabase([a.url, b.url]));
    }
    const [mine, one, two] = [best(rounds.embedded), best(rounds.one), best(rounds.two)];
    const what = `/api/messages, ${CONCURRENCY} concurrent full intakes`;
    report({
      name: `${what}, PostgreSQL, one instance: turns/s`,
      value: one.perSecond,
      unit: 'turns/s',
      baseline: { name: 'embedded store, one instance', value: mine.perSecond },
      ratio: one.perSecond / mine.perSecond,
      goal: '>= 0.7',
    });
    report({
      name: `${what}, PostgreSQL, two instances (sharing 2 cores): turns/s`,
      value: two.perSecond,
      unit: 'turns/s',
      baseline: { name: 'PostgreSQL, one instance', value: one.perSecond },
      ratio: two.perSecond / one.perSecond,
    });
    report({
      name: `${what}, PostgreSQL, two instances: turn p99`,
      value: two.p99,
      unit: 'ms',
      baseline: { name: 'one instance', value: one.p99 },
      ratio: two.p99 / one.p99,
    });
    const perTurn = (side: keyof typeof cpu) => cpu[side].ms / cpu[side].turns;
    report({
      name: 'server CPU per turn (user + system), PostgreSQL, one instance',
      value: perTurn('one'),
      unit: 'ms',
      baseline: { name: 'embedded store', value: perTurn('embedded') },
      ratio: perTurn('one') / perTurn('embedded'),
    });
    report({ name: 'round trips to the database per turn (one instance, queries sent by its pg clients)', value: trips, unit: 'round trips' });
    console.log(`  most frequent statements (whole run, instance A):\n${top.map(([sql, n]) => `    ${n}  ${sql}`).join('\n')}`);
    report({
      name: "database's share of a turn's time (statement time per turn / mean turn time)",
      value: dbMs / pgTurns / (pgLatency / pgTurns),
      unit: 'share',
    });
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await admin.end();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
};
