/**
 * Binning of feature columns for histogram split search: a node's best split
 * is found from per-bin label counts, O(rows + bins) per feature, instead of
 * sorting rows. A feature with at most `bins` distinct values (counts, codes,
 * most loan-book columns) gets one bin per value, so every split scikit-learn
 * could make is available; a continuous one is cut at quantiles. Cuts sit
 * half-way between neighbouring training values, as scikit-learn's thresholds do.
 */
export type BinEdges = number[][];

/** Per column, at most `bins - 1` increasing cut points. */
export function fitBinEdges(X: readonly (readonly number[])[], bins: number): BinEdges {
  if (X.length === 0) throw new RangeError('cannot bin an empty training set');
  const columns = X[0].length;
  const edges: BinEdges = [];
  for (let c = 0; c < columns; c++) {
    const sorted = Float64Array.from(X, (row) => row[c]).sort();
    const distinct: number[] = [];
    for (const v of sorted) if (distinct.length === 0 || v > distinct[distinct.length - 1]) distinct.push(v);
    const cuts: number[] = [];
    if (distinct.length <= bins) {
      for (let i = 1; i < distinct.length; i++) cuts.push(halfway(distinct[i - 1], distinct[i]));
    } else {
      // Each cut falls just below the value at a quantile, between it and the next smaller value.
      let d = 0;
      for (let b = 1; b < bins; b++) {
        const v = sorted[Math.floor((b * sorted.length) / bins)];
        while (distinct[d] < v) d++;
        if (d === 0) continue;
        const cut = halfway(distinct[d - 1], v);
        if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
      }
    }
    edges.push(cuts);
  }
  return edges;
}

/** A cut strictly above `lower` and at most `upper`, so `lower` and `upper` land in different bins. */
function halfway(lower: number, upper: number): number {
  const mid = lower + (upper - lower) / 2;
  return mid > lower ? mid : upper;
}

/** Bin index = how many cut points are <= x, so bin(x) <= k  <=>  x < edges[k]. */
export function binValue(cuts: readonly number[], x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Column-major bin codes (one byte per value), the layout the split search reads. */
export function binColumns(X: readonly (readonly number[])[], edges: BinEdges): Uint8Array[] {
  return edges.map((cuts, c) => Uint8Array.from(X, (row) => binValue(cuts, row[c])));
}

/**
 * Raw threshold equivalent to the test `bin < splitValue`:
 * bin < v  <=>  bin <= ceil(v) - 1  <=>  x < cuts[ceil(v) - 1].
 */
export function rawThreshold(cuts: readonly number[], splitValue: number): number {
  const k = Math.ceil(splitValue) - 1;
  if (k < 0 || k >= cuts.length) throw new RangeError(`split at bin ${splitValue} leaves one side empty`);
  return cuts[k];
}
