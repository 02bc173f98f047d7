import type { ConversationReference } from 'botbuilder';
import type { LoanRecord } from '../loanBook/loanRecord';
import type { Arrangement, Budget, BudgetInput, OfferDecision, Plan } from '../offers';
import type { Analysis, Period } from '../language/analysis';
import type { IntakeState } from '../intake/intakeState';

/**
 * What the dialogs need from the rest of the system, as small interfaces.
 * Dialogs never touch files or HTTP: stores, models and channels are injected
 * through these, so tests can hand in their own and lowdb can be replaced.
 */
export interface LanguageUnderstanding {
  analyze(text: string, options?: { today?: Date }): Analysis;
  parseConfirmation(text: string): 'yes' | 'no' | null;
  parseDateOfBirth(text: string): string | null;
  parseMoney(text: string): { value: number; period: Period | null } | null;
}

export interface LoanLookup {
  get(loanId: string): LoanRecord | undefined;
}

export interface RiskReasonView {
  feature: string;
  contribution: number;
  text: string;
}

export interface RiskView {
  probability: number;
  band: 'low' | 'medium' | 'high';
  reasons: RiskReasonView[];
  modelVersion: string;
}

export interface IntakeFactsView {
  currentMonthlyIncome?: number;
  hardshipReason?: LoanRecord['Hardship_Reason'];
  temporary?: boolean | null;
  affordablePayment?: number;
}

export interface RiskScorer {
  score(loan: LoanRecord, intake?: IntakeFactsView): RiskView;
}

export interface OfferEngine {
  computeBudget(input: BudgetInput): Budget;
  makeOffers(args: { loan: LoanRecord; risk: RiskView; budget: Budget; vulnerable: boolean; crisis: boolean; today: Date }): OfferDecision;
  createArrangement(args: { loan: LoanRecord; plan: Plan; channel: string; now: Date }): Arrangement;
}

export interface IdentityLockStatus {
  failures: number;
  /** ISO time until which verification is refused, or null. */
  lockedUntil: string | null;
}

/** Failed identity checks, persisted so a lockout survives restarts and new conversations. */
export interface IdentityLocks {
  status(key: string, now: Date): Promise<IdentityLockStatus>;
  recordFailure(key: string, now: Date): Promise<IdentityLockStatus>;
  reset(key: string): Promise<void>;
}

export interface ArrangementLedger {
  save(arrangement: Arrangement): Promise<void>;
}

/** Channel-level contact consent: STOP is recorded here and honoured by every outbound path. */
export interface ContactPreferences {
  isOptedOut(channelId: string, userId: string): Promise<boolean>;
  optOut(channelId: string, userId: string, at: Date): Promise<void>;
  optIn(channelId: string, userId: string, at: Date): Promise<void>;
}

export const ESCALATION_REASONS = [
  'crisis',
  'vulnerable',
  'dispute',
  'complaint',
  'high_risk',
  'none_affordable',
  'budget_needs_review',
  'declined_offers',
  'identity_locked',
  'language',
  'asked_for_human',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export interface EscalationRequest {
  reason: EscalationReason;
  conversation: Partial<ConversationReference>;
  intake: IntakeState;
  /** Plans prepared for the agent, if any. */
  plans?: Plan[];
  note?: string;
}

export interface EscalationOutcome {
  caseId: string;
  /** Someone can take the conversation now (within business hours and capacity). */
  agentsAvailable: boolean;
  estimatedWaitMinutes: number | null;
  /** When nobody is available: the next callback slots the borrower can pick (ISO times). */
  callbackSlots: string[];
}

/** Cases for human agents (the queue behind the agent console). */
export interface Escalations {
  escalate(request: EscalationRequest): Promise<EscalationOutcome>;
  bookCallback(caseId: string, slot: string): Promise<void>;
  /** False once a person has closed the case. */
  isOpen(caseId: string): Promise<boolean>;
}

/** Progress saved per verified borrower, so a borrower who comes back later continues where they left off. */
export interface BorrowerProgress {
  load(loanId: string): Promise<IntakeState | undefined>;
  save(loanId: string, intake: IntakeState): Promise<void>;
}

export interface IntakeSettings {
  lenderName: string;
  currency: string;
  locale: string;
  privacyUrl?: string;
  helplineName: string;
  helplineNumber: string;
  emergencyNumber: string;
  contactDetails: string;
}

export interface IntakeServices {
  nlp: LanguageUnderstanding;
  loans: LoanLookup;
  risk: RiskScorer;
  offers: OfferEngine;
  identityLocks: IdentityLocks;
  arrangements: ArrangementLedger;
  contacts: ContactPreferences;
  escalations: Escalations;
  progress: BorrowerProgress;
  settings: IntakeSettings;
  now: () => Date;
}
