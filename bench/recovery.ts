/**
 * Recovery analysis at the reference paper's scale: k-means with DTW (DBA
 * centroids, Sakoe–Chiba radius 6) on 3,000 planted cash-flow series of 60
 * months at k = 4, against Euclidean k-means on the same series; the
 * silhouette of each on a 1,000-series sample. Then payments imported per
 * second through the import:payments path (CSV parse, loan check, ledger in
 * an embedded store in a temp DATA_DIR), first import and re-import of the
 * same file (all duplicates).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { embeddedFoundation } from '../bot/app/storeFoundations';
import { PaymentIntake } from '../bot/casework/payments/paymentIntake';
import { PaymentStore } from '../bot/casework/payments/paymentStore';
import type { Payment } from '../models/payments/payment';
import { dtwSpace, euclideanSpace, fitKMeans, type SeriesSpace } from '../models/recovery/kMeans';
import { DEFAULT_BAND } from '../models/recovery/recoveryClustering';
import { pairwiseDistances, silhouetteScore } from '../models/recovery/silhouette';
import { generateRecoveryCohort } from '../models/recovery/syntheticCashFlows';
import { cohortPayments, paymentsCsv } from '../models/recovery/syntheticPayments';
import type { Bench } from './report';

const SERIES = 3000;
const MONTHS = 60;
const K = 4;
const SAMPLE = 1000;
const IMPORT_LOANS = 1000;

function timedFit(series: number[][], space: SeriesSpace): { ms: number; silhouette: number; iterations: number } {
  const t = performance.now();
  const fit = fitKMeans(series, K, space, { seed: 1 });
  const ms = performance.now() - t;
  const sample = series.slice(0, SAMPLE);
  const silhouette = silhouetteScore(pairwiseDistances(sample, space.distance), fit.labels.slice(0, SAMPLE));
  return { ms, silhouette, iterations: fit.iterations };
}

async function importRate(): Promise<{ payments: number; firstPerSecond: number; againPerSecond: number }> {
  const cohort = generateRecoveryCohort({ n: IMPORT_LOANS, seed: 2 });
  const payments = cohortPayments(cohort, '2023-01');
  const csv = paymentsCsv(payments);
  const dir = await mkdtemp(path.join(tmpdir(), 'forbear-bench-payments-'));
  const foundation = await embeddedFoundation(dir);
  try {
    const loans = new Set(cohort.loans.map((l) => l.Loan_ID));
    const ledger = await PaymentStore.open(foundation.backend.documents<Payment>('payments'));
    const intake = new PaymentIntake({ ledger, knownLoan: (id) => loans.has(id), now: () => new Date() });
    const rate = async (expect: 'recorded' | 'duplicates') => {
      const t = performance.now();
      const result = await intake.importCsv(csv);
      const seconds = (performance.now() - t) / 1000;
      if (result[expect] !== payments.length)
        throw new Error(`expected ${payments.length} ${expect}, got ${JSON.stringify({ ...result, rejected: result.rejected.slice(0, 3) })}`);
      return payments.length / seconds;
    };
    const firstPerSecond = await rate('recorded');
    const againPerSecond = await rate('duplicates');
    return { payments: payments.length, firstPerSecond, againPerSecond };
  } finally {
    await foundation.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export const bench: Bench = async (report) => {
  const { series } = generateRecoveryCohort({ n: SERIES, seed: 1, months: MONTHS });
  const euclid = timedFit(series, euclideanSpace);
  const dtw = timedFit(series, dtwSpace(DEFAULT_BAND));
  report({
    name: `DTW k-means, ${SERIES} series × ${MONTHS} months, k=${K}, 3 restarts (DBA, radius ${DEFAULT_BAND}; ${dtw.iterations} iterations in the best)`,
    value: Number(dtw.ms.toFixed(0)),
    unit: 'ms',
    baseline: { name: 'Euclidean k-means, same series', value: Number(euclid.ms.toFixed(0)) },
  });
  report({
    name: `silhouette at k=${K} on ${SAMPLE} of the series: DTW`,
    value: Number(dtw.silhouette.toFixed(3)),
    unit: '',
    baseline: { name: 'Euclidean', value: Number(euclid.silhouette.toFixed(3)) },
  });
  const imported = await importRate();
  report({
    name: `payments imported per second (${imported.payments} rows, embedded store)`,
    value: Number(imported.firstPerSecond.toFixed(0)),
    unit: 'payments/s',
  });
  report({ name: 'same file again (every row a duplicate)', value: Number(imported.againPerSecond.toFixed(0)), unit: 'payments/s' });
};
