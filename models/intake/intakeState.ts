import type { BudgetLine, VulnerabilityDriver } from '../language/analysis';
import type { Amount, Budget, BudgetInput, OfferDecision } from '../offers';
import type { HardshipReason } from '../loanBook/loanRecord';
import type { EscalationReason } from './escalationReason';
import type { RiskScore } from '../risk/score';
import type { BorrowerLanguage } from '../i18n/languages';
import type { ExperimentTag } from '../offers/experiment';

/** Where the intake has got to; each stage is one dialog of the main flow. */
export const STAGES = ['welcome', 'verify', 'story', 'budget', 'offer', 'closed', 'parked', 'escalated', 'crisis', 'opted_out', 'declined'] as const;
export type Stage = (typeof STAGES)[number];

/** How a borrower answered "are you safe right now?": `moved_on` when the next message was about something else. */
export const SAFETY_CHECK_OUTCOMES = ['asked', 'safe', 'not_safe', 'talk_to_person', 'moved_on'] as const;
export type SafetyCheckOutcome = (typeof SAFETY_CHECK_OUTCOMES)[number];

/** Everything the conversation has learned; persisted per conversation and, once verified, per borrower. */
export interface IntakeState {
  stage: Stage;
  /** The language the bot speaks to this borrower: guessed from their first messages or chosen by them; English when unset. */
  language?: BorrowerLanguage;
  consentAt?: string;
  /** Set only after a successful identity match; nothing about the loan is said before. */
  verifiedLoanId?: string;
  verifiedAt?: string;
  story?: {
    reasons: HardshipReason[];
    temporary: boolean | null;
    improvesBy?: string;
  };
  /** A missed instalment the borrower was just told of; asking for a person then is about the broken promise. */
  missedPayment?: { reference: string; dueDate: string; arrears: number };
  /** The last safety check, asked on ambiguous distress; `answer` is unset while the borrower's next message is awaited. */
  safetyCheck?: { stage: Stage; askedAt: string; answer?: Exclude<SafetyCheckOutcome, 'asked'> };
  /** FG21/1 vulnerability drivers noticed in any message so far. */
  vulnerabilityDrivers?: VulnerabilityDriver[];
  /** The budget answers so far, while the budget is being asked; they become `budgetInput` once all are in. */
  budgetAnswers?: Partial<Record<BudgetLine, Amount>>;
  budgetInput?: BudgetInput;
  budget?: Budget;
  risk?: RiskScore;
  decision?: Pick<OfferDecision, 'action' | 'plans' | 'explanation' | 'policyVersion'> &
    Partial<Pick<OfferDecision, 'borrowerExplanation'>> & {
      /** The engine's reason, or fraud_review when signals sent the case to a person (decideOffers). */
      escalationReason?: EscalationReason;
      /** The protections the decision was made under; a decision made before a disclosure is not reused after it. */
      protections?: Protections;
      /** The offer experiment arm the decision was made in (models/offers/experiment.ts). */
      experiment?: ExperimentTag;
    };
  /** How many of the ranked plans have been shown. */
  plansShown?: number;
  arrangementReference?: string;
  escalation?: { reason: EscalationReason; caseId: string; at: string; callbackSlots?: string[]; callbackAt?: string };
  /** Stage to go back to when a parked intake resumes. */
  resumeStage?: Stage;
  updatedAt?: string;
}

/** What changes which plans may be shown at all: no settlement pressure, and a person involved. */
export interface Protections {
  vulnerable: boolean;
  crisis: boolean;
}

export const INTAKE_STATE_PROPERTY = 'intake';

export function freshIntake(): IntakeState {
  return { stage: 'welcome' };
}

/**
 * Vulnerability noticed, or distress that drew a safety check: whoever picks the case up should know first.
 * Only the drivers change what may be offered (decideOffers); a check the borrower answered "safe" does not.
 */
export function showsVulnerability(intake: IntakeState): boolean {
  return (intake.vulnerabilityDrivers ?? []).length > 0 || intake.safetyCheck !== undefined;
}

const ORDER: Stage[] = ['welcome', 'verify', 'story', 'budget', 'offer', 'closed'];

/** True when the intake is at or past `stage` in the normal flow. */
export function reached(intake: IntakeState, stage: Stage): boolean {
  const at = ORDER.indexOf(intake.stage);
  return at >= 0 && at >= ORDER.indexOf(stage);
}
