/**
 * Weighted-average recovery time of a group of loans: the month in which the
 * average unit of money was collected, Σ t·amount / Σ amount with month 1 the
 * first, each loan's shares weighted by its balance at the start so the
 * result is in money, not in loans. Also the share of the starting balances
 * recovered within the window. A group that recovered nothing has no
 * recovery time (null), not an infinite one.
 */
import type { Series } from './dtw';

export interface RecoverySummary {
  loans: number;
  /** Months; null when nothing was collected. */
  weightedRecoveryMonths: number | null;
  /** Collected / balance at the start, over the group. */
  recoveredShare: number;
}

export function recoverySummary(series: readonly Series[], balances: readonly number[]): RecoverySummary {
  if (series.length !== balances.length) throw new RangeError(`${series.length} series but ${balances.length} balances`);
  let timed = 0;
  let collected = 0;
  let owed = 0;
  series.forEach((s, i) => {
    owed += balances[i];
    s.forEach((share, t) => {
      timed += (t + 1) * share * balances[i];
      collected += share * balances[i];
    });
  });
  return {
    loans: series.length,
    weightedRecoveryMonths: collected > 0 ? timed / collected : null,
    recoveredShare: owed > 0 ? collected / owed : 0,
  };
}
