import type { LoanRecord } from '../loanBook/loanRecord';
import { addMonths, isoDate } from '../shared/calendar';
import { DomainError } from '../shared/domainError';
import { OfferInputError } from './inputError';
import type { Plan } from './plan';
import type { UniformRandom as Random } from '../shared/random';
import { acceptedTerms, termsDigest, type AcceptanceContext, type AcceptedTerms } from './acceptedTerms';
import type { ExperimentTag } from './experiment';

/** An accepted plan, as recorded against the loan. */
export interface Arrangement {
  /** e.g. "FB-7K3QX9": read over the phone, so no 0/O, 1/I/L or U/V. */
  reference: string;
  loanId: string;
  borrowerId: string;
  plan: Plan;
  /** The first payments due (zero-payment months of a deferral are not listed). */
  schedule: { dueDate: string; amount: number }[];
  /** ISO timestamp. */
  createdAt: string;
  /** Where it was agreed, e.g. "webchat", "agent". */
  channel: string;
  /** Set when an agent replaced it with another arrangement at the borrower's request; it is no longer live. */
  replacedBy?: { reference: string; at: string };
  /** What the borrower accepted, frozen at acceptance, and its SHA-256 digest (absent on arrangements recorded before). */
  terms?: AcceptedTerms;
  termsDigest?: string;
  /** ISO timestamp: links to the written confirmation issued before it no longer open (staff withdrew them). */
  linksValidFrom?: string;
  /** The offer experiment arm the plan came from, so its outcome joins the experiment's report. */
  experiment?: ExperimentTag;
}

export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const REFERENCE_PATTERN = new RegExp(`^FB-[${REFERENCE_ALPHABET}]{6}$`);

export interface ArrangementArgs {
  loan: LoanRecord;
  plan: Plan;
  channel: string;
  now: Date;
  /** Seed it for reproducible references in tests; defaults to Math.random. */
  random?: Random;
  /** How many payments to list. */
  scheduleLength?: number;
  /** Records the accepted terms with the arrangement. */
  acceptance?: AcceptanceContext;
  experiment?: ExperimentTag;
}

export function referenceNumber(random: Random): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[Math.floor(random() * REFERENCE_ALPHABET.length)];
  return `FB-${code}`;
}

/**
 * The first `count` dated payments of a plan; months with nothing due are skipped.
 * Dates count from the plan's start so that a start on the 31st keeps falling on month ends.
 */
export function paymentSchedule(plan: Plan, count: number): Arrangement['schedule'] {
  const start = new Date(`${plan.startDate}T00:00:00Z`);
  const schedule: Arrangement['schedule'] = [];
  let month = 1;
  for (const phase of plan.phases) {
    for (let i = 0; i < phase.months && schedule.length < count; i++, month++) {
      if (phase.amount > 0) schedule.push({ dueDate: isoDate(addMonths(start, month)), amount: phase.amount });
    }
  }
  return schedule;
}

/** The date of the plan's last payment (its start plus its term). */
export function endDate(plan: Pick<Plan, 'startDate' | 'termMonths'>): string {
  return isoDate(addMonths(new Date(`${plan.startDate}T00:00:00Z`), plan.termMonths));
}

/** Live: agreed, not replaced, and payments still to come (one loan has at most one). */
export function isLive(arrangement: Arrangement, today: Date): boolean {
  return !arrangement.replacedBy && endDate(arrangement.plan) >= isoDate(today);
}

/** The loan's live arrangement among `arrangements` (the latest, should old records hold two). */
export function liveArrangement(arrangements: Iterable<Arrangement>, loanId: string, today: Date): Arrangement | undefined {
  let live: Arrangement | undefined;
  for (const a of arrangements) if (a.loanId === loanId && isLive(a, today) && (!live || a.createdAt > live.createdAt)) live = a;
  return live;
}

/** Every instalment of the plan (the stored schedule lists only the first few); a replaced one ends at its replacement. */
export function instalmentSchedule(arrangement: Arrangement): Arrangement['schedule'] {
  const all = paymentSchedule(arrangement.plan, arrangement.plan.termMonths);
  const end = arrangement.replacedBy?.at.slice(0, 10);
  return end ? all.filter((p) => p.dueDate < end) : all;
}

/** The next payment due on or after `today`, from the whole plan. */
export function nextPayment(arrangement: Arrangement, today: Date): Arrangement['schedule'][number] | undefined {
  const from = isoDate(today);
  return instalmentSchedule(arrangement).find((p) => p.dueDate >= from);
}

/** A loan already has a live arrangement: a second one is refused, and changing it is for a person. */
export class ArrangementConflictError extends DomainError {
  readonly kind = 'conflict';
  override readonly name = 'ArrangementConflictError';
  constructor(readonly live: Arrangement) {
    super(
      `Loan ${live.loanId} already has a live arrangement, ${live.reference} ("${live.plan.title}", agreed ${live.createdAt.slice(0, 10)}); ` +
        'a loan has one live arrangement at a time, so it must be replaced, not added to.',
    );
  }
}

/** Throws ArrangementConflictError when the loan of `next` already has a live arrangement other than `replacing`. */
export function refuseSecondArrangement(live: Arrangement | undefined, next: Arrangement, replacing?: string): void {
  if (live && live.reference !== replacing) throw new ArrangementConflictError(live);
  if (replacing && !live) throw new OfferInputError(`${replacing} is not a live arrangement of loan ${next.loanId}, so there is nothing to replace`);
}

export function createArrangement({
  loan,
  plan,
  channel,
  now,
  random = Math.random,
  scheduleLength = 6,
  acceptance,
  experiment,
}: ArrangementArgs): Arrangement {
  if (!loan.Loan_ID || !loan.Borrower_ID) throw new OfferInputError('loan needs a Loan_ID and a Borrower_ID to record an arrangement');
  if (!channel.trim()) throw new OfferInputError('channel must name where the plan was agreed, e.g. "webchat"');
  if (Number.isNaN(now.getTime())) throw new OfferInputError('now must be a valid Date');
  if (Number.isNaN(Date.parse(plan.startDate)) || !plan.phases.some((p) => p.amount > 0 && p.months > 0))
    throw new OfferInputError(`plan ${plan.id} has no dated payments to schedule`);
  const arrangement: Arrangement = {
    reference: referenceNumber(random),
    loanId: loan.Loan_ID,
    borrowerId: loan.Borrower_ID,
    plan,
    schedule: paymentSchedule(plan, scheduleLength),
    createdAt: now.toISOString(),
    channel: channel.trim(),
    ...(experiment && { experiment }),
  };
  if (!acceptance) return arrangement;
  const { reference, loanId, createdAt } = arrangement;
  const facts = { reference, loanId, plan, channel: arrangement.channel, acceptedAt: createdAt, endDate: endDate(plan) };
  const terms = acceptedTerms({ ...facts, schedule: paymentSchedule(plan, plan.termMonths) }, acceptance);
  return { ...arrangement, terms, termsDigest: termsDigest(terms) };
}
