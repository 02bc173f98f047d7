import { describe, expect, it } from 'vitest';
import { decileEdges, populationStability, psiFromShares, stabilityByFeature, stabilityLevel } from '../../../models/monitoring/populationStability';

describe('population stability index', () => {
  it('matches a hand-computed case', () => {
    // (0.25 − 0.5)·ln(0.25/0.5) + (0.75 − 0.5)·ln(0.75/0.5) = 0.25·ln 2 + 0.25·ln 1.5
    expect(psiFromShares([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), 12);
    expect(psiFromShares([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });

  it('flags at 0.1 and 0.25', () => {
    expect(stabilityLevel(0.0999)).toBe('stable');
    expect(stabilityLevel(0.1)).toBe('watch');
    expect(stabilityLevel(0.2499)).toBe('watch');
    expect(stabilityLevel(0.25)).toBe('shifted');
  });

  it('bins at the training deciles: the same population is stable, a moved one is flagged, worst first', () => {
    const training = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(decileEdges(training)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(populationStability('score', training, training)).toEqual({ name: 'score', psi: 0, level: 'stable' });
    const moved = populationStability('score', training, [10, 10, 10]);
    expect(moved.level).toBe('shifted');
    const report = stabilityByFeature(
      training.map((v) => ({ a: v, b: v })),
      training.map((v) => ({ a: v, b: 10 })),
      [
        { name: 'a', value: (r) => r.a },
        { name: 'b', value: (r) => r.b },
      ],
    );
    expect(report.map((r) => [r.name, r.level])).toEqual([
      ['b', 'shifted'],
      ['a', 'stable'],
    ]);
  });

  it('treats a constant feature as stable and refuses empty or mismatched input', () => {
    expect(populationStability('flag', [1, 1, 1], [1, 1]).psi).toBe(0);
    expect(() => populationStability('x', [1, 2], [])).toThrow(RangeError);
    expect(() => populationStability('x', [], [1])).toThrow(RangeError);
    expect(() => psiFromShares([1], [1])).toThrow(RangeError);
  });
});
