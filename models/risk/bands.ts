/** Risk bands: probability > high → 'high', > medium → 'medium', else 'low' (the notebook's 0.75 / 0.50). */
export const RISK_BANDS = ['low', 'medium', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export interface BandThresholds {
  medium: number;
  high: number;
}

export const DEFAULT_BAND_THRESHOLDS: BandThresholds = { medium: 0.5, high: 0.75 };

export function resolveBandThresholds(thresholds: Partial<BandThresholds> = {}): BandThresholds {
  const t = { ...DEFAULT_BAND_THRESHOLDS, ...thresholds };
  if (!(t.medium > 0 && t.medium < t.high && t.high < 1))
    throw new RangeError(`band thresholds need 0 < medium < high < 1, got medium=${t.medium} high=${t.high}`);
  return t;
}

export function bandFor(probability: number, thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS): RiskBand {
  if (probability > thresholds.high) return 'high';
  if (probability > thresholds.medium) return 'medium';
  return 'low';
}
