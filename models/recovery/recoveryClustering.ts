/**
 * Chooses the number of recovery patterns: k-means for each k in a range, in
 * DTW and in Euclidean geometry, scored by silhouette on that geometry's own
 * distances; each geometry keeps the k with the highest silhouette. The
 * pairwise matrix is computed once per geometry and reused for every k. On a
 * large file the silhouettes are taken on a seeded sample (the full matrix
 * of 3,000 series is 4.5 million DTW distances), the clustering on all.
 */
import type { Series } from './dtw';
import { dtwSpace, euclideanSpace, fitKMeans, type KMeansResult, type SeriesSpace } from './kMeans';
import { recoverySummary, type RecoverySummary } from './recoveryTime';
import { pairwiseDistances, silhouetteScore } from './silhouette';
import { createRandom } from '../shared/random';

export interface ClusteringOptions {
  kMin?: number;
  kMax?: number;
  /** Sakoe–Chiba radius in months. */
  band?: number;
  seed?: number;
  /** Most series the silhouette is computed on. */
  silhouetteSample?: number;
}

export interface GeometryResult {
  geometry: string;
  /** Silhouette per k tried. */
  silhouettes: { k: number; silhouette: number }[];
  bestK: number;
  bestSilhouette: number;
  fit: KMeansResult;
  /** Per cluster of the best fit: size, weighted recovery time, recovered share, and its centroid. */
  clusters: (RecoverySummary & { cluster: number; centroid: number[] })[];
}

export interface RecoveryClustering {
  dtw: GeometryResult;
  euclidean: GeometryResult;
}

export const DEFAULT_BAND = 6;

/** `size` indices of 0..n−1 (all when n <= size), a seeded draw in ascending order. */
export function sampleIndices(n: number, size: number, seed: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= size) return all;
  const random = createRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, size).sort((a, b) => a - b);
}

function clusterGeometry(series: readonly Series[], balances: readonly number[], space: SeriesSpace, options: Required<ClusteringOptions>): GeometryResult {
  const sample = sampleIndices(series.length, options.silhouetteSample, options.seed);
  const matrix = pairwiseDistances(
    sample.map((i) => series[i]),
    space.distance,
  );
  const silhouettes: GeometryResult['silhouettes'] = [];
  let best: { k: number; silhouette: number; fit: KMeansResult } | undefined;
  for (let k = options.kMin; k <= Math.min(options.kMax, series.length - 1); k++) {
    const fit = fitKMeans(series, k, space, { seed: options.seed });
    const labels = sample.map((i) => fit.labels[i]);
    const silhouette = new Set(labels).size < 2 ? -1 : silhouetteScore(matrix, labels);
    silhouettes.push({ k, silhouette });
    if (!best || silhouette > best.silhouette) best = { k, silhouette, fit };
  }
  if (!best) throw new RangeError(`need more than ${options.kMin} series to cluster, got ${series.length}`);
  const { fit } = best;
  const clusters = fit.centroids.map((centroid, cluster) => {
    const members = series.map((_, i) => i).filter((i) => fit.labels[i] === cluster);
    return {
      cluster,
      centroid,
      ...recoverySummary(
        members.map((i) => series[i]),
        members.map((i) => balances[i]),
      ),
    };
  });
  return { geometry: space.name, silhouettes, bestK: best.k, bestSilhouette: best.silhouette, fit, clusters };
}

export function clusterRecoveries(series: readonly Series[], balances: readonly number[], options: ClusteringOptions = {}): RecoveryClustering {
  const resolved: Required<ClusteringOptions> = { kMin: 2, kMax: 8, band: DEFAULT_BAND, seed: 1, silhouetteSample: 1000, ...options };
  if (resolved.kMin < 2 || resolved.kMax < resolved.kMin) throw new RangeError(`need 2 <= kMin <= kMax, got ${resolved.kMin}..${resolved.kMax}`);
  const lengths = new Set(series.map((s) => s.length));
  if (lengths.size > 1) throw new RangeError('every series must cover the same months');
  return {
    dtw: clusterGeometry(series, balances, dtwSpace(resolved.band), resolved),
    euclidean: clusterGeometry(series, balances, euclideanSpace, resolved),
  };
}

/** Clusters fastest recovery first; a cluster that recovered nothing last. */
export function byRecoveryTime<C extends Pick<RecoverySummary, 'weightedRecoveryMonths'>>(clusters: readonly C[]): C[] {
  return [...clusters].sort((a, b) => (a.weightedRecoveryMonths ?? Infinity) - (b.weightedRecoveryMonths ?? Infinity));
}
