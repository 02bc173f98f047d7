import type { ConversationReference } from 'botbuilder';
import type { EscalationReason } from '../../../models/intake/escalationReason';
import { showsVulnerability, type IntakeState } from '../../../models/intake/intakeState';
import type { Plan } from '../../../models/offers';

export const CASE_STATUSES = ['queued', 'assigned', 'callback', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const DISPOSITIONS = [
  'arrangement_made',
  'callback_booked',
  'referred_to_debt_advice',
  'dispute_logged',
  'complaint_logged',
  'no_contact',
  'handed_back_to_bot',
  /** The borrower went back to the bot before anyone took the case (models/intake/queueExit). */
  'left_queue',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Order of the queue: crisis > vulnerable > dispute/complaint > high risk > asked for a human. */
const REASON_PRIORITY: Record<EscalationReason, number> = {
  crisis: 100,
  vulnerable: 80,
  dispute: 60,
  complaint: 60,
  high_risk: 40,
  none_affordable: 35,
  budget_needs_review: 35,
  // The loan record cannot be priced (nothing owed, or no instalment on file): an account check, not a hardship decision.
  no_balance: 30,
  no_contract_payment: 30,
  // A borrower on a live arrangement asking to change it.
  change_arrangement: 30,
  // An instalment missed and not caught up: money at stake, but no one waiting on the line.
  broken_promise: 30,
  declined_offers: 30,
  identity_locked: 25,
  // Signals that do not add up: a person looks, but a borrower in need still comes first.
  fraud_review: 30,
  language: 25,
  asked_for_human: 20,
  // Nobody asked: the experiment's control arm is worked as cases were before the bot, after those who did.
  standard_treatment: 15,
};

/** What the intake says about urgency, whatever the case was opened for: crisis and vulnerability raise it. */
export function priorityFor(reason: EscalationReason, intake: IntakeState): number {
  const crisis = intake.stage === 'crisis' ? REASON_PRIORITY.crisis : 0;
  const vulnerable = showsVulnerability(intake) ? REASON_PRIORITY.vulnerable : 0;
  return Math.max(REASON_PRIORITY[reason], vulnerable, crisis);
}

/**
 * The case's copy of the conversation's intake, and what follows from it (the
 * verified loan, the priority). The one way a case learns what the
 * conversation learned; priority never drops while the case is open.
 */
export function withIntake(record: CaseRecord, intake: IntakeState): CaseRecord {
  return {
    ...record,
    intake,
    loanId: intake.verifiedLoanId ?? record.loanId,
    priority: Math.max(record.priority, priorityFor(record.reason, intake)),
  };
}

export interface CaseNote {
  at: string;
  by: string;
  text: string;
}

/** Everything an agent needs to take over without asking the borrower to repeat themselves. */
export interface CaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: CaseStatus;
  reason: EscalationReason;
  priority: number;
  channelId: string;
  conversation: Partial<ConversationReference>;
  /** Only set once identity was verified; an unverified case shows no loan details. */
  loanId?: string;
  intake: IntakeState;
  plans: Plan[];
  note?: string;
  assignedTo?: string;
  assignedAt?: string;
  callback?: { slot: string; bookedAt: string };
  notes: CaseNote[];
  disposition?: Disposition;
  closedAt?: string;
  closedBy?: string;
}
