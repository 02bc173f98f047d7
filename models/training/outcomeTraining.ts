/**
 * The `outcome` recipe: label = Recovery_Status in the adverse set, intake
 * features only (Gender and Age never), the lender-policy monotone
 * constraints of features.ts, 5-fold stratified CV for honest metrics, Platt
 * calibration fitted on the out-of-fold scores (and cross-fitted for the
 * reported metrics), the same CV with Collection_Attempts and with the
 * constraints toggled for comparison, then the final fit on all rows. The
 * folds and the final fit go in one batch so worker threads stay busy.
 */
import { binnedDistribution } from '../monitoring/populationStability';
import { RECOVERY_STATUSES, type LoanRecord } from '../loanBook/loanRecord';
import type { RiskArtifact } from '../risk/artifact';
import { ARTIFACT_FORMAT } from '../risk/artifact';
import { bandFor, resolveBandThresholds, type BandThresholds, type RiskBand } from '../risk/bands';
import type { Calibration } from '../risk/calibration';
import { crossFittedCalibration, foldRequests, outOfFoldProbabilities, stratifiedFolds } from './crossValidation';
import { FEATURE_SPECS, featureVector, monotoneConstraints, type FeatureSpec } from '../risk/features';
import { fitForests, type FitSettings } from './forestJobs';
import type { ForestOptions } from '../risk/forestOptions';
import { resolveForestOptions } from './forestOptions';
import {
  adverseRateRatio,
  brierScore,
  calibrationByDecile,
  expectedCalibrationError,
  ksStatistic,
  rocAuc,
  type CalibrationBin,
  type GroupRates,
} from './metrics';
import { auditMonotonicity, type MonotonicityCheck } from './monotonicityAudit';
import { fitPlatt } from './plattScaling';
import { RiskModel } from '../risk/riskModel';

type RecoveryStatus = (typeof RECOVERY_STATUSES)[number];

export interface OutcomeTrainingOptions extends FitSettings {
  /** Statuses that count as the adverse outcome (label 1). */
  adverseStatuses: RecoveryStatus[];
  withCollectionAttempts: boolean;
  /**
   * Grow with the lender-policy monotone constraints of features.ts, so more
   * arrears, a heavier payment, a lower income or a more lasting hardship
   * never lower the estimate (without them, on loan-recovery.csv, 30 more days
   * past due lowered it for 45 % of loans, by up to 0.34).
   */
  monotone: boolean;
  /** Also cross-validate the variants with Collection_Attempts, and with the constraints, toggled, for the model card. */
  compareVariants: boolean;
  folds: number;
  /** Trees per forest in the comparison CV (it only informs the model card, so it may be lighter). */
  comparisonTrees: number;
  forest: Partial<ForestOptions>;
  thresholds: Partial<BandThresholds>;
  version?: string;
  source: string;
  dataSha256: string;
}

/**
 * Forest settings of this recipe, on top of the grower's scikit-learn
 * defaults. The served output is a probability, not a vote, and leaves of at
 * least 10 rows estimate one better than single-row leaves; half the features
 * per split lets a strong feature win near the root more often, so weak
 * constrained splits rarely sit above it and clip it. On loan-recovery.csv
 * (8 seeds) that moved the constrained model from ROC-AUC 0.808 / Brier 0.141
 * to 0.821 / 0.128.
 */
export const OUTCOME_FOREST: Partial<ForestOptions> = { maxFeatures: 0.5, minSamplesLeaf: 10 };

export const DEFAULT_OUTCOME_OPTIONS: Omit<OutcomeTrainingOptions, 'source' | 'dataSha256'> = {
  adverseStatuses: ['Partially Recovered', 'Written Off'],
  withCollectionAttempts: false,
  monotone: true,
  compareVariants: true,
  folds: 5,
  comparisonTrees: 50,
  forest: {},
  thresholds: {},
};

export interface CvSummary {
  featureSpec: string;
  monotone: boolean;
  rocAuc: number;
  ks: number;
  brier: number;
}

export interface OutcomeMetrics extends CvSummary {
  [key: string]: unknown;
  target: 'outcome';
  folds: number;
  /** The forest's raw out-of-fold scores, before calibration (what scikit-learn's predict_proba compares with). */
  uncalibrated: Pick<CvSummary, 'rocAuc' | 'ks' | 'brier'>;
  /** Deciles of the served (calibrated) score, with the raw score beside it. */
  calibration: CalibrationBin[];
  reliability: { ece: number; eceUncalibrated: number; calibration: Calibration };
  bandRates: Record<RiskBand, number>;
  /** Share of each Gender placed in the high band (out-of-fold) and the min/max ratio. */
  genderHighBand: GroupRates;
  genderMediumOrHighBand: GroupRates;
  /** The same CV with Collection_Attempts, then with the constraints, toggled (comparisonTrees trees per forest, uncalibrated). */
  comparisons: CvSummary[];
  /** The final model against the policy directions, on the training rows. */
  monotonicity: MonotonicityCheck[];
}

