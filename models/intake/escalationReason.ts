/** Why a conversation was handed to a person; the queue's priority follows from it. */
export const ESCALATION_REASONS = [
  'crisis',
  'vulnerable',
  'dispute',
  'complaint',
  'high_risk',
  'none_affordable',
  'budget_needs_review',
  'no_balance',
  'no_contract_payment',
  'change_arrangement',
  /** A missed or part-paid instalment left unresolved (models/payments/followUp), or the borrower asked about one. */
  'broken_promise',
  'declined_offers',
  'identity_locked',
  /** Fraud or anomaly signals above their thresholds (models/fraud): a person looks before any settlement. */
  'fraud_review',
  'language',
  /** The control arm of an offer experiment (models/offers/experiment.ts): the lender's standard treatment, a person works the case. */
  'standard_treatment',
  'asked_for_human',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];
