import type { EscalationReason } from './escalationReason';
import type { IntakeState } from './intakeState';
import { inCrisis } from './decideOffers';

/**
 * What a borrower waiting for a person may do instead: `leave` (back to the bot, where they were),
 * `restart_only` (the bot's own answer needed a person, so carrying on would land here again, but
 * new answers may change it), or `stay` (the case stays with the team whatever they say).
 */
export type QueueExit = 'leave' | 'restart_only' | 'stay';

/**
 * `stay`: their safety or protection, a dispute or complaint that needs an answer, signals a person
 * must look at. `leave`: the case is in the queue only because the borrower chose it.
 */
const EXIT: Record<EscalationReason, QueueExit> = {
  crisis: 'stay',
  vulnerable: 'stay',
  dispute: 'stay',
  complaint: 'stay',
  fraud_review: 'stay',
  high_risk: 'restart_only',
  none_affordable: 'restart_only',
  budget_needs_review: 'restart_only',
  no_balance: 'restart_only',
  no_contract_payment: 'restart_only',
  change_arrangement: 'restart_only',
  broken_promise: 'leave',
  identity_locked: 'restart_only',
  asked_for_human: 'leave',
  language: 'leave',
  declined_offers: 'leave',
  // The arm is fixed by the loan: the bot would hand them over again, though new answers (a protection) may change it.
  standard_treatment: 'restart_only',
};
const FIRMNESS: Record<QueueExit, number> = { leave: 0, restart_only: 1, stay: 2 };

export function queueExit(intake: IntakeState): QueueExit {
  const reason = intake.escalation?.reason;
  if (!reason || inCrisis(intake)) return 'stay';
  return EXIT[reason];
}

/** Of two reasons one case was raised for, the one that holds it more firmly: asking for a person does not undo a dispute. */
export function firmerReason(held: EscalationReason, next: EscalationReason): EscalationReason {
  return FIRMNESS[EXIT[next]] > FIRMNESS[EXIT[held]] ? next : held;
}
