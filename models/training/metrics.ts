/** Classification metrics for probabilities against 0/1 labels. */

export interface CalibrationBin {
  decile: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
  /** Mean score before calibration, when the table compares the two. */
  meanRaw?: number;
}

export interface ConfusionMatrix {
  truePositive: number;
  falsePositive: number;
  trueNegative: number;
  falseNegative: number;
}

function checkPair(p: readonly number[], y: readonly number[]): void {
  if (p.length !== y.length) throw new RangeError(`${p.length} predictions but ${y.length} labels`);
}

/** ROC-AUC by the rank-sum (Mann–Whitney) statistic, ties counted half. NaN with a single class. */
export function rocAuc(p: readonly number[], y: readonly number[]): number {
  checkPair(p, y);
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  let rankSumPositive = 0;
  let positives = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]] === p[order[i]]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y[order[k]] === 1) {
        rankSumPositive += averageRank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Kolmogorov–Smirnov: largest gap between the score distributions of positives and negatives. */
export function ksStatistic(p: readonly number[], y: readonly number[]): number {
  checkPair(p, y);
  const positives = y.filter((v) => v === 1).length;
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  let cdfPos = 0;
  let cdfNeg = 0;
  let best = 0;
  for (let i = 0; i < order.length; i++) {
    if (y[order[i]] === 1) cdfPos += 1 / positives;
    else cdfNeg += 1 / negatives;
    if (i + 1 < order.length && p[order[i + 1]] === p[order[i]]) continue;
    best = Math.max(best, Math.abs(cdfNeg - cdfPos));
  }
  return best;
}

export function brierScore(p: readonly number[], y: readonly number[]): number {
  checkPair(p, y);
  return p.reduce((s, v, i) => s + (v - y[i]) ** 2, 0) / p.length;
}

/** Rows sorted by prediction and cut into ten equal groups; `raw` adds each group's score before calibration. */
export function calibrationByDecile(p: readonly number[], y: readonly number[], raw?: readonly number[]): CalibrationBin[] {
  checkPair(p, y);
  if (raw) checkPair(raw, y);
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  const bins: CalibrationBin[] = [];
  for (let d = 0; d < 10; d++) {
    const members = order.slice(Math.floor((d * order.length) / 10), Math.floor(((d + 1) * order.length) / 10));
    if (members.length === 0) continue;
    bins.push({
      decile: d + 1,
      count: members.length,
      meanPredicted: members.reduce((s, i) => s + p[i], 0) / members.length,
      observedRate: members.reduce((s, i) => s + y[i], 0) / members.length,
      ...(raw ? { meanRaw: members.reduce((s, i) => s + raw[i], 0) / members.length } : {}),
    });
  }
  return bins;
}

/** Expected calibration error over a decile table: the row-weighted mean gap between predicted and observed. */
export function expectedCalibrationError(bins: readonly CalibrationBin[], key: 'meanPredicted' | 'meanRaw' = 'meanPredicted'): number {
  const rows = bins.reduce((s, b) => s + b.count, 0);
  return bins.reduce((s, b) => s + (b.count / rows) * Math.abs((b[key] ?? NaN) - b.observedRate), 0);
}

export function confusionMatrix(p: readonly number[], y: readonly number[], cutoff = 0.5): ConfusionMatrix {
  checkPair(p, y);
  const m: ConfusionMatrix = { truePositive: 0, falsePositive: 0, trueNegative: 0, falseNegative: 0 };
  p.forEach((v, i) => {
    const predicted = v >= cutoff;
    if (predicted && y[i] === 1) m.truePositive++;
    else if (predicted) m.falsePositive++;
    else if (y[i] === 1) m.falseNegative++;
    else m.trueNegative++;
  });
  return m;
}

export function accuracy(m: ConfusionMatrix): number {
  return (m.truePositive + m.trueNegative) / (m.truePositive + m.trueNegative + m.falsePositive + m.falseNegative);
}

export function precision(m: ConfusionMatrix): number {
  return m.truePositive / (m.truePositive + m.falsePositive);
}

export interface GroupRates {
  /** Share of each group placed in the adverse band. */
  rates: Record<string, number>;
  counts: Record<string, number>;
  /** Lowest rate / highest rate (1 = parity; the four-fifths rule flags < 0.8). */
  ratio: number;
}

/** Adverse-outcome rate per group and the min/max ratio (disparate impact). */
export function adverseRateRatio(groups: readonly string[], adverse: readonly boolean[]): GroupRates {
  if (groups.length !== adverse.length) throw new RangeError(`${groups.length} groups but ${adverse.length} flags`);
  const counts: Record<string, number> = {};
  const hits: Record<string, number> = {};
  groups.forEach((g, i) => {
    counts[g] = (counts[g] ?? 0) + 1;
    hits[g] = (hits[g] ?? 0) + (adverse[i] ? 1 : 0);
  });
  const rates = Object.fromEntries(Object.keys(counts).map((g) => [g, hits[g] / counts[g]]));
  const values = Object.values(rates);
  const max = Math.max(...values);
  return { rates, counts, ratio: max === 0 ? 1 : Math.min(...values) / max };
}
