/**
 * The fraud and anomaly vocabulary every layer shares: what a signal is, what
 * it may carry and how a score relates to its configured limit. Signals are
 * for people (agents, supervisors), never for the borrower, and never carry
 * personal data: evidence is numbers only (counts, windows, ratios), so a
 * phone number, a date of birth, Gender, Age or language cannot be put there.
 */

/** Every kind of signal, in the order the dashboard lists them. */
export const SIGNAL_KINDS = [
  'identity_probe_source',
  'identity_probe_loan',
  'income_contradiction',
  'implausible_costs',
  'settlement_threshold_budget',
  'repeat_hardship_claims',
  'early_settlement_request',
  'repayment_anomaly',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** The four families the issue names; one detector each. */
export type SignalFamily = 'identity_probing' | 'budget_contradiction' | 'velocity' | 'repayment_anomaly';

export const SIGNAL_FAMILY: Record<SignalKind, SignalFamily> = {
  identity_probe_source: 'identity_probing',
  identity_probe_loan: 'identity_probing',
  income_contradiction: 'budget_contradiction',
  implausible_costs: 'budget_contradiction',
  settlement_threshold_budget: 'budget_contradiction',
  repeat_hardship_claims: 'velocity',
  early_settlement_request: 'velocity',
  repayment_anomaly: 'repayment_anomaly',
};

/** Short names for agents and the dashboard. */
export const SIGNAL_LABEL: Record<SignalKind, string> = {
  identity_probe_source: 'Several loans or identity checks from one source',
  identity_probe_loan: 'One loan tried from many sources',
  income_contradiction: 'Stated income far from the loan book',
  implausible_costs: 'Essential costs implausible for the household',
  settlement_threshold_budget: 'Budget lands exactly on a settlement threshold',
  repeat_hardship_claims: 'Repeated hardship claims on one loan',
  early_settlement_request: 'Settlement asked for soon after the loan began',
  repayment_anomaly: 'Unusual repayment pattern for similar loans',
};

/** Counts, windows and ratios only: numbers cannot carry a name, a number to call or a date of birth. */
export type Evidence = Readonly<Record<string, number>>;

export interface FraudSignal {
  kind: SignalKind;
  /** 0–1; by convention 0.5 at the configured limit and 1 at twice it (see scoreAgainstLimit). */
  score: number;
  /** From the fraud policy; at or above it the signal is flagged. */
  threshold: number;
  /** Plain sentences for agents and supervisors; never shown to the borrower. */
  reasons: string[];
  evidence: Evidence;
  /** ISO time the signal was computed. */
  at: string;
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : x > 0 ? 1 : 0);

/**
 * One scale for every detector, so thresholds read the same everywhere: a
 * measure at its configured limit scores 0.5, twice the limit scores 1, none
 * scores 0. A threshold of 0.5 therefore means "at the limit".
 */
export function scoreAgainstLimit(measure: number, limit: number): number {
  if (!(limit > 0)) throw new RangeError(`limit must be positive, got ${limit}`);
  return clamp01(measure / (2 * limit));
}

/** The same scale for a floor: at the floor 0.5, at half of it (or nothing) 1. */
export function scoreBelowFloor(value: number, floor: number): number {
  return value <= 0 ? 1 : scoreAgainstLimit(floor / value, 1);
}

export function fraudSignal(kind: SignalKind, score: number, threshold: number, reasons: string[], evidence: Evidence, at: Date): FraudSignal {
  for (const [name, value] of Object.entries(evidence))
    if (!Number.isFinite(value)) throw new RangeError(`evidence ${name} must be a finite number, got ${value}`);
  return { kind, score: Math.round(clamp01(score) * 1000) / 1000, threshold, reasons, evidence, at: at.toISOString() };
}

export function isFlagged(signal: FraudSignal): boolean {
  return signal.score >= signal.threshold;
}
