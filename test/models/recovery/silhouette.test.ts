import { describe, expect, it } from 'vitest';
import { pairwiseDistances, silhouetteSamples, silhouetteScore } from '../../../models/recovery/silhouette';

const line = (xs: number[]) =>
  pairwiseDistances(
    xs.map((x) => [x]),
    (a, b) => Math.abs(a[0] - b[0]),
  );

describe('silhouette', () => {
  it('matches a hand-computed case: points 0, 1, 5, 6 in two clusters', () => {
    // 0: a = 1, b = (5 + 6) / 2 = 5.5 → 4.5 / 5.5; 1: a = 1, b = (4 + 5) / 2 = 4.5 → 3.5 / 4.5; 5 and 6 mirror them.
    const samples = silhouetteSamples(line([0, 1, 5, 6]), [0, 0, 1, 1]);
    expect(samples[0]).toBeCloseTo(4.5 / 5.5, 12);
    expect(samples[1]).toBeCloseTo(3.5 / 4.5, 12);
    expect(samples[2]).toBeCloseTo(3.5 / 4.5, 12);
    expect(samples[3]).toBeCloseTo(4.5 / 5.5, 12);
    expect(silhouetteScore(line([0, 1, 5, 6]), [0, 0, 1, 1])).toBeCloseTo((4.5 / 5.5 + 3.5 / 4.5) / 2, 12);
  });

  it('is negative for a misassigned point and 0 for a point alone in its cluster', () => {
    // 1 put with 5 and 6: a = (4 + 5) / 2 = 4.5, b = 1 → (1 - 4.5) / 4.5.
    const samples = silhouetteSamples(line([0, 1, 5, 6]), [0, 1, 1, 1]);
    expect(samples[0]).toBe(0);
    expect(samples[1]).toBeCloseTo(-3.5 / 4.5, 12);
  });

  it('refuses a single cluster and a label count that does not match', () => {
    expect(() => silhouetteScore(line([0, 1, 2]), [0, 0, 0])).toThrow(RangeError);
    expect(() => silhouetteScore(line([0, 1, 2]), [0, 1])).toThrow(RangeError);
  });
});
