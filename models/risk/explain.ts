/** Turns per-feature contributions into the few reasons a person is shown. */
import { describeFeature, PLAIN_WORDING, type FeatureName, type ReasonWording } from './features';
import type { RiskReason } from './score';

/** Contributions smaller than this (in probability) are not worth a sentence. */
const NEGLIGIBLE = 0.005;

export function topReasons(
  features: readonly FeatureName[],
  values: ArrayLike<number>,
  contributions: ArrayLike<number>,
  limit = 3,
  wording: ReasonWording = PLAIN_WORDING,
): RiskReason[] {
  return features
    .map((feature, i) => ({ feature, i, contribution: contributions[i] }))
    .filter((r) => Math.abs(r.contribution) >= NEGLIGIBLE)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, limit)
    .map(({ feature, i, contribution }) => ({
      feature,
      contribution,
      text: `${describeFeature(feature, values[i], wording)} ${contribution > 0 ? 'raised' : 'lowered'} the risk`,
    }));
}
