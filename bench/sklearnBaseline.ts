/**
 * Runs bench/sklearn_baseline.py on the same loan book and the same folds as
 * Forbear's trainer, when scikit-learn is importable; otherwise says why it
 * was skipped. The comparison is optional: nothing else depends on Python.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ForestOptions } from '../models/risk/forestOptions';

export interface BaselineRun {
  name: string;
  seconds: number;
  rocAuc: number;
  brier: number;
  highBand: number;
}

export type BaselineResult = { skipped: string } | { sklearn: string; runs: BaselineRun[] };

const SCRIPT = fileURLToPath(new URL('./sklearn_baseline.py', import.meta.url));

export function sklearnBaseline(args: {
  csv: string;
  folds: readonly number[];
  features: readonly string[];
  adverse: readonly string[];
  trees: number;
  seed: number;
  forbear: ForestOptions;
}): BaselineResult {
  const probe = spawnSync('python3', ['-c', 'import sklearn'], { encoding: 'utf8' });
  if (probe.error) return { skipped: `python3 is not available (${probe.error.message})` };
  if (probe.status !== 0) return { skipped: `python3 -c "import sklearn" failed: ${(probe.stderr.trim().split('\n').pop() ?? '').trim()}` };
  const dir = mkdtempSync(join(tmpdir(), 'sklearn-baseline-'));
  try {
    const spec = join(dir, 'spec.json');
    const { csv, ...rest } = args;
    writeFileSync(spec, JSON.stringify(rest));
    const run = spawnSync('python3', [SCRIPT, csv, spec], { encoding: 'utf8', timeout: 300_000 });
    if (run.status !== 0) throw new Error(`sklearn_baseline.py failed (${run.status ?? run.signal}): ${run.stderr.trim()}`);
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as BaselineResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
