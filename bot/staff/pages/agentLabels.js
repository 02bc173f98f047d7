// The words the agent console shows for a case's priority label and for why it reached a person.

/** Priority labels; a standard case carries no badge. */
export const LABELS = { crisis: 'Crisis', vulnerable: 'Vulnerable', dispute: 'Dispute', complaint: 'Complaint', high_risk: 'High risk', standard: '' };

/** Escalation reasons. */
export const REASONS = {
  crisis: 'Crisis',
  vulnerable: 'Vulnerable',
  dispute: 'Disputes the debt',
  complaint: 'Complaint',
  high_risk: 'High risk',
  none_affordable: 'Nothing affordable',
  budget_needs_review: 'Budget needs review',
  no_balance: 'No balance on record',
  no_contract_payment: 'No instalment on record',
  change_arrangement: 'Wants to change an arrangement',
  broken_promise: 'Broken promise (missed payment)',
  declined_offers: 'Declined the offers',
  identity_locked: 'Identity check locked',
  fraud_review: 'Signals to review',
  language: 'Language',
  asked_for_human: 'Asked for a person',
  standard_treatment: 'Standard treatment (experiment control)',
};
