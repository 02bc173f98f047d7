/**
 * Runs tree-growing jobs inline or on a pool of worker threads. Forests are
 * identical either way because every tree is seeded by its own index.
 */
import type { Worker } from 'node:worker_threads';
import { fitBinEdges } from './binning';
import { assembleForest, type CompactForest, type CompactTree } from '../risk/forest';
import type { ForestOptions } from '../risk/forestOptions';
import { startTypeScriptWorker } from '../shared/typescriptWorker';
import { resolveForestOptions } from './forestOptions';
import { growTrees, type GrowJob } from './treeGrowing';

export interface FitRequest {
  X: number[][];
  y: number[];
}

export interface FitSettings {
  /** Worker threads; 1 grows inline on this thread (tests, small fits). */
  workers?: number;
}

export class ForestTrainingError extends Error {
  override name = 'ForestTrainingError';
}

/** Fits one forest per request, spreading the work over `workers` threads. */
export async function fitForests(requests: readonly FitRequest[], options: Partial<ForestOptions> = {}, settings: FitSettings = {}): Promise<CompactForest[]> {
  const o = resolveForestOptions(options);
  const workers = Math.max(1, Math.floor(settings.workers ?? 1));
  // Split each forest into chunks only when there are fewer forests than threads.
  const chunks = requests.length >= workers ? 1 : Math.ceil(workers / requests.length);
  const jobs: GrowJob[] = [];
  const owner: number[] = [];
  requests.forEach((r, index) => {
    validate(r, o);
    const edges = fitBinEdges(r.X, o.bins);
    for (let c = 0; c < chunks; c++) {
      const from = Math.floor((c * o.nEstimators) / chunks);
      const to = Math.floor(((c + 1) * o.nEstimators) / chunks);
      if (to > from) {
        jobs.push({ X: r.X, y: r.y, edges, options: o, from, to });
        owner.push(index);
      }
    }
  });
  const results = workers === 1 ? jobs.map(growTrees) : await runOnWorkers(jobs, workers);
  const trees: CompactTree[][] = requests.map(() => []);
  results.forEach((chunk, j) => trees[owner[j]].push(...chunk));
  return trees.map((t, i) => assembleForest(t, requests[i].X[0].length));
}

function validate({ X, y }: FitRequest, o: ForestOptions): void {
  if (X.length < 2) throw new ForestTrainingError(`need at least 2 training rows, got ${X.length}`);
  if (X.length !== y.length) throw new ForestTrainingError(`${X.length} rows but ${y.length} labels`);
  if (y.some((v) => v !== 0 && v !== 1)) throw new ForestTrainingError('labels must be 0 or 1');
  const width = X[0].length;
  if (X.some((row) => row.length !== width || row.some((v) => !Number.isFinite(v)))) throw new ForestTrainingError(`every row needs ${width} finite numbers`);
  if (o.monotone.length !== 0 && o.monotone.length !== width) throw new ForestTrainingError(`monotone lists ${o.monotone.length} features, rows have ${width}`);
}

const startWorker = (): Worker => startTypeScriptWorker(new URL('./forestWorker.ts', import.meta.url));

function runOnWorkers(jobs: GrowJob[], workers: number): Promise<CompactTree[][]> {
  const results: CompactTree[][] = new Array(jobs.length);
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, startWorker);
  let nextJob = 0;
  let done = 0;
  return new Promise<CompactTree[][]>((resolve, reject) => {
    const finish = (err?: Error): void => {
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const feed = (worker: Worker): void => {
      if (nextJob < jobs.length) {
        const id = nextJob++;
        worker.postMessage({ id, job: jobs[id] });
      }
    };
    for (const worker of pool) {
      worker.on('message', (msg: { id: number; trees?: CompactTree[]; error?: string }) => {
        if (msg.error !== undefined || !msg.trees) return finish(new ForestTrainingError(`worker failed: ${msg.error}`));
        results[msg.id] = msg.trees;
        if (++done === jobs.length) finish();
        else feed(worker);
      });
      worker.on('error', (err) => finish(new ForestTrainingError(`worker crashed: ${err.message}`)));
      feed(worker);
    }
    if (jobs.length === 0) finish();
  });
}
