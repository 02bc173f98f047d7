/** The outcome model's sections of the model card: CV, calibration and reliability, monotonicity, fairness. */
import type { CvSummary, OutcomeMetrics } from './outcomeTraining';

export const f3 = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : 'n/a');
export const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;

/** Below this cross-validated ROC-AUC a book's intake features carry little signal (the trainer warns too). */
export const LOW_SIGNAL_AUC = 0.6;

const variant = (s: CvSummary): string => `${s.featureSpec}, ${s.monotone ? 'monotone-constrained' : 'unconstrained'}`;

/** Predicted (#) and observed (o) per decile on a 0-1 scale of 40 characters. */
function reliabilityChart(m: OutcomeMetrics): string[] {
  const at = (v: number): number => Math.max(0, Math.min(40, Math.round(v * 40)));
  return [
    '```',
    'decile  0 ------------------- 0.5 ------------------ 1',
    ...m.calibration.map((b) => {
      const row = Array.from({ length: 41 }, () => ' ');
      row[at(b.meanPredicted)] = '#';
      row[at(b.observedRate)] = row[at(b.observedRate)] === '#' ? '@' : 'o';
      return `${String(b.decile).padStart(6)}  ${row.join('')}`;
    }),
    '#: mean calibrated prediction, o: observed rate, @: both',
    '```',
  ];
}

export function outcomeSection(m: OutcomeMetrics): string[] {
  const genders = Object.keys(m.genderHighBand.rates);
  const u = m.uncalibrated;
  return [
    `## Cross-validated performance (${m.folds}-fold stratified, out-of-fold)`,
    '',
    '| Model | ROC-AUC | KS | Brier |',
    '|---|---|---|---|',
    `| ${variant(m)}: this model, calibrated (served) | ${f3(m.rocAuc)} | ${f3(m.ks)} | ${f3(m.brier)} |`,
    `| ${variant(m)}: this model, raw forest scores | ${f3(u.rocAuc)} | ${f3(u.ks)} | ${f3(u.brier)} |`,
    ...m.comparisons.map((c) => `| ${variant(c)} (comparison, raw) | ${f3(c.rocAuc)} | ${f3(c.ks)} | ${f3(c.brier)} |`),
    '',
    ...(m.rocAuc < LOW_SIGNAL_AUC
      ? [
          `**Warning: cross-validated ROC-AUC ${f3(m.rocAuc)} is below ${LOW_SIGNAL_AUC}: this book's intake features carry little signal.** ` +
            'Scores will sit near the base rate; do not use them to tell borrowers apart.',
          '',
        ]
      : []),
    'Calibrated metrics are cross-fitted: each fold is calibrated by a fit on the other folds only. ' +
      'Collection_Attempts accrue after a loan goes bad, so they are not known when a borrower first reports a hardship and they partly encode the outcome; ' +
      'the intake-only model is the honest one for a new hardship case.',
    '',
    '## Calibration and reliability (out-of-fold)',
    '',
    `Expected calibration error over deciles: ${f3(m.reliability.ece)} calibrated, ${f3(m.reliability.eceUncalibrated)} raw. ` +
      `Brier score: ${f3(m.brier)} calibrated, ${f3(u.brier)} raw.`,
    '',
    '| Decile | Rows | Mean raw score | Mean calibrated | Observed rate |',
    '|---|---|---|---|---|',
    ...m.calibration.map((b) => `| ${b.decile} | ${b.count} | ${f3(b.meanRaw ?? NaN)} | ${f3(b.meanPredicted)} | ${f3(b.observedRate)} |`),
    '',
    ...reliabilityChart(m),
    '',
    `Band rates (out-of-fold, calibrated): low ${pct(m.bandRates.low)}, medium ${pct(m.bandRates.medium)}, high ${pct(m.bandRates.high)}.`,
    '',
    '## Policy directions (final model, training rows)',
    '',
    '| Change | Loans | Estimate went down | Largest drop |',
    '|---|---|---|---|',
    ...m.monotonicity.map((c) => `| ${c.change} | ${c.loans} | ${c.lowered} (${pct(c.lowered / c.loans)}) | ${f3(c.largestDrop)} |`),
    '',
    m.monotone
      ? 'Grown with monotone constraints, so none of these changes can lower the estimate.'
      : 'Grown without monotone constraints (`--unconstrained`; the comparison row above shows the constrained model on this book). ' +
        'Reasons flag any effect that goes against these directions.',
    '',
    '## Fairness',
    '',
    'Gender and Age are never model inputs, and the server refuses any artifact that uses them. Out-of-fold share of each Gender placed in the adverse band:',
    '',
    '| Gender | Rows | High band | Medium or high |',
    '|---|---|---|---|',
    ...genders.map((g) => `| ${g} | ${m.genderHighBand.counts[g]} | ${pct(m.genderHighBand.rates[g])} | ${pct(m.genderMediumOrHighBand.rates[g])} |`),
    '',
    `Adverse-band rate ratio (lowest / highest group): high band ${f3(m.genderHighBand.ratio)}, medium-or-high ${f3(m.genderMediumOrHighBand.ratio)} (below 0.8 fails the four-fifths rule; tiny groups make the ratio noisy).`,
    '',
    '## Use and limits',
    '',
    "Orders hardship cases for a human and shapes offers; it never decides alone. Reasons are path attributions: each split on a tree path moves that tree's positive share, " +
      'the move is credited to the split feature, and the credits (averaged over trees, then scaled onto the calibrated probability) plus the base rate equal the probability. ' +
      'Staff see each reason with its figure; borrowers see only why a plan was chosen.',
  ];
}
