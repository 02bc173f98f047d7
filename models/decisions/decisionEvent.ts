import type { EscalationReason } from '../intake/escalationReason';
import type { SafetyCheckOutcome, Stage } from '../intake/intakeState';
import type { VulnerabilityCategory, VulnerabilityDriver } from '../language/analysis';
import type { SignalKind } from '../fraud/signal';
import type { HardshipReason } from '../loanBook/loanRecord';
import type { Arrangement, Budget, DecisionInputs, OfferDecision, PlanType } from '../offers';
import type { OfferChoice } from '../offers/offerChoice';
import type { ExperimentTag } from '../offers/experiment';
import type { RiskScore } from '../risk/score';
import type { BorrowerLanguage } from '../i18n/languages';

/**
 * Decisions travel as trace activities: channels never show them to the
 * borrower, and the transcript middleware stores them beside the messages.
 */
export const DECISION_TRACE_NAME = 'forbear.decision';
export const DECISION_VALUE_TYPE = 'https://forbear.dev/schemas/decision';

/** A plan as the decision record keeps it: enough to audit the ranking without the whole card. */
export interface ShownPlan {
  id: string;
  type: PlanType;
  monthlyPayment: number;
  termMonths: number;
  cureProbability: number;
  expectedRecovery: number;
}

/**
 * What each decision records, by kind. The bot's decisions and the agents'
 * share one vocabulary so the transcript, the supervisor summaries and the
 * agent's case view read them with the compiler's help, never with casts.
 */
export interface DecisionValues {
  consent: { agreed: boolean };
  identity_verified: { loanId: string };
  identity_failed: { failures: number };
  identity_locked: Record<string, never>;
  reasons_found: {
    reasons: { reason: HardshipReason; confidence: number }[];
    temporary: boolean | null;
    vulnerable: boolean;
    vulnerability: { driver: VulnerabilityDriver; category: VulnerabilityCategory }[];
    amounts: number;
  };
  reasons_confirmed: { reasons: HardshipReason[]; temporary: boolean | null; improvesBy: string | null };
  /** A supervisor reading the transcript set the hardship reasons right; what the bot read stays in the transcript. */
  reasons_corrected: { reasons: HardshipReason[]; supervisor: string; note: string };
  vulnerability: { drivers: VulnerabilityDriver[]; stage: Stage };
  crisis: { stage: Stage };
  /** Ambiguous distress: the borrower was asked whether they are safe (`asked`), then how they answered. */
  safety_check: { stage: Stage; outcome: SafetyCheckOutcome };
  budget: { budget: Budget };
  risk_score: Pick<RiskScore, 'probability' | 'band' | 'reasons' | 'modelVersion'>;
  offers_shown: {
    action: OfferDecision['action'];
    escalationReason: EscalationReason | null;
    plans: ShownPlan[];
    inputs: DecisionInputs;
    policyVersion: string;
    /** The offer experiment arm, when one ran (absent on decisions recorded before experiments). */
    experiment?: ExperimentTag | null;
  };
  offer_choice: { choice: OfferChoice };
  /** `replaces`: an agent changed the loan's live arrangement at the borrower's request. */
  arrangement: { reference: string; planId: string; type: PlanType; schedule: Arrangement['schedule']; channel?: string; replaces?: string };
  /** The loan already had a live arrangement: it was shown instead of new offers. */
  arrangement_in_place: { reference: string; planId: string; type: PlanType; nextPayment: Arrangement['schedule'][number] | null };
  /** After verification: the live arrangement's oldest missed or part-paid instalment, told to the borrower. */
  missed_payment: { reference: string; dueDate: string; arrears: number; daysPastDue: number };
  /** The borrower said they would pay the arrears (by the next instalment's date, when there is one). */
  catch_up: { reference: string; dueDate: string; arrears: number; by: string | null };
  /** Signals at or above their thresholds: the case goes to a person; scores only, the reasons are on the case. */
  fraud_review: { signals: { kind: SignalKind; score: number; threshold: number }[]; withholdSettlements: boolean };
  escalation: { reason: EscalationReason; caseId: string; agentsAvailable: boolean; estimatedWaitMinutes: number | null; plansAttached: number };
  opt_out: { channelId: string };
  opt_in: Record<string, never>;
  dispute: Record<string, never>;
  complaint: Record<string, never>;
  parked: { stage: Stage; reason?: 'idle' };
  /** `left_queue`: the borrower went back to the bot before anyone took their case. */
  resumed: { stage: Stage; from?: 'borrower_progress' | 'left_queue' };
  /** The language the bot now speaks: guessed from the first message, chosen by name or button, or detected later. */
  language: { language: BorrowerLanguage; how: 'first_message' | 'chosen' | 'detected' };
  agent_joined: { agent: string };
  agent_closed: { agent: string; disposition: string };
}

export type DecisionKind = keyof DecisionValues;

/** One decision: its kind and the values of that kind, as a discriminated union. */
export type DecisionEvent = { [K in DecisionKind]: { kind: K; value: DecisionValues[K] } }[DecisionKind];

export function decisionEvent<K extends DecisionKind>(kind: K, value: DecisionValues[K]): DecisionEvent {
  return { kind, value } as DecisionEvent;
}

export function assertUnreachable(x: never): never {
  throw new Error(`unhandled case ${JSON.stringify(x)}`);
}
