import { translate } from '../i18n/translate';
import type { FraudPolicy } from './fraudPolicy';
import { type FraudSignal, isFlagged, SIGNAL_LABEL } from './signal';

/**
 * What a case's signals mean for the conversation. Above a threshold the case
 * goes to a person with the reasons attached and settlement offers wait until
 * that person has looked. The borrower hears only a neutral line: a signal is
 * a reason to look, not a finding, and most flagged cases will be innocent.
 */

/**
 * The only thing the borrower is told; it must never suggest suspicion. In English for staff and the record;
 * the borrower reads the same line in their language (`fraud.review`).
 */
export const BORROWER_REVIEW_MESSAGE = translate('en', 'fraud.review');

export const FRAUD_VERDICTS = ['confirmed', 'false_positive'] as const;
export type FraudVerdict = (typeof FRAUD_VERDICTS)[number];

/** A person's look at the case: signals computed up to `at` are covered by it. */
export interface FraudReviewOutcome {
  outcome: FraudVerdict;
  /** ISO time of the review. */
  at: string;
  /**
   * The signals the person looked at. The same check run again later (a
   * return visit repeats the budget checks on the same budget) is covered by
   * their look while it is no stronger than what they saw.
   */
  seen?: readonly FraudSignal[];
}

export interface FraudDecision {
  /** Hand the case to an agent. */
  escalate: boolean;
  /** Offer no settlement until a person has looked (or after they confirmed the concern). */
  withholdSettlements: boolean;
  /** Flagged signals still in force, the strongest of each kind, strongest first. */
  flagged: FraudSignal[];
  /** For the agent: what was noticed and why, one line per flagged signal. */
  agentReasons: string[];
  /** For the borrower: a neutral line, or null when nothing is flagged. */
  borrowerMessage: string | null;
}

/** Strongest flagged signal of each kind, strongest first. */
function strongestPerKind(signals: readonly FraudSignal[]): FraudSignal[] {
  const best = new Map<FraudSignal['kind'], FraudSignal>();
  for (const s of signals) {
    const held = best.get(s.kind);
    if (!held || s.score > held.score || (s.score === held.score && s.at > held.at)) best.set(s.kind, s);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind));
}

/** The agent's line for one signal: its name, how strong, and the plain reasons. */
export function agentReason(signal: FraudSignal): string {
  return `${SIGNAL_LABEL[signal.kind]} (score ${signal.score.toFixed(2)}, threshold ${signal.threshold.toFixed(2)}): ${signal.reasons.join(' ')}`;
}

export function decideFraud(signals: readonly FraudSignal[], policy: FraudPolicy, review?: FraudReviewOutcome): FraudDecision {
  // A person who found nothing clears what they saw; anything new or stronger noticed after their look counts again.
  const cleared = (s: FraudSignal) =>
    review?.outcome === 'false_positive' && (s.at <= review.at || (review.seen ?? []).some((v) => v.kind === s.kind && v.score >= s.score));
  const flagged = strongestPerKind(signals.filter((s) => isFlagged(s) && !cleared(s)));
  const concern = flagged.length > 0;
  return {
    escalate: concern,
    withholdSettlements: concern && policy.decision.withholdSettlements,
    flagged,
    agentReasons: flagged.map(agentReason),
    borrowerMessage: concern ? BORROWER_REVIEW_MESSAGE : null,
  };
}
