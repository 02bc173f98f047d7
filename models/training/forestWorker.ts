/** Worker-thread entry: grows the trees of one job (see forestJobs.ts). */
import { parentPort } from 'node:worker_threads';
import { growTrees, type GrowJob } from './treeGrowing';

parentPort?.on('message', ({ id, job }: { id: number; job: GrowJob }) => {
  try {
    parentPort?.postMessage({ id, trees: growTrees(job) });
  } catch (err) {
    parentPort?.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
