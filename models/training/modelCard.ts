/** Human-readable model card (Markdown) written next to each artifact. */
import type { RiskArtifact } from '../risk/artifact';
import type { OutcomeMetrics } from './outcomeTraining';
import type { SegmentMetrics } from './segmentRecipe';

const f3 = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : 'n/a');
const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;

export interface ModelCardExtras {
  trainingSeconds?: number;
  artifactBytes?: number;
}

export function renderModelCard(artifact: RiskArtifact, metrics: OutcomeMetrics | SegmentMetrics, extras: ModelCardExtras = {}): string {
  const o = artifact.forestOptions;
  const lines = [
    `# Model card: ${artifact.version}`,
    '',
    `- Target: **${artifact.target}**; positive label: ${artifact.label}`,
    `- Created: ${artifact.createdAt}`,
    `- Training data: ${artifact.training.source}, ${artifact.training.rows} rows, positive rate ${pct(artifact.training.positiveRate)}`,
    `- Data SHA-256: \`${artifact.training.dataSha256}\``,
    `- Features (${artifact.featureSpec.id} v${artifact.featureSpec.version}): ${artifact.featureSpec.features.join(', ')}`,
    `- Forest: ${o.nEstimators} trees grown by ml-random-forest, max depth ${o.maxDepth}, ${pct(o.maxFeatures)} of features per tree (no replacement), leaves at <= ${o.minNumSamples} rows, ${o.bins} quantile bins per feature while growing, seed ${o.seed}.`,
    "- Probabilities are the mean of the trees' leaf class shares (computed from the trees, not the library's `predictProbability`); node values are rounded to 4 decimals to keep the artifact small.",
    `- Bands: high > ${artifact.thresholds.high}, medium > ${artifact.thresholds.medium}, else low.`,
    ...(extras.trainingSeconds !== undefined ? [`- Training time (CV and final fit): ${extras.trainingSeconds.toFixed(1)} s`] : []),
    ...(extras.artifactBytes !== undefined ? [`- Artifact size: ${(extras.artifactBytes / 1024).toFixed(0)} KiB`] : []),
    '',
  ];
  return [...lines, ...(metrics.target === 'outcome' ? outcomeSection(metrics) : segmentSection(metrics))].join('\n') + '\n';
}

function outcomeSection(m: OutcomeMetrics): string[] {
  const genders = Object.keys(m.genderHighBand.rates);
  return [
    `## Cross-validated performance (${m.folds}-fold stratified, out-of-fold)`,
    '',
    '| Features | ROC-AUC | KS | Brier |',
    '|---|---|---|---|',
    `| ${m.featureSpec} (this model) | ${f3(m.rocAuc)} | ${f3(m.ks)} | ${f3(m.brier)} |`,
    ...(m.comparison ? [`| ${m.comparison.featureSpec} (comparison) | ${f3(m.comparison.rocAuc)} | ${f3(m.comparison.ks)} | ${f3(m.comparison.brier)} |`] : []),
    '',
    'Collection_Attempts accrue after a loan goes bad, so they are not known when a borrower first reports a hardship and they partly encode the outcome. ' +
      'On the real loan-recovery file almost all of the predictive signal sits in that column (scikit-learn: about 0.81 ROC-AUC with it, 0.46 without); ' +
      'the intake-only model is the honest one for a new hardship case.',
    '',
    '## Calibration by decile (out-of-fold)',
    '',
    '| Decile | Rows | Mean predicted | Observed rate |',
    '|---|---|---|---|',
    ...m.calibration.map((b) => `| ${b.decile} | ${b.count} | ${f3(b.meanPredicted)} | ${f3(b.observedRate)} |`),
    '',
    `Band rates (out-of-fold): low ${pct(m.bandRates.low)}, medium ${pct(m.bandRates.medium)}, high ${pct(m.bandRates.high)}.`,
    '',
    '## Fairness',
    '',
    'Gender and Age are never model inputs. Out-of-fold share of each Gender placed in the adverse band:',
    '',
    '| Gender | Rows | High band | Medium or high |',
    '|---|---|---|---|',
    ...genders.map((g) => `| ${g} | ${m.genderHighBand.counts[g]} | ${pct(m.genderHighBand.rates[g])} | ${pct(m.genderMediumOrHighBand.rates[g])} |`),
    '',
    `Adverse-band rate ratio (lowest / highest group): high band ${f3(m.genderHighBand.ratio)}, medium-or-high ${f3(m.genderMediumOrHighBand.ratio)} (below 0.8 fails the four-fifths rule; tiny groups make the ratio noisy).`,
    '',
    '## Use and limits',
    '',
    "Orders hardship cases for a human and shapes offers; it never decides alone. Reasons are path attributions: each split on a tree path moves that tree's positive share, the move is credited to the split feature, and the credits (averaged over trees) plus the base rate equal the probability.",
  ];
}

function segmentSection(m: SegmentMetrics): string[] {
  const c = m.confusionMatrix;
  return [
    `## Hold-out performance (20 % stratified test set, ${m.testRows} rows)`,
    '',
    `Accuracy ${f3(m.accuracy)}, precision ${f3(m.precision)}, ROC-AUC ${f3(m.rocAuc)}.`,
    '',
    '| | Predicted high | Predicted not high |',
    '|---|---|---|',
    `| Actually high | ${c.truePositive} | ${c.falseNegative} |`,
    `| Actually not high | ${c.falsePositive} | ${c.trueNegative} |`,
    '',
    `Clusters: ${m.clusters.map((k) => `${k.size} rows, burden ${f3(k.burden)}${k.highRisk ? ' (high risk)' : ''}`).join('; ')}.`,
    '',
    'The label is a function of the same features (it reproduces the reference notebook), so this AUC says little about repayment; use the outcome model for decisions.',
  ];
}
