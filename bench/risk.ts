/**
 * Risk model: 5-fold CV + final fit time on 500 rows (the shared loan-recovery
 * file when present, else a synthetic book), scores per second with reasons
 * for a 200-tree forest, and artifact load time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoanRecord } from '../models/loanBook/loanRecord';
import { sha256 } from '../models/risk/artifact';
import { parseLoanBookCsv, toLoanBookCsv } from '../models/loanBook/loanBookCsv';
import { trainOutcomeModel } from '../models/training/outcomeTraining';
import { loadRiskModel, RiskModel } from '../models/risk';
import { generateLoanBook } from '../models/loanBook/syntheticLoanBook';
import { percentile, type Bench } from './report';

const SHARED_CSV = new URL('../../shared/data/loan-recovery.csv', import.meta.url);

function loanBook(): { rows: LoanRecord[]; source: string; text: string } {
  if (existsSync(SHARED_CSV)) {
    const text = readFileSync(SHARED_CSV, 'utf8');
    return { rows: parseLoanBookCsv(text).rows, source: 'loan-recovery.csv', text };
  }
  const rows = generateLoanBook({ n: 500, seed: 42 });
  return { rows, source: 'synthetic', text: toLoanBookCsv(rows) };
}

export const bench: Bench = async (report) => {
  const { rows, source, text } = loanBook();
  const started = performance.now();
  const { artifact } = await trainOutcomeModel(rows, {
    source,
    dataSha256: sha256(text),
    withCollectionAttempts: true,
    workers: availableParallelism(),
  });
  report({
    name: `risk train: 5-fold CV + final fit, ${rows.length} rows (${source}), 200 trees`,
    value: (performance.now() - started) / 1000,
    unit: 's',
    goal: '< 60 s',
  });

  const model = RiskModel.load(artifact);
  const n = 20_000;
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink += model.score(rows[i % rows.length], { temporary: i % 2 === 0 }).reasons.length;
  const perSecond = n / ((performance.now() - t0) / 1000);
  if (sink < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  report({ name: 'risk scores/s with reasons (200 trees)', value: Math.round(perSecond), unit: 'scores/s', goal: '>= 20,000/s' });

  const dir = mkdtempSync(join(tmpdir(), 'risk-bench-'));
  try {
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
