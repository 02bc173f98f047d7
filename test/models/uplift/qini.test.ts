import { describe, expect, it } from 'vitest';
import { qiniCoefficient, qiniCurve } from '../../../models/uplift/qini';

describe('Qini curve', () => {
  it('matches a hand-computed case', () => {
    // By score: challenger cured, control not, challenger not, control cured.
    // Q = 1, 1, 1, then 1 − 1·2/2 = 0; random line ends at 0, area = 0.125 + 0.25 + 0.25 + 0.125.
    const curve = qiniCurve([
      { challenger: false, cured: true, score: 1 },
      { challenger: true, cured: true, score: 4 },
      { challenger: true, cured: false, score: 2 },
      { challenger: false, cured: false, score: 3 },
    ]);
    expect(curve).toEqual([
      { share: 0, qini: 0 },
      { share: 0.25, qini: 1 },
      { share: 0.5, qini: 1 },
      { share: 0.75, qini: 1 },
      { share: 1, qini: 0 },
    ]);
    expect(qiniCoefficient(curve)).toBeCloseTo(0.75, 12);
  });

  it('is 0 for a score that orders no better than the random line, and refuses no data', () => {
    const flat = qiniCurve([
      { challenger: true, cured: true, score: 2 },
      { challenger: false, cured: true, score: 1 },
    ]);
    expect(flat[flat.length - 1].qini).toBe(0);
    expect(() => qiniCurve([])).toThrow(RangeError);
  });
});
