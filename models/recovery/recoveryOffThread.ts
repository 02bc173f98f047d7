/**
 * recoveryPatterns on a worker thread of its own: clustering 400 series takes a couple of seconds of CPU, which on the
 * server's thread would hold up every borrower's turn. One worker per report, ended when it answers, so a crash or a
 * stuck fit never outlives its report. Loans, series and options cross by structured clone, which keeps every number
 * exact: the answer equals what recoveryPatterns gives on this thread.
 */
import { startTypeScriptWorker } from '../shared/typescriptWorker';
import type { RecoveryInput, RecoveryPatternOptions, RecoveryPatterns } from './recoveryPatterns';

export class RecoveryWorkerError extends Error {
  override name = 'RecoveryWorkerError';
}

export function recoveryPatternsOffThread(input: RecoveryInput, options: RecoveryPatternOptions): Promise<RecoveryPatterns> {
  const worker = startTypeScriptWorker(new URL('./recoveryWorker.ts', import.meta.url));
  // A report being computed does not keep a closing server alive.
  worker.unref();
  return new Promise<RecoveryPatterns>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      settle();
    };
    worker.on('message', (msg: { patterns?: RecoveryPatterns; error?: string }) =>
      finish(() => (msg.patterns ? resolve(msg.patterns) : reject(new RecoveryWorkerError(`clustering failed: ${msg.error}`)))),
    );
    worker.on('error', (err) => finish(() => reject(new RecoveryWorkerError(`clustering worker crashed: ${err.message}`))));
    worker.on('exit', (code) => finish(() => reject(new RecoveryWorkerError(`clustering worker exited with code ${code} before answering`))));
    worker.postMessage({ input, options });
  });
}
