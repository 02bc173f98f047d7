/** Human-readable model card (Markdown) written next to each artifact. */
import type { RiskArtifact } from '../risk/artifact';
import { monotoneConstraints } from '../risk/features';
import { f3, outcomeSection, pct } from './modelCardOutcome';
import type { OutcomeMetrics } from './outcomeTraining';
import type { SegmentMetrics } from './segmentRecipe';

export interface ModelCardExtras {
  trainingSeconds?: number;
  artifactBytes?: number;
}

/** What the model was trained on, said plainly: a synthetic book's metrics say nothing about real repayment. */
function provenance(artifact: RiskArtifact): string[] {
  const t = artifact.training;
  const synthetic = t.source.startsWith('synthetic');
  return [
    `- Training data: ${t.source}, ${t.rows} rows, positive rate ${pct(t.positiveRate)}`,
    ...(synthetic
      ? [
          '- **Trained on a synthetic loan book**, generated from the assumptions documented in the README ("The synthetic loan book"). ' +
            'Its metrics measure how well it recovers those assumptions, not how it does on real borrowers; it has not been validated on a real book. ' +
            'Retrain on your own book (`npm run train -- --data FILE`) before relying on it.',
        ]
      : []),
    `- Data SHA-256: \`${t.dataSha256}\``,
  ];
}

function forestLine(artifact: RiskArtifact): string {
  const o = artifact.forestOptions;
  const perSplit = o.maxFeatures === 'sqrt' ? '√(number of features)' : `${pct(o.maxFeatures)} of the features`;
  const constrained = artifact.featureSpec.features.filter((_, i) => (o.monotone[i] ?? 0) !== 0);
  const directions = monotoneConstraints(artifact.featureSpec);
  const monotone =
    constrained.length > 0
      ? `monotone constraints on ${constrained.map((f) => `${f} (${directions[artifact.featureSpec.features.indexOf(f)] > 0 ? 'up' : 'down'})`).join(', ')}`
      : 'no monotone constraints';
  return (
    `- Forest: ${o.nEstimators} trees grown by Forbear's own CART grower (Gini, bootstrap rows, ${perSplit} drawn at every split), ` +
    `max depth ${o.maxDepth}, leaves of at least ${o.minSamplesLeaf} row(s), at most ${o.bins} bins per feature, ${monotone}, seed ${o.seed}.`
  );
}

export function renderModelCard(artifact: RiskArtifact, metrics: OutcomeMetrics | SegmentMetrics, extras: ModelCardExtras = {}): string {
  const c = artifact.calibration;
  const lines = [
    `# Model card: ${artifact.version}`,
    '',
    `- Target: **${artifact.target}**; positive label: ${artifact.label}`,
    `- Created: ${artifact.createdAt}`,
    ...provenance(artifact),
    `- Features (${artifact.featureSpec.id} v${artifact.featureSpec.version}): ${artifact.featureSpec.features.join(', ')}`,
    forestLine(artifact),
    "- Raw probability: the mean of the trees' leaf shares; node values are rounded to 4 decimals to keep the artifact small.",
    c.method === 'platt'
      ? `- Calibration: Platt scaling on the log-odds, fitted on the out-of-fold scores (slope ${f3(c.slope)}, intercept ${f3(c.intercept)}); applied before banding.`
      : '- Calibration: none.',
    `- Bands: high > ${artifact.thresholds.high}, medium > ${artifact.thresholds.medium}, else low.`,
    ...(extras.trainingSeconds !== undefined ? [`- Training time (CV and final fit): ${extras.trainingSeconds.toFixed(1)} s`] : []),
    ...(extras.artifactBytes !== undefined ? [`- Artifact size: ${(extras.artifactBytes / 1024).toFixed(0)} KiB`] : []),
    '',
  ];
  return [...lines, ...(metrics.target === 'outcome' ? outcomeSection(metrics) : segmentSection(metrics))].join('\n') + '\n';
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
    'The label is a function of the same features (it reproduces the reference notebook), so this AUC says little about repayment. ' +
      'Its features include Age, so the server refuses this artifact: it is for comparison with the notebook only; use the outcome model for decisions.',
  ];
}
