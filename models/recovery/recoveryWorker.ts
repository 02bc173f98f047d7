/** Worker-thread entry: computes one report of recovery patterns (see recoveryOffThread.ts). */
import { parentPort } from 'node:worker_threads';
import { recoveryPatterns, type RecoveryInput, type RecoveryPatternOptions } from './recoveryPatterns';

parentPort?.once('message', ({ input, options }: { input: RecoveryInput; options: RecoveryPatternOptions }) => {
  try {
    parentPort?.postMessage({ patterns: recoveryPatterns(input, options) });
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
