import { describe, expect, it } from 'vitest';
import { averagePathLength, IsolationForest } from '../../../models/fraud/isolationForest';
import { median, robustStats, robustZ } from '../../../models/fraud/robustZ';
import { createRandom } from '../../../models/shared/random';

const cloud = (n: number, seed: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => [random.normal(), random.normal(), random.normal()]);
};

describe('isolation forest', () => {
  const rows = cloud(500, 3);
  const options = { trees: 100, sampleSize: 256, seed: 11 };

  it('scores a far point as anomalous and the bulk as ordinary', () => {
    const forest = IsolationForest.fit([...rows, [6, -6, 6]], options);
    expect(forest.score([6, -6, 6])).toBeGreaterThan(0.7);
    expect(forest.score([0, 0, 0])).toBeLessThan(0.5);
    const scores = rows.map((r) => forest.score(r)).sort((a, b) => a - b);
    expect(scores[Math.floor(scores.length / 2)]).toBeLessThan(0.5);
  });

  it('is reproducible from its seed, and a different seed gives a different forest', () => {
    const a = IsolationForest.fit(rows, options).score([2, 2, 2]);
    expect(IsolationForest.fit(rows, options).score([2, 2, 2])).toBe(a);
    expect(IsolationForest.fit(rows, { ...options, seed: 12 }).score([2, 2, 2])).not.toBe(a);
  });

  it('uses the textbook average path length c(n)', () => {
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(2)).toBe(1);
    expect(averagePathLength(256)).toBeCloseTo(10.24, 2);
  });

  it('copes with constant features and refuses unusable input', () => {
    const flat = IsolationForest.fit(
      Array.from({ length: 50 }, (_, i) => [1, i]),
      options,
    );
    expect(Number.isFinite(flat.score([1, 25]))).toBe(true);
    expect(() => IsolationForest.fit([[1]], options)).toThrow(/at least 2 rows/);
    expect(() => IsolationForest.fit([[1, 2], [3]], options)).toThrow(/same number of finite values/);
    expect(() => IsolationForest.fit([[1], [NaN]], options)).toThrow(/finite/);
  });
});

describe('robust z-score', () => {
  it('measures distance from the median in MADs, not pulled by the outlier', () => {
    const values = [10, 11, 9, 10, 12, 8, 10, 1000];
    const stats = robustStats(values, 0);
    expect(stats.median).toBe(10);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(robustZ(1000, stats)).toBe(99); // capped, finite
    expect(Math.abs(robustZ(11, stats))).toBeLessThan(1);
  });

  it('falls back to the mean absolute deviation when most values are equal, and never below the minimum scale', () => {
    const mostlyZero = [0, 0, 0, 0, 0, 0, 1, 2];
    const stats = robustStats(mostlyZero, 0);
    expect(stats.scale).toBeCloseTo(0.375 * 1.2533, 4);
    expect(robustStats([3, 3, 3], 0.5).scale).toBe(0.5);
  });
});
