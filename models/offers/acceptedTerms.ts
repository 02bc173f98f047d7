import { createHash } from 'node:crypto';
import type { BorrowerLanguage } from '../i18n/languages';
import { planWording, type Plan, type PlanType } from './plan';

/** Who and where the borrower accepted, and the deployment's words for money and time at that moment. */
export interface AcceptanceContext {
  language: BorrowerLanguage;
  policyVersion: string;
  lenderName: string;
  currency: string;
  timeZone: string;
}

/**
 * Exactly what the borrower accepted, frozen when they accepted it: the page a borrower
 * is sent and what a supervisor checks are both read from this, never from the live plan.
 */
export interface AcceptedTerms {
  version: 1;
  reference: string;
  loanId: string;
  lenderName: string;
  planId: string;
  planType: PlanType;
  title: string;
  /** The offer's plain reasons, as the borrower read them on the card. */
  explanation: string;
  /** The card's figure rows (amounts already in the deployment currency's format): the plan's conditions as shown. */
  figures: { label: string; value: string }[];
  currency: string;
  monthlyPayment: number;
  totalPaid: number;
  termMonths: number;
  startDate: string;
  firstPaymentDate: string;
  endDate: string;
  /** Every payment of the plan. */
  schedule: { dueDate: string; amount: number }[];
  policyVersion: string;
  channel: string;
  language: BorrowerLanguage;
  timeZone: string;
  acceptedAt: string;
}

/** JSON with object keys sorted at every level, so the same terms always serialise to the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the canonical serialisation: printed on the confirmation so anyone can match it to the record. */
export function termsDigest(terms: AcceptedTerms): string {
  return createHash('sha256').update(canonicalJson(terms), 'utf8').digest('hex');
}

export interface TermsFacts {
  reference: string;
  loanId: string;
  plan: Plan;
  schedule: AcceptedTerms['schedule'];
  endDate: string;
  channel: string;
  acceptedAt: string;
}

export function acceptedTerms(facts: TermsFacts, context: AcceptanceContext): AcceptedTerms {
  const { plan } = facts;
  // Recorded as the borrower read it: in the language they accepted in.
  const words = planWording(plan, context.language);
  return {
    version: 1,
    reference: facts.reference,
    loanId: facts.loanId,
    lenderName: context.lenderName,
    planId: plan.id,
    planType: plan.type,
    title: words.title,
    explanation: words.explanation,
    figures: words.figures.map(({ label, value }) => ({ label, value })),
    currency: context.currency,
    monthlyPayment: plan.monthlyPayment,
    totalPaid: plan.totalPaid,
    termMonths: plan.termMonths,
    startDate: plan.startDate,
    firstPaymentDate: plan.firstPaymentDate,
    endDate: facts.endDate,
    schedule: facts.schedule.map(({ dueDate, amount }) => ({ dueDate, amount })),
    policyVersion: context.policyVersion,
    channel: facts.channel,
    language: context.language,
    timeZone: context.timeZone,
    acceptedAt: facts.acceptedAt,
  };
}
