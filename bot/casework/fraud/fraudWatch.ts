import { keyedDigest } from '../../infra/security/keyedDigest';
import { budgetContradictions } from '../../../models/fraud/budgetContradiction';
import { decideFraud, type FraudDecision, type FraudReviewOutcome } from '../../../models/fraud/decision';
import type { FraudPolicy } from '../../../models/fraud/fraudPolicy';
import { IdentityProbeDetector } from '../../../models/fraud/identityProbing';
import { currentVerdict, fraudRecord } from '../../../models/fraud/review';
import { settlementThresholds } from '../../../models/fraud/settlementThresholds';
import { type FraudSignal, isFlagged } from '../../../models/fraud/signal';
import { earlySettlementRequest, HardshipClaimVelocity } from '../../../models/fraud/velocity';
import type { OfferPolicy } from '../../../models/offers';
import type { FraudWatch, HardshipClaim, OfferScreening, SeenIdentityCheck } from '../../../models/ports/fraud';
import type { MoneyFormat } from '../../../models/shared/money';
import { type FraudStore, strongestPerKind } from './fraudStore';
import type { LoanAnomalies } from './loanAnomalies';

export interface FraudWatchDeps {
  policy: FraudPolicy;
  offerPolicy: OfferPolicy;
  store: FraudStore;
  anomalies: LoanAnomalies;
  /** Keys every address, number and reference before a detector sees it. */
  hashKey: Buffer;
  money: MoneyFormat;
  /** Told when a background write fails; the conversation never waits for one. */
  onError: (err: unknown) => void;
}

/** Conversations with a concern held in memory for the offer step; the least recent are dropped first. */
const MAX_CONVERSATIONS = 20_000;

/**
 * The detectors of models/fraud, fed by the conversation. Everything on the
 * turn's path is in memory (sliding windows, pure checks, one model score);
 * the fraud files are written in the background and never awaited by a turn.
 */
export class LiveFraudWatch implements FraudWatch {
  private readonly probes: IdentityProbeDetector;
  private readonly claims: HardshipClaimVelocity;
  /**
   * Flagged signals only, and only for conversations that have one: a decision reads nothing else (decideFraud),
   * so the unflagged signals every conversation draws stay in its file instead of in memory (issue 17).
   */
  private readonly held = new Map<string, { signals: FraudSignal[]; decision: FraudDecision }>();

  constructor(private readonly deps: FraudWatchDeps) {
    this.probes = new IdentityProbeDetector(deps.policy);
    this.claims = new HardshipClaimVelocity(deps.policy);
  }

  private key(value: string): string {
    return keyedDigest(this.deps.hashKey, value);
  }

  identityCheck(check: SeenIdentityCheck, at: Date): FraudDecision {
    const signals = this.probes.observe({
      conversationKey: this.key(check.conversation),
      sourceKey: this.key(check.source),
      loanKey: this.key(`loan:${check.loanReference}`),
      outcome: check.outcome,
      at,
    });
    return this.decide(check.conversation, signals, {}, at);
  }

  hardshipClaim(claim: HardshipClaim, at: Date): void {
    this.decide(claim.conversation, [this.claims.claim(this.key(`loan:${claim.loanId}`), at)], { loanId: claim.loanId, language: claim.language }, at);
  }

  beforeOffers(screening: OfferScreening, at: Date): FraudDecision {
    const { loan, budget, band } = screening;
    const thresholds = settlementThresholds(loan, band, this.deps.offerPolicy);
    const signals = budgetContradictions(
      { loan, budget, hardshipReasons: screening.hardshipReasons, settlementThresholds: thresholds, money: this.deps.money, at },
      this.deps.policy,
    );
    // Timing matters only where a settlement could be offered at all.
    if (thresholds.length > 0) signals.push(earlySettlementRequest(loan, at, this.deps.policy));
    const repayment = this.deps.anomalies.signalFor(loan, at);
    if (repayment) signals.push(repayment);
    return this.decide(screening.conversation, signals, { loanId: loan.Loan_ID }, at);
  }

  escalated(conversation: string, caseId: string, at: Date): void {
    const decision = this.held.get(conversation)?.decision;
    if (!decision?.escalate) return;
    this.background(this.deps.store.flag(conversation, fraudRecord(caseId, decision, at), at));
  }

  standing(conversation: string): FraudDecision {
    const entry = this.deps.store.entry(conversation);
    // In memory for a conversation this process has seen, else only in its file (written after the turn, or before a restart).
    const signals = strongestPerKind([...(entry?.flagged ?? []), ...(this.held.get(conversation)?.signals ?? [])]);
    return decideFraud(signals, this.deps.policy, this.review(conversation));
  }

  /** The latest verdict on the conversation's flagged case, with the signals the reviewer saw. */
  private review(conversation: string): FraudReviewOutcome | undefined {
    const record = this.deps.store.entry(conversation)?.record;
    const verdict = record && currentVerdict(record);
    return verdict && { outcome: verdict.outcome, at: verdict.at, seen: record.signals };
  }

  private decide(conversation: string, signals: FraudSignal[], facts: { loanId?: string; language?: string }, at: Date): FraudDecision {
    const flagged = strongestPerKind([...(this.held.get(conversation)?.signals ?? []), ...signals.filter(isFlagged)]);
    const decision = decideFraud(flagged, this.deps.policy, this.review(conversation));
    this.held.delete(conversation);
    if (flagged.length > 0) this.held.set(conversation, { signals: flagged, decision });
    if (this.held.size > MAX_CONVERSATIONS) this.held.delete(this.held.keys().next().value!);
    this.background(this.deps.store.addSignals(conversation, signals, facts, at));
    return decision;
  }

  /** Conversations whose signals are held in memory (for tests of the memory bound). */
  get heldConversations(): number {
    return this.held.size;
  }

  private background(work: Promise<unknown>): void {
    work.catch(this.deps.onError);
  }
}
