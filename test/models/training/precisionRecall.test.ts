import { describe, expect, it } from 'vitest';
import { averagePrecision, precisionAtRecall, precisionRecallAt, precisionRecallCurve } from '../../../models/training/precisionRecall';

const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
const labels = [1, 0, 1, 1, 0, 0];

describe('precision and recall', () => {
  it('at a threshold counts scores at or above it', () => {
    expect(precisionRecallAt(scores, labels, 0.6)).toEqual({ threshold: 0.6, precision: 0.75, recall: 1, flagged: 4, truePositives: 3 });
    expect(precisionRecallAt(scores, labels, 0.95)).toMatchObject({ precision: 1, recall: 0, flagged: 0 });
    expect(() => precisionRecallAt([1], [1, 0], 0.5)).toThrow(/labels/);
  });

  it('traces the curve, its average precision and the best precision at a recall', () => {
    const curve = precisionRecallCurve(scores, labels);
    expect(curve.map((p) => [p.threshold, p.precision, p.recall])).toEqual([
      [0.9, 1, 1 / 3],
      [0.8, 0.5, 1 / 3],
      [0.7, 2 / 3, 2 / 3],
      [0.6, 0.75, 1],
      [0.5, 0.6, 1],
      [0.4, 0.5, 1],
    ]);
    expect(averagePrecision(curve)).toBeCloseTo((1 + 2 / 3 + 0.75) / 3, 10);
    expect(precisionAtRecall(curve, 0.9)).toBe(0.75);
    expect(precisionAtRecall(precisionRecallCurve([0.5, 0.5], [1, 0]), 1)).toBe(0.5); // ties are one threshold
  });
});
