// npm run analyze:recovery -- payments.csv --loans loans.csv [--from YYYY-MM] [--months N] [--band N] [--k-max N] [--seed N]
// npm run analyze:recovery -- --synthetic [--n N] [--write DIR]
// Recovery-time patterns: per-loan monthly collections over the balance at the start, k-means with DTW and with
// Euclidean distance, k chosen by silhouette, each cluster's weighted recovery time, and a random forest naming the
// loan features that explain the DTW clusters. The payments file is the import:payments CSV; the loan book CSV gives
// each loan's balance at the start (Outstanding_Loan_Amount) and its features. --synthetic runs on the planted
// generator and prints the planted pattern mix of each cluster; --write DIR also writes its payments.csv and loans.csv.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { LoanRecord } from '../models/loanBook/loanRecord';
import { parseLoanBookCsv, toLoanBookCsv } from '../models/loanBook/loanBookCsv';
import { parsePaymentCsv } from '../models/payments/paymentCsv';
import { buildCashFlowSeries, firstMonth, spanMonths } from '../models/recovery/cashFlowSeries';
import { byRecoveryTime, clusterRecoveries, DEFAULT_BAND, type GeometryResult } from '../models/recovery/recoveryClustering';
import { explainClusters } from '../models/recovery/recoveryExplainer';
import { generateRecoveryCohort, plantedMix, type RecoveryPattern } from '../models/recovery/syntheticCashFlows';
import { cohortPayments, paymentsCsv } from '../models/recovery/syntheticPayments';
import { isoDate } from '../models/shared/calendar';

const USAGE =
  'usage: npm run analyze:recovery -- PAYMENTS.csv --loans LOANS.csv [--from YYYY-MM] [--months N] [--band N] [--k-max N] [--seed N]\n       npm run analyze:recovery -- --synthetic [--n N] [--write DIR]';
const SYNTHETIC_START = '2023-01';
const ERRORS_SHOWN = 10;

class UsageError extends Error {}

function integer(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got "${raw}"`);
  return n;
}

interface Input {
  loans: LoanRecord[];
  series: number[][];
  balances: number[];
  planted?: RecoveryPattern[];
}

function reportSkipped(file: string, errors: readonly { line: number; reason: string }[]): void {
  for (const e of errors.slice(0, ERRORS_SHOWN)) console.log(`${file} line ${e.line}: ${e.reason} (skipped)`);
  if (errors.length > ERRORS_SHOWN) console.log(`${file}: ${errors.length - ERRORS_SHOWN} more rows skipped`);
}

async function fromFiles(paymentsFile: string, loansFile: string, from: string | undefined, months: number | undefined): Promise<Input> {
  const book = parseLoanBookCsv(await fs.readFile(loansFile, 'utf8'));
  reportSkipped(loansFile, book.errors);
  const parsed = parsePaymentCsv(await fs.readFile(paymentsFile, 'utf8'), isoDate(new Date()));
  reportSkipped(paymentsFile, parsed.errors);
  const payments = parsed.rows.map((r) => r.payment);
  if (payments.length === 0) throw new UsageError(`${paymentsFile} has no usable payment`);
  const start = from ?? firstMonth(payments);
  const built = buildCashFlowSeries(book.rows, payments, { from: start, months: months ?? spanMonths(payments, start) });
  const unknown = payments.filter((p) => !book.rows.some((l) => l.Loan_ID === p.loanId)).length;
  console.log(`${built.series.length} loans, ${payments.length} payments, ${built.series[0]?.length ?? 0} months from ${start}`);
  if (unknown > 0) console.log(`${unknown} payments for loans not in ${loansFile} (not used)`);
  if (built.outsideWindow > 0) console.log(`${built.outsideWindow} payments outside the window (not used)`);
  if (built.noBalance.length > 0) console.log(`${built.noBalance.length} loans with no balance at the start (not used)`);
  const byId = new Map(book.rows.map((l) => [l.Loan_ID, l]));
  return { loans: built.loanIds.map((id) => byId.get(id) as LoanRecord), series: built.series, balances: built.balances };
}

async function synthetic(n: number, seed: number, write: string | undefined): Promise<Input> {
  const cohort = generateRecoveryCohort({ n, seed });
  if (write) {
    await fs.mkdir(write, { recursive: true });
    await fs.writeFile(path.join(write, 'payments.csv'), paymentsCsv(cohortPayments(cohort, SYNTHETIC_START)));
    await fs.writeFile(path.join(write, 'loans.csv'), toLoanBookCsv(cohort.loans));
    console.log(`wrote ${path.join(write, 'payments.csv')} and loans.csv (analyse with --from ${SYNTHETIC_START} --months 36)`);
  }
  console.log(`synthetic cohort: ${n} loans, 36 months, seed ${seed}, planted patterns fast_cure, slow_steady, late_recovery, never`);
  return { loans: cohort.loans, series: cohort.series, balances: cohort.loans.map((l) => l.Outstanding_Loan_Amount), planted: cohort.planted };
}

function printGeometry(g: GeometryResult, planted: RecoveryPattern[] | undefined): void {
  console.log(`\n${g.geometry}: silhouette by k ${g.silhouettes.map((s) => `${s.k}=${s.silhouette.toFixed(3)}`).join('  ')}`);
  console.log(`  best k = ${g.bestK} (silhouette ${g.bestSilhouette.toFixed(3)})`);
  for (const c of byRecoveryTime(g.clusters)) {
    const time = c.weightedRecoveryMonths === null ? 'nothing recovered' : `weighted recovery time ${c.weightedRecoveryMonths.toFixed(1)} months`;
    const mix = planted
      ? `  planted: ${Object.entries(plantedMix(planted, g.fit.labels, c.cluster))
          .map(([p, k]) => `${p} ${k}`)
          .join(', ')}`
      : '';
    console.log(`  cluster ${c.cluster}: ${c.loans} loans, ${time}, ${(c.recoveredShare * 100).toFixed(1)} % of balance recovered${mix}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      loans: { type: 'string' },
      from: { type: 'string' },
      months: { type: 'string' },
      band: { type: 'string' },
      'k-max': { type: 'string' },
      seed: { type: 'string' },
      synthetic: { type: 'boolean' },
      n: { type: 'string' },
      write: { type: 'string' },
    },
  });
  const seed = integer(values.seed, 1, 'seed');
  let input: Input;
  if (values.synthetic) input = await synthetic(integer(values.n, 600, 'n'), seed, values.write);
  else {
    if (positionals.length !== 1 || !values.loans) throw new UsageError(USAGE);
    const months = values.months === undefined ? undefined : integer(values.months, 0, 'months');
    input = await fromFiles(positionals[0], values.loans, values.from, months);
  }
  const band = integer(values.band, DEFAULT_BAND, 'band');
  const result = clusterRecoveries(input.series, input.balances, { band, kMax: integer(values['k-max'], 8, 'k-max'), seed });
  printGeometry(result.dtw, input.planted);
  printGeometry(result.euclidean, input.planted);
  const explanation = explainClusters(input.loans, result.dtw.fit.labels, { seed });
  console.log(`\nRandom forest on the DTW clusters: out-of-bag accuracy ${(explanation.outOfBagAccuracy * 100).toFixed(1)} %`);
  console.log('  permutation importance (accuracy lost when shuffled):');
  for (const { feature, importance } of explanation.importances) console.log(`    ${feature.padEnd(20)} ${importance.toFixed(3)}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(err instanceof UsageError || err instanceof RangeError ? 2 : 1);
  },
);
