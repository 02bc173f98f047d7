import type { FraudDecision } from '../fraud/decision';
import { DEFAULT_LANGUAGE, type BorrowerLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import type { LoanRecord } from '../loanBook/loanRecord';
import type { Budget, OfferDecision } from '../offers';
import { SETTLEMENT_TYPES } from '../offers/plan';
import type { OfferEngine } from '../ports/offers';
import type { RiskScorer } from '../ports/risk';
import type { IntakeFacts, RiskScore } from '../risk/score';
import type { EscalationReason } from './escalationReason';
import type { IntakeState, Protections } from './intakeState';

/** What the risk model reads from the conversation. */
export function intakeFacts(intake: IntakeState & { budget: Budget }): IntakeFacts {
  return {
    currentMonthlyIncome: intake.budget.monthlyIncome,
    hardshipReason: intake.story?.reasons[0],
    temporary: intake.story?.temporary,
    affordablePayment: Math.max(0, intake.budget.disposableIncome),
    language: intake.language,
  };
}

/** Crisis language at any point of the conversation, whatever the case was opened for. */
export function inCrisis(intake: IntakeState): boolean {
  return intake.stage === 'crisis' || intake.escalation?.reason === 'crisis';
}

export function isVulnerable(intake: IntakeState): boolean {
  return (intake.vulnerabilityDrivers ?? []).length > 0 || inCrisis(intake);
}

export function protectionsOf(intake: IntakeState): Protections {
  return { vulnerable: isVulnerable(intake), crisis: inCrisis(intake) };
}

/** A decision is reused only while the borrower's protections are the ones it was made under. */
export function hasCurrentDecision(intake: IntakeState): boolean {
  const made = intake.decision?.protections;
  const now = protectionsOf(intake);
  return made !== undefined && made.vulnerable === now.vulnerable && made.crisis === now.crisis;
}

/** An offer decision, possibly sent to a person because of fraud signals (reason fraud_review). */
export type ScreenedOfferDecision = Omit<OfferDecision, 'escalationReason'> & { escalationReason?: EscalationReason };

/** Fraud and anomaly signals for this offer, given the risk score (the budget check needs the band). */
export type FraudScreen = (risk: RiskScore) => FraudDecision;

/**
 * The decision once signals are taken into account: with a concern, the case
 * goes to a person and settlements wait for them. A stronger protection
 * (crisis, vulnerability) keeps its own reason and words; the borrower never
 * hears anything but the neutral line.
 */
export function screenedDecision(decision: OfferDecision, fraud: FraudDecision, language: BorrowerLanguage = DEFAULT_LANGUAGE): ScreenedOfferDecision {
  if (!fraud.escalate) return decision;
  const plans = fraud.withholdSettlements ? decision.plans.filter((p) => !SETTLEMENT_TYPES.includes(p.type)) : decision.plans;
  if (decision.action === 'escalate' && (decision.escalationReason === 'crisis' || decision.escalationReason === 'vulnerable')) return { ...decision, plans };
  const neutral = fraud.borrowerMessage && { explanation: fraud.borrowerMessage, borrowerExplanation: translate(language, 'fraud.review') };
  return { ...decision, action: 'escalate', escalationReason: 'fraud_review', plans, ...neutral };
}

/**
 * The one offer decision for an intake, used by the bot and by agents alike:
 * the same risk score (the one already shown, if any), the same protections
 * and the same engine, so a person can never be shown different plans from
 * the ones the policy allows the bot. With a fraud screen, flagged signals
 * withhold settlements and send the case to a person (screenedDecision).
 */
export function decideOffers(
  loan: LoanRecord,
  intake: IntakeState & { budget: Budget },
  engines: { risk: RiskScorer; offers: Pick<OfferEngine, 'makeOffers'>; screen?: FraudScreen },
  today: Date,
): { risk: RiskScore; decision: ScreenedOfferDecision; fraud?: FraudDecision } {
  const risk = intake.risk ?? engines.risk.score(loan, intakeFacts(intake));
  const { language } = intake;
  // Whether the hardship is temporary is the borrower's own answer, never the loan book's column.
  const decision = engines.offers.makeOffers({
    loan,
    risk,
    budget: intake.budget,
    ...protectionsOf(intake),
    temporary: intake.story?.temporary,
    today,
    language,
  });
  const fraud = engines.screen?.(risk);
  return fraud ? { risk, decision: screenedDecision(decision, fraud, language), fraud } : { risk, decision };
}
