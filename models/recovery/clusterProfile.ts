/**
 * What sets each recovery cluster apart, without a model: per feature, the
 * cluster's mean against the mean over every loan, in standard deviations of
 * the whole set (a standardised mean difference). It is descriptive, per
 * cluster; the forest's permutation importance (recoveryExplainer.ts) says
 * which features explain membership overall. A feature that is the same for
 * every loan says nothing and is left out.
 */
import type { LoanRecord } from '../loanBook/loanRecord';
import { explainingFeatures, RECOVERY_FEATURES, type LoanFeature } from './recoveryFeatures';

export interface FeatureContrast {
  feature: string;
  /** The feature in plain words. */
  title: string;
  clusterMean: number;
  overallMean: number;
  /** (cluster mean − overall mean) / overall standard deviation. */
  effect: number;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Per cluster label 0..k−1, its `top` features by |effect|, largest first. */
export function clusterContrasts(
  loans: readonly LoanRecord[],
  labels: readonly number[],
  k: number,
  options: { top?: number; features?: readonly LoanFeature[] } = {},
): FeatureContrast[][] {
  if (loans.length !== labels.length) throw new RangeError(`${loans.length} loans but ${labels.length} labels`);
  const features = explainingFeatures(options.features ?? RECOVERY_FEATURES);
  const columns = features.map((f) => loans.map((l) => f.value(l)));
  const overall = columns.map((column) => {
    const m = mean(column);
    return { mean: m, sd: Math.sqrt(mean(column.map((x) => (x - m) ** 2))) };
  });
  return Array.from({ length: k }, (_, cluster) => {
    const members = labels.flatMap((label, i) => (label === cluster ? [i] : []));
    if (members.length === 0) return [];
    return features
      .flatMap((f, j) => {
        if (!(overall[j].sd > 0)) return [];
        const clusterMean = mean(members.map((i) => columns[j][i]));
        return [{ feature: f.name, title: f.title, clusterMean, overallMean: overall[j].mean, effect: (clusterMean - overall[j].mean) / overall[j].sd }];
      })
      .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
      .slice(0, options.top ?? 3);
  });
}
