/**
 * Robust z-scores: distance from the median in units of the median absolute
 * deviation, so the outliers being looked for do not inflate the yardstick
 * as they would a mean and standard deviation. Iglewicz and Hoaglin's
 * modified z-score, 0.6745·(x − median)/MAD, is about a standard z for normal
 * data; they suggest |z| > 3.5 as an outlier.
 */

export interface RobustStats {
  median: number;
  /** The scale used: MAD / 0.6745 (≈ one standard deviation for normal data), never below the feature's minimum. */
  scale: number;
  count: number;
}

/** Middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Where more than half the values are equal MAD is 0; the mean absolute deviation (× √(π/2) ≈ 1.2533 to match σ) still measures spread.
const MEAN_AD_TO_SIGMA = 1.2533;
const MAD_TO_SIGMA = 1 / 0.6745;

export function robustStats(values: readonly number[], minScale: number): RobustStats {
  const m = median(values);
  const deviations = values.map((v) => Math.abs(v - m));
  const mad = median(deviations);
  const meanAd = deviations.reduce((a, b) => a + b, 0) / Math.max(1, deviations.length);
  const scale = mad > 0 ? mad * MAD_TO_SIGMA : meanAd * MEAN_AD_TO_SIGMA;
  return { median: m, scale: Math.max(scale, minScale), count: values.length };
}

/** Signed modified z-score of `x`, capped at ±99 so it stays a readable, finite number. */
export function robustZ(x: number, stats: RobustStats): number {
  return Math.max(-99, Math.min(99, (x - stats.median) / stats.scale));
}
