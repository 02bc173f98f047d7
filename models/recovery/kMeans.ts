/**
 * k-means over series in a chosen geometry: Euclidean with mean centroids,
 * or DTW with DBA centroids (DTW Barycenter Averaging, Petitjean et al. 2011:
 * each centroid point becomes the mean of the member points the warping paths
 * align with it). Seeded k-means++ starts, several restarts, the lowest
 * inertia (sum of squared distances to the centroid) wins. An emptied cluster
 * is re-seeded with the point farthest from its centroid.
 */
import { dtwDistance, dtwPath, euclidean, type Series } from './dtw';
import { createRandom, deriveSeed, type Random } from '../shared/random';

export interface SeriesSpace {
  name: string;
  distance(a: Series, b: Series): number;
  /** The centroid of `members`, refined from `previous`. */
  centroid(members: readonly Series[], previous: Series): number[];
}

export const euclideanSpace: SeriesSpace = {
  name: 'Euclidean',
  distance: euclidean,
  centroid: (members, previous) => previous.map((_, t) => members.reduce((s, m) => s + m[t], 0) / members.length),
};

/** DBA refinement passes per k-means iteration: one is the usual choice, the outer loop iterates anyway. */
const DBA_PASSES = 1;

export function dtwSpace(radius: number): SeriesSpace {
  return {
    name: `DTW (Sakoe–Chiba radius ${radius})`,
    distance: (a, b) => dtwDistance(a, b, radius),
    centroid: (members, previous) => {
      let centre = [...previous];
      for (let pass = 0; pass < DBA_PASSES; pass++) {
        const sums = new Float64Array(centre.length);
        const counts = new Float64Array(centre.length);
        for (const member of members)
          for (const [i, j] of dtwPath(centre, member, radius)) {
            sums[i] += member[j];
            counts[i]++;
          }
        centre = centre.map((v, i) => (counts[i] > 0 ? sums[i] / counts[i] : v));
      }
      return centre;
    },
  };
}

export interface KMeansOptions {
  seed: number;
  restarts?: number;
  maxIterations?: number;
}

export interface KMeansResult {
  labels: number[];
  centroids: number[][];
  inertia: number;
  iterations: number;
}

function kMeansPlusPlus(series: readonly Series[], k: number, space: SeriesSpace, random: Random): number[][] {
  const centroids = [[...series[random.int(series.length)]]];
  const nearest = series.map((s) => space.distance(s, centroids[0]) ** 2);
  while (centroids.length < k) {
    const total = nearest.reduce((a, b) => a + b, 0);
    const index = total > 0 ? series.indexOf(random.weighted(series, nearest)) : random.int(series.length);
    centroids.push([...series[index]]);
    series.forEach((s, i) => (nearest[i] = Math.min(nearest[i], space.distance(s, centroids[centroids.length - 1]) ** 2)));
  }
  return centroids;
}

function assign(series: readonly Series[], centroids: readonly Series[], space: SeriesSpace): { labels: number[]; distances: number[] } {
  const labels: number[] = [];
  const distances: number[] = [];
  for (const s of series) {
    let best = 0;
    let bestDistance = Infinity;
    centroids.forEach((c, index) => {
      const d = space.distance(s, c);
      if (d < bestDistance) [best, bestDistance] = [index, d];
    });
    labels.push(best);
    distances.push(bestDistance);
  }
  return { labels, distances };
}

function runOnce(series: readonly Series[], k: number, space: SeriesSpace, random: Random, maxIterations: number): KMeansResult {
  let centroids = kMeansPlusPlus(series, k, space, random);
  let { labels, distances } = assign(series, centroids, space);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    centroids = centroids.map((previous, c) => {
      const members = series.filter((_, i) => labels[i] === c);
      if (members.length > 0) return space.centroid(members, previous);
      const farthest = distances.indexOf(Math.max(...distances));
      distances[farthest] = 0;
      return [...series[farthest]];
    });
    const next = assign(series, centroids, space);
    const changed = next.labels.some((l, i) => l !== labels[i]);
    ({ labels, distances } = next);
    if (!changed) break;
  }
  return { labels, centroids, inertia: distances.reduce((s, d) => s + d * d, 0), iterations };
}

export function fitKMeans(series: readonly Series[], k: number, space: SeriesSpace, options: KMeansOptions): KMeansResult {
  if (!Number.isInteger(k) || k < 1 || k > series.length) throw new RangeError(`k must be an integer in 1..${series.length}, got ${k}`);
  const { restarts = 3, maxIterations = 30 } = options;
  let best: KMeansResult | undefined;
  for (let r = 0; r < restarts; r++) {
    const result = runOnce(series, k, space, createRandom(deriveSeed(options.seed, r)), maxIterations);
    if (!best || result.inertia < best.inertia) best = result;
  }
  return best as KMeansResult;
}
