/**
 * Silhouette of a clustering from its pairwise distances: for each point,
 * a = mean distance to the rest of its own cluster, b = the lowest mean
 * distance to another cluster, s = (b − a) / max(a, b); a point alone in its
 * cluster scores 0 (scikit-learn's convention). The score is the mean over
 * points: near 1 well separated, near 0 overlapping, negative misassigned.
 */
import type { Series } from './dtw';

/** Symmetric n×n distances, row-major; computed once and reused for every k tried. */
export interface DistanceMatrix {
  n: number;
  values: Float64Array;
}

export function pairwiseDistances(series: readonly Series[], distance: (a: Series, b: Series) => number): DistanceMatrix {
  const n = series.length;
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const d = distance(series[i], series[j]);
      values[i * n + j] = d;
      values[j * n + i] = d;
    }
  return { n, values };
}

/** Per-point silhouettes; labels are cluster indices 0..k-1. */
export function silhouetteSamples(matrix: DistanceMatrix, labels: readonly number[]): number[] {
  const { n, values } = matrix;
  if (labels.length !== n) throw new RangeError(`${labels.length} labels for ${n} points`);
  const k = Math.max(...labels) + 1;
  const sizes = new Array<number>(k).fill(0);
  for (const label of labels) sizes[label]++;
  if (sizes.filter((s) => s > 0).length < 2) throw new RangeError('silhouette needs at least two non-empty clusters');
  const sums = new Float64Array(k);
  return labels.map((own, i) => {
    if (sizes[own] === 1) return 0;
    sums.fill(0);
    for (let j = 0; j < n; j++) if (j !== i) sums[labels[j]] += values[i * n + j];
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
    const scale = Math.max(a, b);
    return scale === 0 ? 0 : (b - a) / scale;
  });
}

export function silhouetteScore(matrix: DistanceMatrix, labels: readonly number[]): number {
  const samples = silhouetteSamples(matrix, labels);
  return samples.reduce((s, v) => s + v, 0) / samples.length;
}