export async function trainOutcomeModel(
  rows: LoanRecord[],
  options: Partial<OutcomeTrainingOptions> & Pick<OutcomeTrainingOptions, 'source' | 'dataSha256'>,
): Promise<{ artifact: RiskArtifact; metrics: OutcomeMetrics; folds: number[] }> {
  const o = { ...DEFAULT_OUTCOME_OPTIONS, ...options };
  const thresholds = resolveBandThresholds(o.thresholds);
  const bad = o.adverseStatuses.filter((s) => !(RECOVERY_STATUSES as readonly string[]).includes(s));
  if (o.adverseStatuses.length === 0 || bad.length) throw new RangeError(`adverse statuses must be among ${RECOVERY_STATUSES.join(', ')}`);
  const y: number[] = rows.map((r) => (o.adverseStatuses.includes(r.Recovery_Status) ? 1 : 0));
  const positives = y.reduce((a, b) => a + b, 0);
  if (positives < o.folds || rows.length - positives < o.folds)
    throw new RangeError(`need at least ${o.folds} rows of each class for ${o.folds}-fold CV (have ${positives} adverse of ${rows.length})`);

  const primary = o.withCollectionAttempts ? FEATURE_SPECS.outcomeWithCollections : FEATURE_SPECS.outcome;
  const other = o.withCollectionAttempts ? FEATURE_SPECS.outcome : FEATURE_SPECS.outcomeWithCollections;
  const forestFor = (spec: FeatureSpec, monotone: boolean): ForestOptions =>
    resolveForestOptions({ ...OUTCOME_FOREST, ...o.forest, monotone: monotone ? monotoneConstraints(spec) : [] });
  const forestOptions = forestFor(primary, o.monotone);
  const folds = stratifiedFolds(y, o.folds, forestOptions.seed);
  const X = rows.map((r) => featureVector(primary, r));
  const forests = await fitForests([...foldRequests(X, y, folds), { X, y }], forestOptions, o);
  const raw = outOfFoldProbabilities(forests.slice(0, o.folds), X, folds);
  const p = crossFittedCalibration(raw, y, folds, fitPlatt);
  const calibration = fitPlatt(raw, y);
  const variants: [FeatureSpec, boolean][] = o.compareVariants
    ? [
        [other, o.monotone],
        [primary, !o.monotone],
      ]
    : [];
  const comparisons: CvSummary[] = [];
  for (const [spec, monotone] of variants)
    comparisons.push(await crossValidate(spec, monotone, rows, y, folds, { ...forestFor(spec, monotone), nEstimators: o.comparisonTrees }, o));
  const bands = p.map((v) => bandFor(v, thresholds));
  const share = (band: RiskBand): number => bands.filter((b) => b === band).length / bands.length;
  const genders = rows.map((r) => r.Gender);
  const table = calibrationByDecile(p, y, raw);
  const metrics: OutcomeMetrics = {
    target: 'outcome',
    ...cvSummary(primary, o.monotone, p, y),
    folds: o.folds,
    uncalibrated: { rocAuc: rocAuc(raw, y), ks: ksStatistic(raw, y), brier: brierScore(raw, y) },
    calibration: table,
    reliability: { ece: expectedCalibrationError(table), eceUncalibrated: expectedCalibrationError(calibrationByDecile(raw, y, raw), 'meanRaw'), calibration },
    bandRates: { low: share('low'), medium: share('medium'), high: share('high') },
    genderHighBand: adverseRateRatio(
      genders,
      bands.map((b) => b === 'high'),
    ),
    genderMediumOrHighBand: adverseRateRatio(
      genders,
      bands.map((b) => b !== 'low'),
    ),
    comparisons,
    monotonicity: [],
  };
  const createdAt = new Date().toISOString();
  const artifact: RiskArtifact = {
    format: ARTIFACT_FORMAT,
    formatVersion: 2,
    version: o.version ?? `risk-outcome-${createdAt.slice(0, 10).replace(/-/g, '')}-${o.dataSha256.slice(0, 8)}`,
    createdAt,
    target: 'outcome',
    label: `Recovery_Status is ${o.adverseStatuses.join(' or ')}`,
    featureSpec: primary,
    thresholds,
    forestOptions,
    forest: forests[forests.length - 1],
    calibration,
    metrics,
    training: {
      dataSha256: o.dataSha256,
      rows: rows.length,
      source: o.source,
      positiveRate: positives / rows.length,
      // Out-of-fold scores: what unseen borrowers' scores look like, which in-sample scores of the final forest do not.
      distribution: {
        score: binnedDistribution(p),
        features: Object.fromEntries(primary.features.map((name, j) => [name, binnedDistribution(X.map((x) => x[j]))])),
      },
    },
  };
  metrics.monotonicity = auditMonotonicity(RiskModel.load(artifact), rows);
  // The fold of each row, so a baseline (bench/sklearn_baseline.py) can be scored on exactly the same split.
  return { artifact, metrics, folds };
}

function cvSummary(spec: FeatureSpec, monotone: boolean, p: number[], y: number[]): CvSummary {
  return { featureSpec: spec.id, monotone, rocAuc: rocAuc(p, y), ks: ksStatistic(p, y), brier: brierScore(p, y) };
}

async function crossValidate(
  spec: FeatureSpec,
  monotone: boolean,
  rows: LoanRecord[],
  y: number[],
  folds: number[],
  forest: ForestOptions,
  settings: FitSettings,
): Promise<CvSummary> {
  const X = rows.map((r) => featureVector(spec, r));
  const forests = await fitForests(foldRequests(X, y, folds), forest, settings);
  return cvSummary(spec, monotone, outOfFoldProbabilities(forests, X, folds), y);
}
