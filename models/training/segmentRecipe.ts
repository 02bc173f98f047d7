/**
 * The reference notebook's recipe, reproduced: K-Means (k = 4) on the ten
 * standardised features, the two highest-burden clusters labelled high risk,
 * a 200-tree forest at max depth 8 (scikit-learn's other defaults: √features
 * per split, leaves of one row, bootstrap) on an 80/20 stratified split. The
 * label is a function of the same features, so a high AUC here says little
 * about repayment; its features include Age, so serving refuses the artifact.
 */
import { kmeans } from 'ml-kmeans';
import type { LoanRecord } from '../loanBook/loanRecord';
import { ARTIFACT_FORMAT, type RiskArtifact } from '../risk/artifact';
import { resolveBandThresholds, type BandThresholds } from '../risk/bands';
import { stratifiedFolds } from './crossValidation';
import { FEATURE_SPECS, featureVector } from '../risk/features';
import { forestWalker } from '../risk/forest';
import { fitForests, type FitSettings } from './forestJobs';
import type { ForestOptions } from '../risk/forestOptions';
import { resolveForestOptions } from './forestOptions';
import { accuracy, confusionMatrix, precision, rocAuc, type ConfusionMatrix } from './metrics';

export interface SegmentRecipeOptions extends FitSettings {
  forest: Partial<ForestOptions>;
  thresholds: Partial<BandThresholds>;
  version?: string;
  source: string;
  dataSha256: string;
}

export interface SegmentMetrics {
  [key: string]: unknown;
  target: 'segment';
  testRows: number;
  accuracy: number;
  precision: number;
  rocAuc: number;
  confusionMatrix: ConfusionMatrix;
  /** Cluster sizes and which clusters were labelled high risk. */
  clusters: { size: number; burden: number; highRisk: boolean }[];
}

/** The notebook's forest: 200 trees at depth 8, otherwise scikit-learn's defaults (which are ours too). */
export const SEGMENT_FOREST: Partial<ForestOptions> = { nEstimators: 200, maxDepth: 8 };

/** Burden = mean z of amount, outstanding, EMI, missed payments, days past due, minus z of income. */
const BURDEN_WEIGHTS: Record<string, number> = { loan_amount: 1, outstanding: 1, monthly_emi: 1, missed_payments: 1, days_past_due: 1, monthly_income: -1 };

function standardise(X: number[][]): number[][] {
  const columns = X[0].length;
  const mean = Array.from({ length: columns }, (_, c) => X.reduce((s, r) => s + r[c], 0) / X.length);
  const sd = mean.map((m, c) => Math.sqrt(X.reduce((s, r) => s + (r[c] - m) ** 2, 0) / X.length) || 1);
  return X.map((r) => r.map((v, c) => (v - mean[c]) / sd[c]));
}

export async function runSegmentRecipe(
  rows: LoanRecord[],
  options: Partial<SegmentRecipeOptions> & Pick<SegmentRecipeOptions, 'source' | 'dataSha256'>,
): Promise<{ artifact: RiskArtifact; metrics: SegmentMetrics }> {
  if (rows.length < 20) throw new RangeError(`the segment recipe needs at least 20 rows, got ${rows.length}`);
  const spec = FEATURE_SPECS.segment;
  const forestOptions = resolveForestOptions({ ...SEGMENT_FOREST, ...options.forest });
  const thresholds = resolveBandThresholds(options.thresholds);
  const X = rows.map((r) => featureVector(spec, r));
  const Z = standardise(X);
  const { clusters } = kmeans(Z, 4, { seed: forestOptions.seed, initialization: 'kmeans++' });
  const summary = [0, 1, 2, 3].map((k) => {
    const members = Z.filter((_, i) => clusters[i] === k);
    const burden = members.reduce((s, z) => s + spec.features.reduce((t, f, c) => t + (BURDEN_WEIGHTS[f] ?? 0) * z[c], 0), 0) / Math.max(1, members.length);
    return { size: members.length, burden, highRisk: false };
  });
  [...summary]
    .sort((a, b) => b.burden - a.burden)
    .slice(0, 2)
    .forEach((c) => (c.highRisk = true));
  const y: number[] = clusters.map((k) => (summary[k].highRisk ? 1 : 0));

  // Fold 0 of a 5-fold stratified split is the 20 % test set.
  const folds = stratifiedFolds(y, 5, forestOptions.seed);
  const train = X.map((_, i) => i).filter((i) => folds[i] !== 0);
  const test = X.map((_, i) => i).filter((i) => folds[i] === 0);
  const [forest] = await fitForests([{ X: train.map((i) => X[i]), y: train.map((i) => y[i]) }], forestOptions, options);
  const walker = forestWalker(forest);
  const p = test.map((i) => walker.predict(X[i]));
  const yTest = test.map((i) => y[i]);
  const matrix = confusionMatrix(p, yTest);
  const metrics: SegmentMetrics = {
    target: 'segment',
    testRows: test.length,
    accuracy: accuracy(matrix),
    precision: precision(matrix),
    rocAuc: rocAuc(p, yTest),
    confusionMatrix: matrix,
    clusters: summary,
  };
  const createdAt = new Date().toISOString();
  const artifact: RiskArtifact = {
    format: ARTIFACT_FORMAT,
    formatVersion: 2,
    version: options.version ?? `risk-segment-${createdAt.slice(0, 10).replace(/-/g, '')}-${options.dataSha256.slice(0, 8)}`,
    createdAt,
    target: 'segment',
    label: 'in one of the two highest-burden K-Means segments (k = 4)',
    featureSpec: spec,
    thresholds,
    forestOptions,
    forest,
    calibration: { method: 'none' },
    metrics,
    training: { dataSha256: options.dataSha256, rows: train.length, source: options.source, positiveRate: y.reduce((a, b) => a + b, 0) / y.length },
  };
  return { artifact, metrics };
}
