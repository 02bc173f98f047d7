/**
 * The `outcome` recipe: label = Recovery_Status in the adverse set, intake
 * features only (Gender and Age never), 5-fold stratified CV for honest
 * metrics, the same CV with Collection_Attempts toggled for comparison, then
 * the final fit on all rows. Everything is fitted in one parallel batch.
 */
import { RECOVERY_STATUSES, type LoanRecord } from '../loanBook/loanRecord';
import type { RiskArtifact } from '../risk/artifact';
import { ARTIFACT_FORMAT } from '../risk/artifact';
import { bandFor, resolveBandThresholds, type BandThresholds } from '../risk/bands';
import { foldRequests, outOfFoldProbabilities, stratifiedFolds } from './crossValidation';
import { FEATURE_SPECS, featureVector, type FeatureSpec } from '../risk/features';
import { fitForests, type FitSettings } from './forestJobs';
import { resolveForestOptions, type ForestOptions } from './forestOptions';
import { adverseRateRatio, brierScore, calibrationByDecile, ksStatistic, rocAuc, type CalibrationBin, type GroupRates } from './metrics';

type RecoveryStatus = (typeof RECOVERY_STATUSES)[number];

export interface OutcomeTrainingOptions extends FitSettings {
  /** Statuses that count as the adverse outcome (label 1). */
  adverseStatuses: RecoveryStatus[];
  withCollectionAttempts: boolean;
  /** Also cross-validate the variant with Collection_Attempts toggled, for the model card. */
  compareCollectionAttempts: boolean;
  folds: number;
  /** Trees per forest in the comparison CV (it only informs the model card, so it may be lighter). */
  comparisonTrees: number;
  forest: Partial<ForestOptions>;
  thresholds: Partial<BandThresholds>;
  version?: string;
  source: string;
  dataSha256: string;
}

export const DEFAULT_OUTCOME_OPTIONS: Omit<OutcomeTrainingOptions, 'source' | 'dataSha256'> = {
  adverseStatuses: ['Partially Recovered', 'Written Off'],
  withCollectionAttempts: false,
  compareCollectionAttempts: true,
  folds: 5,
  comparisonTrees: 50,
  forest: {},
  thresholds: {},
};

export interface CvSummary {
  featureSpec: string;
  rocAuc: number;
  ks: number;
  brier: number;
}

export interface OutcomeMetrics extends CvSummary {
  [key: string]: unknown;
  target: 'outcome';
  folds: number;
  calibration: CalibrationBin[];
  bandRates: Record<'low' | 'medium' | 'high', number>;
  /** Share of each Gender placed in the high band (out-of-fold) and the min/max ratio. */
  genderHighBand: GroupRates;
  genderMediumOrHighBand: GroupRates;
  /** The same CV with Collection_Attempts toggled (comparisonTrees trees per forest). */
  comparison?: CvSummary;
}

export async function trainOutcomeModel(
  rows: LoanRecord[],
  options: Partial<OutcomeTrainingOptions> & Pick<OutcomeTrainingOptions, 'source' | 'dataSha256'>,
): Promise<{ artifact: RiskArtifact; metrics: OutcomeMetrics }> {
  const o = { ...DEFAULT_OUTCOME_OPTIONS, ...options };
  const forestOptions = resolveForestOptions(o.forest);
  const thresholds = resolveBandThresholds(o.thresholds);
  const bad = o.adverseStatuses.filter((s) => !(RECOVERY_STATUSES as readonly string[]).includes(s));
  if (o.adverseStatuses.length === 0 || bad.length) throw new RangeError(`adverse statuses must be among ${RECOVERY_STATUSES.join(', ')}`);
  const y: number[] = rows.map((r) => (o.adverseStatuses.includes(r.Recovery_Status) ? 1 : 0));
  const positives = y.reduce((a, b) => a + b, 0);
  if (positives < o.folds || rows.length - positives < o.folds)
    throw new RangeError(`need at least ${o.folds} rows of each class for ${o.folds}-fold CV (have ${positives} adverse of ${rows.length})`);

  const primary = o.withCollectionAttempts ? FEATURE_SPECS.outcomeWithCollections : FEATURE_SPECS.outcome;
  const other = o.withCollectionAttempts ? FEATURE_SPECS.outcome : FEATURE_SPECS.outcomeWithCollections;
  const folds = stratifiedFolds(y, o.folds, forestOptions.seed);
  const X = rows.map((r) => featureVector(primary, r));
  // The folds and the final fit go in one batch so worker threads stay busy.
  const forests = await fitForests([...foldRequests(X, y, folds), { X, y }], forestOptions, o);
  const p = outOfFoldProbabilities(forests.slice(0, o.folds), X, folds);
  const summary = cvSummary(primary, p, y);
  const comparison = o.compareCollectionAttempts
    ? await crossValidate(other, rows, y, folds, { ...forestOptions, nEstimators: o.comparisonTrees }, o)
    : undefined;
  const bands = p.map((v) => bandFor(v, thresholds));
  const genders = rows.map((r) => r.Gender);
  const metrics: OutcomeMetrics = {
    target: 'outcome',
    ...summary,
    folds: o.folds,
    calibration: calibrationByDecile(p, y),
    bandRates: {
      low: bands.filter((b) => b === 'low').length / bands.length,
      medium: bands.filter((b) => b === 'medium').length / bands.length,
      high: bands.filter((b) => b === 'high').length / bands.length,
    },
    genderHighBand: adverseRateRatio(
      genders,
      bands.map((b) => b === 'high'),
    ),
    genderMediumOrHighBand: adverseRateRatio(
      genders,
      bands.map((b) => b !== 'low'),
    ),
    ...(comparison ? { comparison } : {}),
  };
  const createdAt = new Date().toISOString();
  const artifact: RiskArtifact = {
    format: ARTIFACT_FORMAT,
    formatVersion: 1,
    version: o.version ?? `risk-outcome-${createdAt.slice(0, 10).replace(/-/g, '')}-${o.dataSha256.slice(0, 8)}`,
    createdAt,
    target: 'outcome',
    label: `Recovery_Status is ${o.adverseStatuses.join(' or ')}`,
    featureSpec: primary,
    thresholds,
    forestOptions,
    forest: forests[forests.length - 1],
    metrics,
    training: { dataSha256: o.dataSha256, rows: rows.length, source: o.source, positiveRate: positives / rows.length },
  };
  return { artifact, metrics };
}

function cvSummary(spec: FeatureSpec, p: number[], y: number[]): CvSummary {
  return { featureSpec: spec.id, rocAuc: rocAuc(p, y), ks: ksStatistic(p, y), brier: brierScore(p, y) };
}

async function crossValidate(
  spec: FeatureSpec,
  rows: LoanRecord[],
  y: number[],
  folds: number[],
  forest: ForestOptions,
  settings: FitSettings,
): Promise<CvSummary> {
  const X = rows.map((r) => featureVector(spec, r));
  const forests = await fitForests(foldRequests(X, y, folds), forest, settings);
  return cvSummary(spec, outOfFoldProbabilities(forests, X, folds), y);
}
