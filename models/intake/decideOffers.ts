import type { LoanRecord } from '../loanBook/loanRecord';
import type { Budget, OfferDecision } from '../offers';
import type { OfferEngine } from '../ports/offers';
import type { RiskScorer } from '../ports/risk';
import type { IntakeFacts, RiskScore } from '../risk/score';
import type { IntakeState, Protections } from './intakeState';

/** What the risk model reads from the conversation. */
export function intakeFacts(intake: IntakeState & { budget: Budget }): IntakeFacts {
  return {
    currentMonthlyIncome: intake.budget.monthlyIncome,
    hardshipReason: intake.story?.reasons[0],
    temporary: intake.story?.temporary,
    affordablePayment: Math.max(0, intake.budget.disposableIncome),
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

/**
 * The one offer decision for an intake, used by the bot and by agents alike:
 * the same risk score (the one already shown, if any), the same protections
 * and the same engine, so a person can never be shown different plans from
 * the ones the policy allows the bot.
 */
export function decideOffers(
  loan: LoanRecord,
  intake: IntakeState & { budget: Budget },
  engines: { risk: RiskScorer; offers: Pick<OfferEngine, 'makeOffers'> },
  today: Date,
): { risk: RiskScore; decision: OfferDecision } {
  const risk = intake.risk ?? engines.risk.score(loan, intakeFacts(intake));
  // Whether the hardship is temporary is the borrower's own answer, never the loan book's column.
  const decision = engines.offers.makeOffers({ loan, risk, budget: intake.budget, ...protectionsOf(intake), temporary: intake.story?.temporary, today });
  return { risk, decision };
}
