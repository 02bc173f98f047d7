import { describe, expect, it } from 'vitest';
import { binValue, fitBinEdges, rawThreshold } from '../../../models/training/binning';
import { createRandom } from '../../../models/shared/random';

describe('binning', () => {
  it('maps a split found on bins to the equivalent raw threshold', () => {
    const random = createRandom(2);
    const X = Array.from({ length: 200 }, () => [Math.round(random.uniform(0, 50)), random.normal()]);
    const edges = fitBinEdges(X, 8);
    for (let c = 0; c < 2; c++) {
      expect(edges[c].length).toBeLessThanOrEqual(7);
      for (const split of [0.5, 1.5, 2, 3.5, edges[c].length - 0.5]) {
        const threshold = rawThreshold(edges[c], split);
        for (const row of X) expect(binValue(edges[c], row[c]) < split).toBe(row[c] < threshold);
      }
    }
    expect(() => rawThreshold(edges[0], 0)).toThrow(/empty/);
    expect(() => fitBinEdges([], 4)).toThrow(/empty/);
  });
});
