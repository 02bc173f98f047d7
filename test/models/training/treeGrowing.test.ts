import { describe, expect, it } from 'vitest';
import type { CompactForest } from '../../../models/risk/forest';
import { forestWalker } from '../../../models/risk/forest';
import { fitForests } from '../../../models/training/forestJobs';
import { createRandom } from '../../../models/shared/random';

/** Split nodes of tree t as [feature, threshold] pairs. */
function splitsOf(forest: CompactForest, t: number): [number, number][] {
  const out: [number, number][] = [];
  const visit = (node: number): void => {
    if (forest.feature[node] < 0) return;
    out.push([forest.feature[node], forest.threshold[node]]);
    visit(forest.left[node]);
    visit(forest.right[node]);
  };
  visit(forest.roots[t]);
  return out;
}

/** Like Collection_Attempts on the real book: 0-3 is mixed (about 20 % adverse), 4 and above is always adverse. */
function attemptsBook(n: number, noiseColumns: number, seed: number): { X: number[][]; y: number[] } {
  const random = createRandom(seed);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const attempts = random.chance(0.25) ? 4 + random.int(7) : random.int(4);
    X.push([attempts, ...Array.from({ length: noiseColumns }, () => random.uniform(0, 100))]);
    y.push(attempts >= 4 || random.chance(0.2) ? 1 : 0);
  }
  return { X, y };
}

describe('growing the forest', () => {
  it('splits between a mixed bin and the pure bin after it (>= 4 attempts is always adverse)', async () => {
    const { X, y } = attemptsBook(500, 0, 1);
    const [forest] = await fitForests([{ X, y }], { nEstimators: 30, maxDepth: 1, maxFeatures: 1, seed: 2 });
    // Every stump separates 0-3 from 4+: the threshold sits between 3 and 4.
    for (let t = 0; t < 30; t++) {
      const [[feature, threshold]] = splitsOf(forest, t);
      expect(feature).toBe(0);
      expect(threshold).toBeGreaterThan(3);
      expect(threshold).toBeLessThanOrEqual(4);
    }
  });

  it('samples features per split, so every tree can use the one informative column among 18 noise columns', async () => {
    const { X, y } = attemptsBook(500, 18, 3);
    const [forest] = await fitForests([{ X, y }], { nEstimators: 100, maxFeatures: 'sqrt', seed: 4 });
    const treesUsingIt = forest.roots.filter((_, t) => splitsOf(forest, t).some(([f]) => f === 0)).length;
    expect(treesUsingIt).toBeGreaterThanOrEqual(95);
    // ... and nearly all of them find the 4-attempt boundary somewhere.
    const treesWithBoundary = forest.roots.filter((_, t) => splitsOf(forest, t).some(([f, v]) => f === 0 && v > 3 && v <= 4)).length;
    expect(treesWithBoundary).toBeGreaterThanOrEqual(90);
    // The probabilities separate the two groups: every 4+ row scores above every 0-3 row on average.
    const walker = forestWalker(forest);
    const mean = (rows: number[][]) => rows.reduce((s, r) => s + walker.predict(r), 0) / rows.length;
    expect(mean(X.filter((r) => r[0] >= 4))).toBeGreaterThan(0.9);
    expect(mean(X.filter((r) => r[0] < 4))).toBeLessThan(0.45);
  });

  it('grows the same forest from the same seed, inline or on worker threads', async () => {
    const { X, y } = attemptsBook(200, 5, 5);
    const [inline] = await fitForests([{ X, y }], { nEstimators: 12, seed: 9 });
    const [threaded] = await fitForests([{ X, y }], { nEstimators: 12, seed: 9 }, { workers: 2 });
    expect(threaded).toEqual(inline);
    const [other] = await fitForests([{ X, y }], { nEstimators: 12, seed: 10 });
    expect(other).not.toEqual(inline);
  });

  it('keeps leaves at least minSamplesLeaf rows and stops at maxDepth', async () => {
    const { X, y } = attemptsBook(300, 4, 6);
    const [forest] = await fitForests([{ X, y }], { nEstimators: 10, maxDepth: 3, seed: 1 });
    const depth = (node: number): number => (forest.feature[node] < 0 ? 0 : 1 + Math.max(depth(forest.left[node]), depth(forest.right[node])));
    for (const root of forest.roots) expect(depth(root)).toBeLessThanOrEqual(3);
  });

  it('trains 5-fold CV plus a final fit of 200 trees on 500 rows in seconds, not a minute', async () => {
    const { X, y } = attemptsBook(500, 18, 7);
    const started = performance.now();
    await fitForests(
      Array.from({ length: 6 }, (_, k) => ({ X: X.filter((_, i) => i % 5 !== k || k === 5), y: y.filter((_, i) => i % 5 !== k || k === 5) })),
      { nEstimators: 200 },
    );
    expect((performance.now() - started) / 1000).toBeLessThan(15);
  });
});
