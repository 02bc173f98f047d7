/**
 * Per-loan cash-flow series from recorded payments: the money collected in
 * each calendar month from `from` (YYYY-MM) for `months` months, divided by
 * the loan's outstanding balance at the start (the loan book's
 * Outstanding_Loan_Amount), so a large and a small loan recovering the same
 * way look the same. A loan of the book with no payment is a series of zeros:
 * that is the "never" pattern, not missing data. Payments outside the window
 * are counted, not used.
 */
import type { LoanRecord } from '../loanBook/loanRecord';
import type { Payment } from '../payments/payment';

export interface CashFlowSeries {
  loanIds: string[];
  series: number[][];
  /** Balance at the start per loan, the weight of its recovery time. */
  balances: number[];
  /** Payments before `from` or after the last month. */
  outsideWindow: number;
  /** Loans left out because their balance at the start was not above 0. */
  noBalance: string[];
}

const MONTH = /^(\d{4})-(\d{2})$/;

export function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (!m || +m[2] < 1 || +m[2] > 12) throw new RangeError(`"${month}" is not a YYYY-MM month`);
  return +m[1] * 12 + (+m[2] - 1);
}

/** The earliest payment's month: the default start when a file is one cohort entering collections together. */
export function firstMonth(payments: readonly Pick<Payment, 'date'>[]): string {
  if (payments.length === 0) throw new RangeError('no payments to take a start month from');
  return payments.reduce((min, p) => (p.date < min ? p.date : min), payments[0].date).slice(0, 7);
}

/** Months from `from` to the latest payment's month, inclusive. */
export function spanMonths(payments: readonly Pick<Payment, 'date'>[], from: string): number {
  const last = payments.reduce((max, p) => (p.date > max ? p.date : max), payments[0].date);
  return monthIndex(last.slice(0, 7)) - monthIndex(from) + 1;
}

export function buildCashFlowSeries(
  loans: readonly Pick<LoanRecord, 'Loan_ID' | 'Outstanding_Loan_Amount'>[],
  payments: readonly Pick<Payment, 'loanId' | 'date' | 'amount'>[],
  window: { from: string; months: number },
): CashFlowSeries {
  if (!Number.isInteger(window.months) || window.months < 2) throw new RangeError(`months must be an integer >= 2, got ${window.months}`);
  const start = monthIndex(window.from);
  const kept = loans.filter((l) => l.Outstanding_Loan_Amount > 0);
  const row = new Map(kept.map((l, i) => [l.Loan_ID, i]));
  const sums = kept.map(() => new Array<number>(window.months).fill(0));
  let outsideWindow = 0;
  for (const p of payments) {
    const i = row.get(p.loanId);
    if (i === undefined) continue;
    const t = monthIndex(p.date.slice(0, 7)) - start;
    if (t < 0 || t >= window.months) outsideWindow++;
    else sums[i][t] += p.amount;
  }
  return {
    loanIds: kept.map((l) => l.Loan_ID),
    series: sums.map((s, i) => s.map((v) => v / kept[i].Outstanding_Loan_Amount)),
    balances: kept.map((l) => l.Outstanding_Loan_Amount),
    outsideWindow,
    noBalance: loans.filter((l) => !(l.Outstanding_Loan_Amount > 0)).map((l) => l.Loan_ID),
  };
}
