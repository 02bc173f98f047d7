import { describe, expect, it } from 'vitest';
import { dtwDistance, dtwPath, euclidean } from '../../../models/recovery/dtw';

describe('DTW with a Sakoe–Chiba band', () => {
  it('aligns a step that comes one month late when the band allows it, and is Euclidean at radius 0', () => {
    const a = [0, 0, 1];
    const b = [0, 1, 1];
    // Full band: (0,0) (1,0) (2,1) (2,2) costs 0 + 0 + 0 + 0.
    expect(dtwDistance(a, b, 5)).toBe(0);
    // Radius 0 is the diagonal: (0-0)² + (0-1)² + (1-1)² = 1.
    expect(dtwDistance(a, b, 0)).toBe(1);
    expect(dtwDistance(a, b, 0)).toBe(euclidean(a, b));
  });

  it('a payment two months late needs a radius of 2: at radius 1 it costs as much as Euclidean', () => {
    const a = [0, 1, 0, 0, 0];
    const b = [0, 0, 0, 1, 0];
    // Radius 1: row i=1 (a=1) may only meet b[0..2] = 0 and column j=3 (b=1) only a[2..4] = 0, so at least 1 + 1.
    expect(dtwDistance(a, b, 0)).toBeCloseTo(Math.SQRT2, 12);
    expect(dtwDistance(a, b, 1)).toBeCloseTo(Math.SQRT2, 12);
    expect(dtwDistance(a, b, 2)).toBe(0);
  });

  it('sums squared differences along the cheapest path and takes the root', () => {
    // Hand-computed table for a = [1, 3], b = [2, 2, 4] (full band):
    // row 1: 1, 2, 11; row 2: 2, 2, 3 → √3. Two paths cost 3; on a tie the backtrack prefers the diagonal.
    expect(dtwDistance([1, 3], [2, 2, 4], 10)).toBeCloseTo(Math.sqrt(3), 12);
    expect(dtwPath([1, 3], [2, 2, 4], 10)).toEqual([
      [0, 0],
      [0, 1],
      [1, 2],
    ]);
  });

  it('widens a band narrower than the length difference so a path exists, and is symmetric', () => {
    expect(dtwDistance([1, 3], [2, 2, 4], 0)).toBeCloseTo(Math.sqrt(3), 12);
    const x = [0.3, 0, 0.1, 0.2, 0];
    const y = [0, 0.25, 0.05, 0, 0.2];
    expect(dtwDistance(x, y, 2)).toBeCloseTo(dtwDistance(y, x, 2), 12);
  });

  it('refuses empty series, negative radii and Euclidean on unequal lengths', () => {
    expect(() => dtwDistance([], [1], 1)).toThrow(RangeError);
    expect(() => dtwDistance([1], [1], -1)).toThrow(RangeError);
    expect(() => dtwDistance([1], [1], NaN)).toThrow(RangeError);
    expect(() => euclidean([1, 2], [1])).toThrow(RangeError);
  });
});
