/**
 * Best Gini split of one node over binned features, as scikit-learn's
 * BestSplitter does it: features are drawn in random order, afresh at every
 * node, until `mtry` non-constant ones have been tried; every boundary between
 * two occupied bins is a candidate (labels play no part in proposing them);
 * a split must leave `minSamplesLeaf` rows on each side; a split on a
 * monotone feature must move the probability its way and stay within the
 * node's bounds (see treeGrowing.ts).
 */
import type { Monotone } from '../risk/forestOptions';
import type { Random } from '../shared/random';

export interface NodeRows {
  /** Row indices; this node owns rows[start, end). */
  rows: Int32Array;
  start: number;
  end: number;
  /** Bounds on this node's probability left by monotone splits above it. */
  lower: number;
  upper: number;
}

export interface SplitColumns {
  codes: readonly Uint8Array[];
  /** Bins per feature (cut points + 1). */
  nBins: readonly number[];
  labels: Uint8Array;
  /** Bootstrap multiplicity of each row. */
  weights: Float64Array;
  monotone: readonly Monotone[];
}

export interface Split {
  feature: number;
  /** Rows with bin <= lastLeftBin go left. */
  lastLeftBin: number;
  leftValue: number;
  rightValue: number;
}

/** Reusable per-thread buffers, sized for the largest bin count. */
export interface SplitBuffers {
  count: Float64Array;
  weight: Float64Array;
  positive: Float64Array;
  order: Int32Array;
}

export function splitBuffers(nFeatures: number): SplitBuffers {
  return { count: new Float64Array(256), weight: new Float64Array(256), positive: new Float64Array(256), order: new Int32Array(nFeatures) };
}

export function findBestSplit(
  data: SplitColumns,
  node: NodeRows,
  mtry: number,
  minSamplesLeaf: number,
  random: Random,
  buffers: SplitBuffers,
): Split | undefined {
  const { codes, nBins, labels, weights, monotone } = data;
  const { rows, start, end } = node;
  const { count, weight, positive, order } = buffers;
  const nFeatures = codes.length;
  const n = end - start;
  for (let f = 0; f < nFeatures; f++) order[f] = f;

  let best: Split | undefined;
  let bestImpurity = Infinity;
  let tried = 0;
  for (let i = 0; i < nFeatures && tried < mtry; i++) {
    const j = i + random.int(nFeatures - i);
    const feature = order[j];
    order[j] = order[i];
    order[i] = feature;

    const column = codes[feature];
    const bins = nBins[feature];
    count.fill(0, 0, bins);
    weight.fill(0, 0, bins);
    positive.fill(0, 0, bins);
    let totalWeight = 0;
    let totalPositive = 0;
    for (let k = start; k < end; k++) {
      const row = rows[k];
      const b = column[row];
      const w = weights[row];
      count[b]++;
      weight[b] += w;
      positive[b] += w * labels[row];
      totalWeight += w;
      totalPositive += w * labels[row];
    }
    let occupied = 0;
    for (let b = 0; b < bins && occupied < 2; b++) if (count[b] > 0) occupied++;
    // A constant feature does not count towards mtry, so the search looks at another one instead.
    if (occupied < 2) continue;
    tried++;

    const direction = monotone[feature] ?? 0;
    let leftCount = 0;
    let leftWeight = 0;
    let leftPositive = 0;
    let b = 0;
    while (b < bins) {
      if (count[b] === 0) {
        b++;
        continue;
      }
      leftCount += count[b];
      leftWeight += weight[b];
      leftPositive += positive[b];
      // The next occupied bin starts the right side; empty bins in between do not change the partition.
      let next = b + 1;
      while (next < bins && count[next] === 0) next++;
      if (next >= bins || n - leftCount < minSamplesLeaf) break;
      if (leftCount >= minSamplesLeaf) {
        const rightWeight = totalWeight - leftWeight;
        const rightPositive = totalPositive - leftPositive;
        const leftValue = leftPositive / leftWeight;
        const rightValue = rightPositive / rightWeight;
        // Weighted Gini impurity of the two children, up to a constant factor.
        const impurity = leftPositive * (1 - leftValue) + rightPositive * (1 - rightValue);
        const allowed =
          direction === 0 ||
          (direction * (rightValue - leftValue) >= 0 && Math.min(leftValue, rightValue) >= node.lower && Math.max(leftValue, rightValue) <= node.upper);
        if (allowed && impurity < bestImpurity - 1e-12) {
          bestImpurity = impurity;
          // Split half-way between the two occupied bins, as scikit-learn splits half-way between values.
          best = { feature, lastLeftBin: (b + next - 1) >> 1, leftValue, rightValue };
        }
      }
      b = next;
    }
  }
  return best;
}
