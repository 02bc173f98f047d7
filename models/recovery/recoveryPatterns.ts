/**
 * The recovery-pattern report the supervisor page draws: clusterRecoveries on
 * at most `maxSeries` loans (a seeded sample beyond that, so a large book
 * still answers in about a second), and per cluster, fastest recovery first,
 * its size, centroid, weighted recovery time, money owed and recovered, and
 * the features that set it apart (clusterContrasts); and which features
 * explain DTW cluster membership overall (the forest's permutation
 * importances, explainClusters). With a planted cohort each cluster also
 * carries its planted mix. Pure and deterministic from the seed, so the
 * worker thread's answer is the one this thread would give.
 */
import type { LoanRecord } from '../loanBook/loanRecord';
import { clusterContrasts, type FeatureContrast } from './clusterProfile';
import { byRecoveryTime, clusterRecoveries, sampleIndices, type GeometryResult } from './recoveryClustering';
import { explainClusters, type ClusterExplanation } from './recoveryExplainer';
import { plantedMix, type RecoveryPattern } from './syntheticCashFlows';

export interface RecoveryInput {
  loans: LoanRecord[];
  series: number[][];
  balances: number[];
  planted?: RecoveryPattern[];
}

export interface ClusterPattern {
  /** 1 = the fastest recovery. */
  cluster: number;
  loans: number;
  weightedRecoveryMonths: number | null;
  recoveredShare: number;
  /** Balances at the start, summed, and what was collected of them in the window. */
  balance: number;
  recovered: number;
  /** Collections per month over the balance at the start: DBA under DTW, the mean under Euclidean. */
  centroid: number[];
  features: FeatureContrast[];
  planted?: Partial<Record<RecoveryPattern, number>>;
}

export interface GeometryPatterns {
  geometry: string;
  k: number;
  silhouette: number;
  silhouettes: { k: number; silhouette: number }[];
  clusters: ClusterPattern[];
}

export interface RecoveryPatterns {
  series: { available: number; used: number; cap: number; months: number };
  dtw: GeometryPatterns;
  euclidean: GeometryPatterns;
  /** Why loans fall in their DTW cluster; null when DTW put them all in one. */
  explanation: ClusterExplanation | null;
}

export interface RecoveryPatternOptions {
  /** A fixed number of clusters; without it each geometry keeps the k (2..8) with the best silhouette. */
  k?: number;
  seed: number;
  maxSeries: number;
}

function describe(g: GeometryResult, input: RecoveryInput): GeometryPatterns {
  const contrasts = clusterContrasts(input.loans, g.fit.labels, g.fit.centroids.length);
  const clusters = byRecoveryTime(g.clusters).map((c, i) => {
    const balance = input.balances.reduce((sum, b, j) => (g.fit.labels[j] === c.cluster ? sum + b : sum), 0);
    return {
      cluster: i + 1,
      loans: c.loans,
      weightedRecoveryMonths: c.weightedRecoveryMonths,
      recoveredShare: c.recoveredShare,
      balance,
      recovered: c.recoveredShare * balance,
      centroid: c.centroid,
      features: contrasts[c.cluster],
      ...(input.planted ? { planted: plantedMix(input.planted, g.fit.labels, c.cluster) } : {}),
    };
  });
  return { geometry: g.geometry, k: g.bestK, silhouette: g.bestSilhouette, silhouettes: g.silhouettes, clusters };
}

export function recoveryPatterns(input: RecoveryInput, options: RecoveryPatternOptions): RecoveryPatterns {
  const kept = sampleIndices(input.series.length, options.maxSeries, options.seed);
  const used: RecoveryInput = {
    loans: kept.map((i) => input.loans[i]),
    series: kept.map((i) => input.series[i]),
    balances: kept.map((i) => input.balances[i]),
    ...(input.planted ? { planted: kept.map((i) => (input.planted as RecoveryPattern[])[i]) } : {}),
  };
  const range = options.k === undefined ? {} : { kMin: options.k, kMax: options.k };
  const result = clusterRecoveries(used.series, used.balances, { ...range, seed: options.seed });
  return {
    series: { available: input.series.length, used: kept.length, cap: options.maxSeries, months: used.series[0]?.length ?? 0 },
    dtw: describe(result.dtw, used),
    euclidean: describe(result.euclidean, used),
    explanation: new Set(result.dtw.fit.labels).size < 2 ? null : explainClusters(used.loans, result.dtw.fit.labels, { seed: options.seed }),
  };
}
