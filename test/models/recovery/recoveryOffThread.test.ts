import { describe, expect, it } from 'vitest';
import { recoveryPatternsOffThread, RecoveryWorkerError } from '../../../models/recovery/recoveryOffThread';
import { recoveryPatterns, type RecoveryInput } from '../../../models/recovery/recoveryPatterns';
import { generateRecoveryCohort } from '../../../models/recovery/syntheticCashFlows';

const cohort = generateRecoveryCohort({ n: 120, seed: 5 });
const input: RecoveryInput = { ...cohort, balances: cohort.loans.map((l) => l.Outstanding_Loan_Amount) };
const options = { seed: 5, maxSeries: 400, k: 4 };

describe('recovery patterns on a worker thread', () => {
  it('gives exactly the in-thread report, while this thread goes on running', async () => {
    const events: string[] = [];
    const report = recoveryPatternsOffThread(input, options).then((r) => {
      events.push('report');
      return r;
    });
    // On this thread the clustering would finish before the timer could even be scheduled.
    await new Promise((resolve) => setTimeout(resolve, 0));
    events.push('timer');
    expect(await report).toEqual(recoveryPatterns(input, options));
    expect(events).toEqual(['timer', 'report']);
  }, 60_000);

  it("rejects with the worker's reason when the input cannot be clustered", async () => {
    const ragged: RecoveryInput = { ...input, series: input.series.map((s, i) => (i === 0 ? s.slice(1) : s)) };
    await expect(recoveryPatternsOffThread(ragged, options)).rejects.toThrow(RecoveryWorkerError);
    await expect(recoveryPatternsOffThread(ragged, options)).rejects.toThrow(/clustering failed: every series must cover the same months/);
  }, 60_000);
});
