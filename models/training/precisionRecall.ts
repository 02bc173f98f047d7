/**
 * Precision and recall of a detector's scores against 0/1 labels, for
 * anomaly detection where positives are rare and ROC-AUC flatters.
 */

export interface PrAt {
  threshold: number;
  precision: number;
  recall: number;
  flagged: number;
  truePositives: number;
}

function check(scores: readonly number[], labels: readonly number[]): number {
  if (scores.length !== labels.length) throw new RangeError(`${scores.length} scores but ${labels.length} labels`);
  return labels.filter((y) => y === 1).length;
}

/** Flagged = score ≥ threshold. Precision is 1 when nothing is flagged (no false alarm was raised). */
export function precisionRecallAt(scores: readonly number[], labels: readonly number[], threshold: number): PrAt {
  const positives = check(scores, labels);
  let flagged = 0;
  let truePositives = 0;
  scores.forEach((s, i) => {
    if (s < threshold) return;
    flagged++;
    if (labels[i] === 1) truePositives++;
  });
  return { threshold, precision: flagged > 0 ? truePositives / flagged : 1, recall: positives > 0 ? truePositives / positives : NaN, flagged, truePositives };
}

/** One point per distinct score, from the highest threshold down. */
export function precisionRecallCurve(scores: readonly number[], labels: readonly number[]): PrAt[] {
  const positives = check(scores, labels);
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const curve: PrAt[] = [];
  let truePositives = 0;
  for (let k = 0; k < order.length; k++) {
    if (labels[order[k]] === 1) truePositives++;
    const threshold = scores[order[k]];
    if (k + 1 < order.length && scores[order[k + 1]] === threshold) continue;
    curve.push({ threshold, precision: truePositives / (k + 1), recall: positives > 0 ? truePositives / positives : NaN, flagged: k + 1, truePositives });
  }
  return curve;
}

/** Average precision: precision at each threshold weighted by the recall it adds (the area under the PR curve, step-wise). */
export function averagePrecision(curve: readonly PrAt[]): number {
  let area = 0;
  let previousRecall = 0;
  for (const point of curve) {
    area += (point.recall - previousRecall) * point.precision;
    previousRecall = point.recall;
  }
  return area;
}

/** Highest precision among thresholds that reach at least `recall`; 0 when none does. */
export function precisionAtRecall(curve: readonly PrAt[], recall: number): number {
  return curve.filter((p) => p.recall >= recall).reduce((best, p) => Math.max(best, p.precision), 0);
}
