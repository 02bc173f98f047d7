import type { FraudDecision } from '../fraud/decision';
import { DEFAULT_LANGUAGE, type BorrowerLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import type { LoanRecord } from '../loanBook/loanRecord';
import type { Budget, OfferDecision } from '../offers';
import { treatmentFor, type ExperimentTag } from '../offers/experiment';
import { SETTLEMENT_TYPES } from '../offers/plan';
import type { OfferEngine } from '../ports/offers';
import type { OfferSetting } from '../ports/experiments';
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
export type ScreenedOfferDecision = Omit<OfferDecision, 'escalationReason'> & { escalationReason?: EscalationReason; experiment?: ExperimentTag };

/** Fraud and anomaly signals for this offer, given the risk score (the budget check needs the band). */
export type FraudScreen = (risk: RiskScore) => FraudDecision;

/**
 * The decision once signals are taken into account: with a concern, the case
 * goes to a person and settlements wait for them. A stronger protection
 * (crisis, vulnerability) keeps its own reason and words; the borrower never
 * hears anything but the neutral line.
 */
export function screenedDecision(decision: ScreenedOfferDecision, fraud: FraudDecision, language: BorrowerLanguage = DEFAULT_LANGUAGE): ScreenedOfferDecision {
  if (!fraud.escalate) return decision;
  const plans = fraud.withholdSettlements ? decision.plans.filter((p) => !SETTLEMENT_TYPES.includes(p.type)) : decision.plans;
  if (decision.action === 'escalate' && (decision.escalationReason === 'crisis' || decision.escalationReason === 'vulnerable')) return { ...decision, plans };
  const neutral = fraud.borrowerMessage && { explanation: fraud.borrowerMessage, borrowerExplanation: translate(language, 'fraud.review') };
  return { ...decision, action: 'escalate', escalationReason: 'fraud_review', plans, ...neutral };
}

/**
 * The control arm's decision: the lender's standard treatment, a person works the case from the champion's
 * plans. A decision already going to a person keeps its own reason (it says more, and sets the priority).
 */
function standardTreatment(decision: OfferDecision, language: BorrowerLanguage): ScreenedOfferDecision {
  if (decision.action === 'escalate') return decision;
  return {
    ...decision,
    action: 'escalate',
    escalationReason: 'standard_treatment',
    explanation: `Control arm of an offer experiment: the standard treatment, a member of the team works the case from the ${decision.plans.length} plan(s) the policy allows.`,
    borrowerExplanation: translate(language, 'experiment.standardTreatment'),
  };
}

/**
 * The one offer decision for an intake, used by the bot and by agents alike:
 * the same risk score (the one already shown, if any), the same protections
 * and the same engine, so a person can never be shown different plans from
 * the ones the policy allows the bot. With a fraud screen, flagged signals
 * withhold settlements and send the case to a person (screenedDecision).
 * With an offer setting, the policy is the borrower's experiment arm (models/offers/experiment.ts), and
 * the decision carries the arm so the arrangement and its outcome can be joined to it.
 */
export function decideOffers(
  loan: LoanRecord,
  intake: IntakeState & { budget: Budget },
  engines: { risk: RiskScorer; offers: Pick<OfferEngine, 'makeOffers'>; screen?: FraudScreen; setting?: OfferSetting },
  today: Date,
): { risk: RiskScore; decision: ScreenedOfferDecision; fraud?: FraudDecision } {
  const risk = intake.risk ?? engines.risk.score(loan, intakeFacts(intake));
  const { language } = intake;
  const protections = protectionsOf(intake);
  const { setting } = engines;
  const treatment =
    setting && treatmentFor(loan.Loan_ID, protections.vulnerable || protections.crisis, setting.champion, setting.experiment, setting.assignment);
  // Whether the hardship is temporary is the borrower's own answer, never the loan book's column.
  const made = engines.offers.makeOffers(
    { loan, risk, budget: intake.budget, ...protections, temporary: intake.story?.temporary, today, language },
    treatment?.policy,
  );
  const decision: ScreenedOfferDecision = {
    ...(treatment?.control ? standardTreatment(made, language ?? DEFAULT_LANGUAGE) : made),
    ...(treatment?.tag && { experiment: treatment.tag }),
  };
  const fraud = engines.screen?.(risk);
  return fraud ? { risk, decision: screenedDecision(decision, fraud, language), fraud } : { risk, decision };
}
