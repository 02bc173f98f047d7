import { firstIssue } from '../shared/firstIssue';
/**
 * The on-disk model: forest, calibration, feature spec, thresholds, metrics
 * and training provenance (SHA-256 of the data, date). Checked in full when
 * loaded. Format 2 added calibration and the per-split forest options; a
 * format-1 file was grown by the old per-tree-sampling grower and is refused.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { BandThresholds } from './bands';
import type { Calibration } from './calibration';
import type { FeatureSpec } from './features';
import type { BinnedDistribution } from '../monitoring/populationStability';
import { isFeatureName } from './features';
import type { CompactForest } from './forest';
import type { ForestOptions } from './forestOptions';

export const ARTIFACT_FORMAT = 'forbear-risk-model';
export type RiskTarget = 'outcome' | 'segment';

export interface TrainingProvenance {
  /** SHA-256 (hex) of the training data as read (file bytes, or the generated book's CSV). */
  dataSha256: string;
  rows: number;
  source: string;
  positiveRate: number;
  /**
   * Decile cut points and shares of the (out-of-fold) score and of each feature in the training data, for
   * population stability later. Artifacts trained before it was recorded have none.
   */
  distribution?: { score: BinnedDistribution; features: Record<string, BinnedDistribution> };
}

export interface RiskArtifact {
  format: typeof ARTIFACT_FORMAT;
  formatVersion: 2;
  version: string;
  createdAt: string;
  target: RiskTarget;
  /** What a positive label meant in training, e.g. "Recovery_Status is not Fully Recovered". */
  label: string;
  featureSpec: FeatureSpec;
  thresholds: BandThresholds;
  forestOptions: ForestOptions;
  forest: CompactForest;
  /** Applied to the forest's raw probability before banding; fitted on out-of-fold scores. */
  calibration: Calibration;
  metrics: Record<string, unknown>;
  training: TrainingProvenance;
}

export class InvalidModelError extends Error {
  override name = 'InvalidModelError';
}

const numbers = z.array(z.number());
const binned = z.object({ edges: numbers, shares: numbers });
const artifactSchema = z.object({
  format: z.literal(ARTIFACT_FORMAT),
  formatVersion: z.literal(2, { error: 'this artifact predates format 2 (calibration, per-split feature sampling): retrain with npm run train' }),
  version: z.string().min(1),
  createdAt: z.string(),
  target: z.enum(['outcome', 'segment']),
  label: z.string(),
  featureSpec: z.object({
    id: z.string(),
    version: z.number().int(),
    features: z.array(z.string().refine(isFeatureName, { message: 'unknown feature' })),
  }),
  thresholds: z.object({ medium: z.number(), high: z.number() }),
  forestOptions: z.object({
    nEstimators: z.number(),
    maxDepth: z.number(),
    maxFeatures: z.union([z.literal('sqrt'), z.number()]),
    minSamplesLeaf: z.number(),
    bins: z.number(),
    seed: z.number(),
    monotone: z.array(z.union([z.literal(-1), z.literal(0), z.literal(1)])),
  }),
  forest: z.object({
    nFeatures: z.number().int(),
    roots: z.array(z.number().int()).min(1),
    feature: z.array(z.number().int()),
    threshold: numbers,
    left: z.array(z.number().int()),
    right: z.array(z.number().int()),
    value: numbers,
  }),
  calibration: z.discriminatedUnion('method', [
    z.object({ method: z.literal('platt'), slope: z.number().min(0), intercept: z.number() }),
    z.object({ method: z.literal('none') }),
  ]),
  metrics: z.record(z.string(), z.unknown()),
  training: z.object({
    dataSha256: z.string(),
    rows: z.number(),
    source: z.string(),
    positiveRate: z.number(),
    distribution: z.object({ score: binned, features: z.record(z.string(), binned) }).optional(),
  }),
});

export function parseArtifact(json: unknown): RiskArtifact {
  const parsed = artifactSchema.safeParse(json);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error, '(root)');
    throw new InvalidModelError(`not a risk model artifact: ${issue.where}: ${issue.message}`);
  }
  const artifact = parsed.data as RiskArtifact;
  checkForest(artifact.forest, artifact.featureSpec.features.length);
  return artifact;
}

function checkForest(f: CompactForest, nFeatures: number): void {
  const n = f.feature.length;
  const fail = (m: string): never => {
    throw new InvalidModelError(`corrupt forest: ${m}`);
  };
  if (f.nFeatures !== nFeatures) fail(`forest has ${f.nFeatures} features, spec lists ${nFeatures}`);
  if ([f.threshold, f.left, f.right, f.value].some((a) => a.length !== n)) fail('node arrays differ in length');
  if (f.roots.some((r) => r < 0 || r >= n)) fail('a root points outside the nodes');
  for (let i = 0; i < n; i++) {
    if (f.feature[i] >= nFeatures) fail(`node ${i} splits on feature ${f.feature[i]}`);
    // Children always come after their parent, which also rules out cycles.
    if (f.feature[i] >= 0 && !(f.left[i] > i && f.left[i] < n && f.right[i] > i && f.right[i] < n)) fail(`node ${i} has bad children`);
    if (!(f.value[i] >= 0 && f.value[i] <= 1)) fail(`node ${i} value ${f.value[i]} is not a probability`);
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
