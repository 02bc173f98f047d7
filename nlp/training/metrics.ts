import type { HardshipReason } from '../../models/loanBook/loanRecord';
import type { Intent, Period } from '../../models/language/analysis';

/** Quality figures for any system that predicts some of the corpus fields. */
export interface Prediction {
  reasons: readonly HardshipReason[];
  intent?: Intent;
  crisis?: boolean;
  amounts?: readonly { value: number; period: Period | null }[];
}

export interface Gold {
  reasons: readonly HardshipReason[];
  intent: Intent;
  crisis: boolean;
  amounts: readonly { value: number; period: Period | null }[];
}

export interface ReasonScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Scores {
  perReason: Partial<Record<HardshipReason, ReasonScores>>;
  macroF1: number;
  intentAccuracy: number | null;
  /** Over messages whose gold intent is a command (not `none`): the bar the issue sets. */
  commandAccuracy: number | null;
  /** Over messages where the gold or the prediction has an amount. */
  amountExactMatch: number | null;
  crisisRecall: number | null;
  /** Share of messages that are not a crisis but were flagged as one. */
  crisisFalseAlarmRate: number | null;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const amountKey = (amounts: readonly { value: number; period: Period | null }[]): string =>
  amounts
    .map((a) => `${a.value}/${a.period}`)
    .sort()
    .join(',');

export function score(gold: readonly Gold[], predicted: readonly Prediction[]): Scores {
  if (gold.length !== predicted.length) throw new RangeError(`gold has ${gold.length} items but predictions ${predicted.length}`);
  const labels = [...new Set(gold.flatMap((g) => g.reasons))].sort();
  const perReason: Scores['perReason'] = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const truth = g.reasons.includes(label);
      const guess = predicted[i].reasons.includes(label);
      if (truth && guess) tp++;
      else if (guess) fp++;
      else if (truth) fn++;
    });
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    perReason[label] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support: tp + fn };
  }
  const f1s = Object.values(perReason).map((s) => s.f1);
  const withIntent = predicted.filter((p) => p.intent !== undefined);
  const intentAccuracy = withIntent.length === 0 ? null : ratio(gold.filter((g, i) => predicted[i].intent === g.intent).length, gold.length);
  const amountRows = gold.map((g, i) => [g, predicted[i]] as const).filter(([g, p]) => p.amounts && (g.amounts.length > 0 || p.amounts.length > 0));
  const amountExactMatch = predicted.every((p) => !p.amounts)
    ? null
    : ratio(amountRows.filter(([g, p]) => amountKey(g.amounts) === amountKey(p.amounts ?? [])).length, amountRows.length);
  const crisisRows = gold.map((g, i) => [g, predicted[i]] as const).filter(([g, p]) => g.crisis && p.crisis !== undefined);
  const commandRows = gold.map((g, i) => [g, predicted[i]] as const).filter(([g, p]) => g.intent !== 'none' && p.intent !== undefined);
  const commandAccuracy = commandRows.length === 0 ? null : ratio(commandRows.filter(([g, p]) => p.intent === g.intent).length, commandRows.length);
  const calmRows = gold.map((g, i) => [g, predicted[i]] as const).filter(([g, p]) => !g.crisis && p.crisis !== undefined);
  const crisisFalseAlarmRate = calmRows.length === 0 ? null : ratio(calmRows.filter(([, p]) => p.crisis).length, calmRows.length);
  const crisisRecall = crisisRows.length === 0 ? null : ratio(crisisRows.filter(([, p]) => p.crisis).length, crisisRows.length);
  return {
    perReason,
    macroF1: ratio(
      f1s.reduce((a, b) => a + b, 0),
      f1s.length,
    ),
    intentAccuracy,
    commandAccuracy,
    amountExactMatch,
    crisisRecall,
    crisisFalseAlarmRate,
  };
}
