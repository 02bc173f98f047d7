/**
 * Dynamic Time Warping between two cash-flow series, constrained by a
 * Sakoe–Chiba band: index i of one series may only be matched with indices
 * within `radius` of i in the other, so a payment can be "late" by at most
 * `radius` months and still count as the same pattern. Cost is the squared
 * difference and the distance is the square root of the best path's sum (the
 * convention of tslearn, which the reference work used), so a radius of 0 is
 * exactly the Euclidean distance.
 */
export type Series = readonly number[];

/** The band actually used: never narrower than the length difference, or no path would exist. */
function effectiveRadius(n: number, m: number, radius: number): number {
  if (!Number.isFinite(radius) || radius < 0) throw new RangeError(`band radius must be >= 0, got ${radius}`);
  return Math.max(Math.floor(radius), Math.abs(n - m));
}

function checkSeries(a: Series, b: Series): void {
  if (a.length === 0 || b.length === 0) throw new RangeError('DTW needs two non-empty series');
}

export function euclidean(a: Series, b: Series): number {
  if (a.length !== b.length) throw new RangeError(`Euclidean distance needs equal lengths, got ${a.length} and ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return Math.sqrt(sum);
}

/** Banded DTW distance in O(n·radius) time and O(m) memory. */
export function dtwDistance(a: Series, b: Series, radius: number): number {
  checkSeries(a, b);
  const n = a.length;
  const m = b.length;
  const r = effectiveRadius(n, m, radius);
  let previous = new Float64Array(m + 1).fill(Infinity);
  let current = new Float64Array(m + 1).fill(Infinity);
  previous[0] = 0;
  for (let i = 1; i <= n; i++) {
    current.fill(Infinity);
    const from = Math.max(1, i - r);
    const to = Math.min(m, i + r);
    for (let j = from; j <= to; j++) {
      const cost = (a[i - 1] - b[j - 1]) ** 2;
      current[j] = cost + Math.min(previous[j], current[j - 1], previous[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return Math.sqrt(previous[m]);
}

/** The best warping path as (i, j) pairs from (0, 0) to (n-1, m-1): what DBA averages along. */
export function dtwPath(a: Series, b: Series, radius: number): [number, number][] {
  checkSeries(a, b);
  const n = a.length;
  const m = b.length;
  const r = effectiveRadius(n, m, radius);
  const width = m + 1;
  const acc = new Float64Array((n + 1) * width).fill(Infinity);
  acc[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(1, i - r); j <= Math.min(m, i + r); j++) {
      const cost = (a[i - 1] - b[j - 1]) ** 2;
      acc[i * width + j] = cost + Math.min(acc[(i - 1) * width + j], acc[i * width + j - 1], acc[(i - 1) * width + j - 1]);
    }
  }
  const path: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    path.push([i - 1, j - 1]);
    const diagonal = acc[(i - 1) * width + j - 1];
    const up = acc[(i - 1) * width + j];
    const left = acc[i * width + j - 1];
    if (diagonal <= up && diagonal <= left) {
      i--;
      j--;
    } else if (up <= left) i--;
    else j--;
  }
  return path.reverse();
}
