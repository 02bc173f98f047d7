/**
 * Quantile binning of feature columns. ml-cart tries a split between every
 * pair of neighbouring rows whose labels differ; on bin indices (with rows
 * ordered by label) that is at most two candidates per bin instead of one per
 * row, which is what makes 200-tree cross-validation fit in the time budget.
 * Split points found on bins map back exactly to raw thresholds.
 */
export type BinEdges = number[][];

/** Per column, up to `bins - 1` increasing cut points taken at quantiles. */
export function fitBinEdges(X: readonly (readonly number[])[], bins: number): BinEdges {
  if (X.length === 0) throw new RangeError('cannot bin an empty training set');
  const columns = X[0].length;
  const edges: BinEdges = [];
  for (let c = 0; c < columns; c++) {
    const sorted = X.map((row) => row[c]).sort((a, b) => a - b);
    const cuts: number[] = [];
    for (let b = 1; b < bins; b++) {
      const v = sorted[Math.floor((b * sorted.length) / bins)];
      // A cut at the minimum would leave an empty first bin.
      if (v > sorted[0] && (cuts.length === 0 || v > cuts[cuts.length - 1])) cuts.push(v);
    }
    edges.push(cuts);
  }
  return edges;
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

export function binRows(X: readonly (readonly number[])[], edges: BinEdges): number[][] {
  return X.map((row) => row.map((x, c) => binValue(edges[c], x)));
}

/**
 * Raw threshold equivalent to the library's `bin < splitValue` test:
 * bin < v  <=>  bin <= ceil(v) - 1  <=>  x < cuts[ceil(v) - 1].
 */
export function rawThreshold(cuts: readonly number[], splitValue: number): number {
  const k = Math.ceil(splitValue) - 1;
  if (k < 0 || k >= cuts.length) throw new RangeError(`split at bin ${splitValue} leaves one side empty`);
  return cuts[k];
}
