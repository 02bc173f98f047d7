import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toLoanBookCsv } from '../../../models/loanBook/loanBookCsv';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import { trainOutcomeModel } from '../../../models/training/outcomeTraining';
import { createRandom } from '../../../models/shared/random';

const book = generateLoanBook({ n: 400, seed: 13 });

describe('the outcome recipe', () => {
  it('reaches the high band out of fold once calibrated, and reports calibration beside the raw scores', async () => {
    const { artifact, metrics } = await trainOutcomeModel(book, { source: 't', dataSha256: 'x', withCollectionAttempts: true, forest: { nEstimators: 40 } });
    expect(artifact.calibration.method).toBe('platt');
    expect(metrics.bandRates.high).toBeGreaterThan(0.1);
    expect(metrics.brier).toBeLessThanOrEqual(metrics.uncalibrated.brier + 0.01);
    expect(metrics.calibration).toHaveLength(10);
    for (const decile of metrics.calibration) expect(decile.meanRaw).toBeGreaterThanOrEqual(0);
    expect(metrics.reliability.ece).toBeLessThan(0.1);
    // The comparison rows: without Collection_Attempts, and without the constraints.
    expect(metrics.comparisons.map((c) => [c.featureSpec, c.monotone])).toEqual([
      ['outcome-intake', true],
      ['outcome-intake+collections', false],
    ]);
    // Constrained: none of the policy changes lowers the estimate on any training row.
    expect(metrics.monotonicity.map((c) => c.lowered)).toEqual([0, 0, 0, 0]);
  });

  it('warns from the command line when cross-validated ROC-AUC is below 0.6 (a book with no signal)', () => {
    const random = createRandom(4);
    const shuffled = book.map((loan) => ({ ...loan, Recovery_Status: random.chance(0.4) ? ('Written Off' as const) : ('Fully Recovered' as const) }));
    const dir = mkdtempSync(join(tmpdir(), 'train-cli-'));
    try {
      writeFileSync(join(dir, 'book.csv'), toLoanBookCsv(shuffled));
      const run = spawnSync('npx', ['tsx', 'scripts/train.ts', '--data', join(dir, 'book.csv'), '--out', dir, '--trees', '20', '--workers', '1'], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/warning: cross-validated ROC-AUC 0\.\d+ < 0\.6: this book's intake features carry little signal/);
      const card = readFileSync(
        join(
          dir,
          readdirSync(dir).find((f) => f.endsWith('.md'))!,
        ),
        'utf8',
      );
      expect(card).toMatch(/Training data: .*book\.csv/);
      expect(card).toMatch(/this book's intake features carry little signal/);
      expect(card).not.toMatch(/synthetic loan book/);
      const summary = JSON.parse(run.stdout.trim().split('\n').pop()!);
      expect(summary.metrics.rocAuc).toBeLessThan(0.6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
