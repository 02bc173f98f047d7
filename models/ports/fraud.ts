import type { FraudDecision } from '../fraud/decision';
import type { IdentityCheckOutcome } from '../fraud/identityProbing';
import type { HardshipReason, LoanRecord } from '../loanBook/loanRecord';
import type { Budget } from '../offers';
import type { RiskBand } from '../risk/bands';

/** An identity check as the conversation saw it; the watch keys every part before it is counted. */
export interface SeenIdentityCheck {
  /** `channel:conversationId`. */
  conversation: string;
  /** Where it came from: the client address the channel keyed, a WhatsApp pseudonym, or the channel identity. */
  source: string;
  /** The loan reference as normalised, whether or not such a loan exists. */
  loanReference: string;
  outcome: IdentityCheckOutcome;
}

/** What the offer step knows when it is about to show plans. */
export interface OfferScreening {
  conversation: string;
  loan: LoanRecord;
  budget: Budget;
  hardshipReasons: readonly HardshipReason[];
  band: RiskBand;
}

/** A hardship story confirmed on a verified loan. */
export interface HardshipClaim {
  conversation: string;
  loanId: string;
  /** The borrower's language as the story read; kept only for the fairness counts, never read by a signal. */
  language: string;
}

/**
 * Fraud and anomaly signals as the conversation feeds them (models/fraud).
 * Each call does in-memory work only (sliding windows, pure checks, a lookup
 * in the loan book's batch scan) and returns at once; the records for
 * supervisors are written after the turn, never awaited by it.
 */
export interface FraudWatch {
  /** Counts one identity check; the decision for the conversation as it stands after it. */
  identityCheck(check: SeenIdentityCheck, at: Date): FraudDecision;
  hardshipClaim(claim: HardshipClaim, at: Date): void;
  /** The budget against the book, the loan's repayment pattern and a settlement's timing, with what the conversation showed before. */
  beforeOffers(screening: OfferScreening, at: Date): FraudDecision;
  /**
   * The decision as it stands for a conversation: the signals recorded for it
   * and the latest verdict on them; no detector runs. For decisions made
   * outside the conversation's own turns (an agent's fresh offer) and for
   * deciding whether a decision saved before a verdict still holds.
   */
  standing(conversation: string): FraudDecision;
  /** The case a flagged conversation went to, so supervisors can review it. */
  escalated(conversation: string, caseId: string, at: Date): void;
}
