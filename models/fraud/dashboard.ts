import { currentVerdict, type FraudRecord } from './review';
import { SIGNAL_FAMILY, SIGNAL_KINDS, type SignalFamily, type SignalKind } from './signal';

/**
 * The supervisors' fraud counters: how many flagged signals of each kind, how
 * many cases a person has reviewed, and how often the concern was confirmed.
 * A kind that is rarely confirmed is a threshold to raise or a signal to fix.
 */

export interface KindCounts {
  /** Flagged signals of this kind. */
  signals: number;
  /** Of the cases carrying it, those reviewed, and those confirmed. */
  reviewed: number;
  confirmed: number;
  /** confirmed / reviewed; null before any review. */
  confirmedRate: number | null;
}

export interface FraudDashboard {
  cases: number;
  reviewed: number;
  confirmed: number;
  falsePositive: number;
  confirmedRate: number | null;
  byKind: Record<SignalKind, KindCounts>;
  /** Flagged signals per family (identity probing, budget contradiction, velocity, repayment anomaly). */
  signalsByFamily: Record<SignalFamily, number>;
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

export function fraudDashboard(records: readonly FraudRecord[]): FraudDashboard {
  const byKind = Object.fromEntries(SIGNAL_KINDS.map((k) => [k, { signals: 0, reviewed: 0, confirmed: 0, confirmedRate: null }])) as Record<
    SignalKind,
    KindCounts
  >;
  let reviewed = 0;
  let confirmed = 0;
  for (const record of records) {
    const verdict = currentVerdict(record)?.outcome;
    if (verdict) reviewed++;
    if (verdict === 'confirmed') confirmed++;
    for (const signal of record.signals) byKind[signal.kind].signals++;
    for (const kind of new Set(record.signals.map((s) => s.kind))) {
      if (verdict) byKind[kind].reviewed++;
      if (verdict === 'confirmed') byKind[kind].confirmed++;
    }
  }
  const signalsByFamily: Record<SignalFamily, number> = { identity_probing: 0, budget_contradiction: 0, velocity: 0, repayment_anomaly: 0 };
  for (const kind of SIGNAL_KINDS) {
    byKind[kind].confirmedRate = rate(byKind[kind].confirmed, byKind[kind].reviewed);
    signalsByFamily[SIGNAL_FAMILY[kind]] += byKind[kind].signals;
  }
  return { cases: records.length, reviewed, confirmed, falsePositive: reviewed - confirmed, confirmedRate: rate(confirmed, reviewed), byKind, signalsByFamily };
}
