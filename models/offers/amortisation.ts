import { ceilMoney, centsOf, roundMoney, toCents } from '../shared/money';
import { compact, type Phase } from './phases';

/** Nominal annual percentage → rate per month, as UK and Indian lenders quote instalment loans. */
export function monthlyRate(annualPct: number): number {
  return annualPct / 1200;
}

/**
 * Level instalment repaying `principal` over `months` (the standard annuity
 * formula P·r / (1 − (1 + r)^−n)). Rounded up to the cent, so the final
 * payment is never larger than the others and the borrower is not surprised.
 */
export function instalment(principal: number, annualPct: number, months: number): number {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`instalment: months must be a positive integer, got ${months}`);
  if (principal <= 0) return 0;
  const r = monthlyRate(annualPct);
  return ceilMoney(r === 0 ? principal / months : (principal * r) / (1 - (1 + r) ** -months));
}

export interface Ledger {
  /** What was actually paid, shortened if the balance cleared early. */
  paid: Phase[];
  /** Balance left after the runs. */
  balance: number;
}

/**
 * Runs a loan ledger through runs of fixed payments: each month interest is
 * added (rounded to the cent, as a lender's ledger does), then the payment is
 * taken. A payment below the interest lets the balance grow (capitalisation);
 * a payment of 0 is a deferral.
 */
export function runLedger(balance: number, annualPct: number, runs: readonly Phase[]): Ledger {
  const r = monthlyRate(annualPct);
  let owed = toCents(balance); // whole cents: the ledger adds up exactly
  const paid: Phase[] = [];
  for (const run of runs) {
    const payment = toCents(run.amount);
    let months = 0;
    for (; months < run.months && owed > 0; months++) {
      const due = owed + centsOf(owed, r);
      if (due <= payment) {
        paid.push({ months, amount: run.amount }, { months: 1, amount: due / 100 });
        return { paid: compact(paid), balance: 0 };
      }
      owed = due - payment;
    }
    paid.push({ months, amount: run.amount });
  }
  return { paid: compact(paid), balance: owed / 100 };
}

/**
 * Pays `balance` off with a level `payment` until cleared; the last payment is
 * whatever is left. Null when the payment does not cover the first month's
 * interest (the loan would never amortise) or it would take over `maxMonths`.
 */
export function repay(balance: number, annualPct: number, payment: number, maxMonths = 1200): Phase[] | null {
  if (balance <= 0) return [];
  if (payment <= roundMoney(balance * monthlyRate(annualPct))) return null;
  const ledger = runLedger(balance, annualPct, [{ months: maxMonths, amount: payment }]);
  return ledger.balance > 0 ? null : ledger.paid;
}

/**
 * The level instalment that repays `principal` in at most `months` on the ledger, with its payments. The
 * annuity formula is exact, but the ledger rounds each month's interest to the cent, which can leave a cent
 * or two for one more month: the instalment then goes up a cent until it does not.
 */
export function amortise(principal: number, annualPct: number, months: number): { payment: number; phases: Phase[] } {
  let payment = instalment(principal, annualPct, months);
  for (;;) {
    const phases = repay(principal, annualPct, payment, months);
    if (phases) return { payment, phases };
    payment = roundMoney(payment + 0.01);
  }
}
