import type { RiskBand } from '../risk/bands';
import type { BorrowerLanguage } from '../i18n/languages';
import type { Phase } from './phases';

export const PLAN_TYPES = [
  'deferral',
  'term_extension',
  'rate_reduction',
  'reduced_payment',
  'arrears_plan',
  'settlement_lump_sum',
  'settlement_instalments',
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Settlements ask the borrower for a few large payments; never offered to vulnerable borrowers (FCA CONC 7.3). */
export const SETTLEMENT_TYPES: readonly PlanType[] = ['settlement_lump_sum', 'settlement_instalments'];

/** What the offer engine needs from a risk score (structurally compatible with models/risk). */
export interface RiskInput {
  /** Probability the loan is NOT fully recovered, 0–1. */
  probability: number;
  band: RiskBand;
}

export interface Plan {
  /** Stable within a decision, e.g. 'deferral-3', 'term_extension-24'. */
  id: string;
  type: PlanType;
  title: string;
  /** Plain language, for the borrower. */
  explanation: string;
  /**
   * The regular monthly payment the borrower commits to now (the relief
   * payment for a deferral or reduced-payment plan); 0 for a lump sum, whose
   * single payment is `totalPaid`.
   */
  monthlyPayment: number;
  termMonths: number;
  totalPaid: number;
  /** Against keeping to the contract (arrears now, then the contractual instalment); negative = costs more overall. */
  borrowerSaving: number;
  /** Chance the borrower keeps to this plan to the end (models/offers/cure.ts), 4 decimals. */
  cureProbability: number;
  /** Lender's expected recovery: NPV of the payments × the cure probability, plus what is recovered on failure × the rest. */
  expectedRecovery: number;
  /** YYYY-MM-DD the plan counts from (the decision date): month m of `phases` falls due m months later. */
  startDate: string;
  /** YYYY-MM-DD. */
  firstPaymentDate: string;
  /** Display-ready rows. */
  figures: { label: string; value: string }[];
  /**
   * The same title, explanation and figures in the borrower's language, when it is not English. The fields
   * above stay English: staff read them in the console, the audit trail and the exports.
   */
  borrower?: PlanText & { language: BorrowerLanguage };
  details: Record<string, number>;
  /** Built by hand by an agent (models/offers/agentPlans.ts), within the policy's limits, rather than offered by the engine. */
  agentBuilt?: true;
  /** Every payment, as runs of equal monthly amounts from month 1 (one month after the decision). */
  phases: Phase[];
}

/** What a borrower reads of a plan: its title, explanation and figures. */
export type PlanText = Pick<Plan, 'title' | 'explanation' | 'figures'>;

/** The plan's words in a borrower's language: its own translation when it was worded in that one, else the English. */
export function planWording(plan: Plan, language: BorrowerLanguage | undefined): PlanText {
  if (plan.borrower && plan.borrower.language === language) return plan.borrower;
  return { title: plan.title, explanation: plan.explanation, figures: plan.figures };
}
