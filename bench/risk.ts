/**
 * Risk model: 5-fold CV + final fit time on 500 rows with Collection_Attempts
 * (the shared loan-recovery file when present, else a synthetic book), beside
 * scikit-learn on the same rows and folds when it is installed; scores per
 * second with reasons for a 200-tree forest; artifact load time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoanRecord } from '../models/loanBook/loanRecord';
import { sha256 } from '../models/risk/artifact';
import { parseLoanBookCsv, toLoanBookCsv } from '../models/loanBook/loanBookCsv';
import { DEFAULT_OUTCOME_OPTIONS, trainOutcomeModel } from '../models/training/outcomeTraining';
import { loadRiskModel, RiskModel } from '../models/risk';
import { generateLoanBook } from '../models/loanBook/syntheticLoanBook';
import { percentile, type Bench } from './report';
import { sklearnBaseline } from './sklearnBaseline';

/** The user's real book beside the clone (as .ci/run finds it), or wherever LOAN_RECOVERY_CSV points. */
const SHARED_CSV = process.env.LOAN_RECOVERY_CSV ?? fileURLToPath(new URL('../../shared/data/loan-recovery.csv', import.meta.url));
const TREES = 200;
const SEED = 42;

function loanBook(dir: string): { rows: LoanRecord[]; source: string; csv: string } {
  if (existsSync(SHARED_CSV)) return { rows: parseLoanBookCsv(readFileSync(SHARED_CSV, 'utf8')).rows, source: 'loan-recovery.csv', csv: SHARED_CSV };
  const rows = generateLoanBook({ n: 500, seed: SEED });
  const csv = join(dir, 'synthetic.csv');
  writeFileSync(csv, toLoanBookCsv(rows));
  return { rows, source: 'synthetic', csv };
}

export const bench: Bench = async (report) => {
  const dir = mkdtempSync(join(tmpdir(), 'risk-bench-'));
  try {
    const { rows, source, csv } = loanBook(dir);
    const started = performance.now();
    const { artifact, metrics, folds } = await trainOutcomeModel(rows, {
      source,
      dataSha256: sha256(readFileSync(csv, 'utf8')),
      withCollectionAttempts: true,
      compareVariants: false,
      forest: { nEstimators: TREES, seed: SEED },
      workers: availableParallelism(),
    });
    const seconds = (performance.now() - started) / 1000;
    const what = `${rows.length} rows (${source}), ${TREES} trees, with Collection_Attempts`;
    const baseline = sklearnBaseline({
      csv,
      folds,
      features: artifact.featureSpec.features,
      adverse: DEFAULT_OUTCOME_OPTIONS.adverseStatuses,
      trees: TREES,
      seed: SEED,
      forbear: artifact.forestOptions,
    });
    if ('skipped' in baseline) {
      console.log(`  scikit-learn comparison skipped: ${baseline.skipped}`);
      report({ name: `risk train: 5-fold CV + final fit, ${what}`, value: seconds, unit: 's', goal: '<= 4x scikit-learn' });
    } else {
      const defaults = baseline.runs[0];
      report({
        name: `risk train: 5-fold CV + final fit, ${what}`,
        value: seconds,
        unit: 's',
        baseline: { name: `scikit-learn ${baseline.sklearn} RandomForestClassifier, same folds`, value: defaults.seconds },
        goal: '<= 4x scikit-learn',
      });
      console.log('  same 5 folds:                                   ROC-AUC   Brier   high band');
      const row = (name: string, r: { rocAuc: number; brier: number; highBand?: number }) =>
        console.log(
          `    ${name.padEnd(44)} ${r.rocAuc.toFixed(4)}  ${r.brier.toFixed(4)}  ${r.highBand === undefined ? '   -' : `${(r.highBand * 100).toFixed(1)}%`}`,
        );
      row('Forbear, calibrated (served)', { ...metrics, highBand: metrics.bandRates.high });
      row('Forbear, raw forest scores', metrics.uncalibrated);
      for (const r of baseline.runs) row(`scikit-learn, ${r.name}`, r);
    }
    report({ name: `risk CV ROC-AUC (calibrated, out of fold, ${source})`, value: Number(metrics.rocAuc.toFixed(4)), unit: 'AUC', goal: '>= 0.81' });
    report({ name: `risk CV Brier (calibrated, out of fold, ${source})`, value: Number(metrics.brier.toFixed(4)), unit: 'Brier', goal: '<= 0.15' });

    const model = RiskModel.load(artifact);
    const n = 20_000;
    let sink = 0;
    // A server scores for hours: time the warmed-up (JIT-compiled) path, as it runs there.
    for (let i = 0; i < 2_000; i++) sink += model.score(rows[i % rows.length]).reasons.length;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink += model.score(rows[i % rows.length], { temporary: i % 2 === 0 }).reasons.length;
    const perSecond = n / ((performance.now() - t0) / 1000);
    if (sink < 0) throw new Error('unreachable: keeps the loop from being optimised away');
    report({ name: 'risk scores/s with reasons and input checks (200 trees)', value: Math.round(perSecond), unit: 'scores/s', goal: '>= 20,000/s' });

    const file = join(dir, 'model.json');
    writeFileSync(file, JSON.stringify(artifact));
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      loadRiskModel(file);
      times.push(performance.now() - t);
    }
    report({ name: 'risk artifact load (read + parse + check), p50', value: Number(percentile(times, 50).toFixed(1)), unit: 'ms' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
