import { DomainError } from '../shared/domainError';

/** One payment received against a loan, as the servicing system reports it. */
export interface Payment {
  /** The servicing system's own id for the payment: the key that makes imports and webhook retries idempotent. */
  reference: string;
  loanId: string;
  /** YYYY-MM-DD, the day the money arrived. */
  date: string;
  /** In the deployment's currency, above 0. */
  amount: number;
  /** How it reached us: "csv" (npm run import:payments) or "webhook". */
  source: 'csv' | 'webhook';
  /** ISO timestamp of when Forbear recorded it. */
  recordedAt: string;
}

/** The fields a payment arrives with, before it is checked. */
export interface PaymentFields {
  loan: unknown;
  date: unknown;
  amount: unknown;
  reference: unknown;
}

/** The same reference came again with different figures: a servicing-system error, never silently overwritten. */
export class PaymentConflictError extends DomainError {
  readonly kind = 'conflict';
  override readonly name = 'PaymentConflictError';
  constructor(readonly reference: string) {
    super(`payment ${reference} was already recorded with a different loan, date or amount`);
  }
}

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;
const LOAN = /^[A-Za-z0-9_-]{1,40}$/;

function validDay(raw: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * Checks one incoming payment; every problem is named, so a row or webhook item can be fixed in one go.
 * A date after `today` is refused: money that has not arrived cannot keep a promise.
 */
export function checkPayment(
  fields: PaymentFields,
  today: string,
): { ok: true; value: Omit<Payment, 'source' | 'recordedAt'> } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
  const [loanId, date, reference] = [text(fields.loan), text(fields.date), text(fields.reference)];
  const amount = typeof fields.amount === 'number' ? fields.amount : text(fields.amount) === '' ? NaN : Number(text(fields.amount));
  if (!LOAN.test(loanId)) problems.push(`loan "${loanId}" is not a loan reference`);
  if (!validDay(date)) problems.push(`date "${date}" is not a valid YYYY-MM-DD date`);
  else if (date > today) problems.push(`date ${date} is in the future`);
  if (!Number.isFinite(amount) || amount <= 0) problems.push(`amount "${text(fields.amount)}" is not a positive number`);
  else if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) problems.push(`amount ${amount} has more than 2 decimals`);
  if (!REFERENCE.test(reference)) problems.push(`reference "${reference}" must be 1–64 letters, digits or . _ : / -`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { reference, loanId, date, amount } };
}

/** True when two records of one reference describe the same money (a retry), false when they contradict. */
export function samePayment(a: Pick<Payment, 'loanId' | 'date' | 'amount'>, b: Pick<Payment, 'loanId' | 'date' | 'amount'>): boolean {
  return a.loanId === b.loanId && a.date === b.date && Math.round(a.amount * 100) === Math.round(b.amount * 100);
}
