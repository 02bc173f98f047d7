/**
 * Cross-check against ml-random-forest (the package Forbear used to grow with,
 * kept as a reference): on rows with no tied values, where its CART proposes
 * every useful split point, both pick the same root split.
 */
import { RandomForestClassifier } from 'ml-random-forest';
import { describe, expect, it } from 'vitest';
import { binColumns, fitBinEdges } from '../../../models/training/binning';
import { findBestSplit, splitBuffers } from '../../../models/training/splitSearch';
import { createRandom } from '../../../models/shared/random';

function book(seed: number): { X: number[][]; y: number[] } {
  const random = createRandom(seed);
  const X = Array.from({ length: 200 }, () => [random.uniform(0, 10), random.uniform(0, 10), random.uniform(0, 10)]);
  const y = X.map(([a, b]) => (a + 0.5 * b + random.normal() > 8 ? 1 : 0));
  return { X, y };
}

function mlCartRoot(X: number[][], y: number[]): { column: number; threshold: number } {
  const rf = new RandomForestClassifier({
    nEstimators: 1,
    maxFeatures: 1,
    replacement: false,
    useSampleBagging: false,
    noOOB: true,
    seed: 1,
    treeOptions: { maxDepth: 1 },
  });
  rf.train(X, y);
  const root = (rf.estimators?.[0] as unknown as { root: { splitColumn: number; splitValue: number } }).root;
  return { column: rf.indexes![0][root.splitColumn], threshold: root.splitValue };
}

describe('split search', () => {
  it.each([1, 2, 3, 4, 5])('chooses the same root split as ml-random-forest on untied rows (seed %i)', (seed) => {
    const { X, y } = book(seed);
    const edges = fitBinEdges(X, 256);
    const split = findBestSplit(
      {
        codes: binColumns(X, edges),
        nBins: edges.map((e) => e.length + 1),
        labels: Uint8Array.from(y),
        weights: new Float64Array(X.length).fill(1),
        monotone: [],
      },
      { rows: Int32Array.from(X.keys()), start: 0, end: X.length, lower: 0, upper: 1 },
      3,
      1,
      createRandom(seed),
      splitBuffers(3),
    )!;
    const reference = mlCartRoot(X, y);
    expect(split.feature).toBe(reference.column);
    expect(edges[split.feature][split.lastLeftBin]).toBeCloseTo(reference.threshold, 9);
  });
});
