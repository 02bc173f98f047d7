import { describe, expect, it } from 'vitest';
import { calibrate, logOdds } from '../../../models/risk/calibration';
import { fitPlatt } from '../../../models/training/plattScaling';
import { createRandom } from '../../../models/shared/random';

/** Scores whose true probability is sigmoid(slope * logit(score) + intercept). */
function simulate(n: number, slope: number, intercept: number, seed: number): { raw: number[]; y: number[] } {
  const random = createRandom(seed);
  const raw = Array.from({ length: n }, () => 0.02 + 0.96 * random.next());
  const y = raw.map((r) => (random.chance(1 / (1 + Math.exp(-(slope * logOdds(r) + intercept)))) ? 1 : 0));
  return { raw, y };
}

describe('Platt scaling', () => {
  it('recovers the slope and intercept that generated the labels', () => {
    const { raw, y } = simulate(20_000, 2, -0.5, 1);
    const fit = fitPlatt(raw, y);
    expect(Math.abs(fit.slope - 2)).toBeLessThan(0.15);
    expect(Math.abs(fit.intercept + 0.5)).toBeLessThan(0.1);
  });

  it('stretches scores a forest squeezes towards 0.5, and never reorders them', () => {
    const { raw, y } = simulate(5_000, 3, 0, 2);
    const fit = fitPlatt(raw, y);
    expect(calibrate(fit, 0.8)).toBeGreaterThan(0.9);
    expect(calibrate(fit, 0.2)).toBeLessThan(0.1);
    const sorted = [...raw].sort((a, b) => a - b).map((r) => calibrate(fit, r));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]).toBeGreaterThanOrEqual(sorted[i - 1]);
  });

  it('stays finite when the classes separate perfectly, and goes flat at the base rate without signal', () => {
    const separable = fitPlatt([0.1, 0.2, 0.3, 0.7, 0.8, 0.9], [0, 0, 0, 1, 1, 1]);
    expect(Number.isFinite(separable.slope) && separable.slope > 0).toBe(true);
    expect(calibrate(separable, 0.9)).toBeLessThan(1);
    const random = createRandom(3);
    const noise = Array.from({ length: 400 }, () => random.next());
    const backwards = fitPlatt(
      noise,
      noise.map((r) => (r < 0.5 ? 1 : 0)),
    );
    expect(backwards.slope).toBe(0);
    expect(calibrate(backwards, 0.1)).toBeCloseTo(calibrate(backwards, 0.9), 12);
    expect(() => fitPlatt([], [])).toThrow(/as many labels/);
  });
});
