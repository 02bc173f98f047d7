/**
 * The deployment's own recovery cohort, read from its store instead of a
 * CSV: a loan enters collections in the month its first arrangement was
 * agreed, and its series is the money collected in each of the `months`
 * calendar months from there over its balance (buildCashFlowSeries, one
 * window per entry month), so loans that entered at different times line up
 * at their month 1. Only a loan whose whole window has passed counts: a loan
 * agreed three months ago has no month 4 yet, and zeros there would read as
 * "stopped paying".
 */
import type { LoanRecord } from '../loanBook/loanRecord';
import type { Payment } from '../payments/payment';
import { buildCashFlowSeries, monthIndex } from './cashFlowSeries';

export interface CohortEntry {
  loan: LoanRecord;
  /** YYYY-MM the loan's first arrangement was agreed, in the deployment's zone. */
  entered: string;
}

export interface ArrangementCohort {
  loans: LoanRecord[];
  series: number[][];
  balances: number[];
  /** Loans whose window is not over yet (left out). */
  tooRecent: number;
  /** Loans left out because their balance at the start was not above 0. */
  noBalance: number;
  /** Loans of the cohort with at least one payment in their window. */
  withPayments: number;
}

export function arrangementCohort(
  entries: readonly CohortEntry[],
  payments: readonly Pick<Payment, 'loanId' | 'date' | 'amount'>[],
  window: { months: number; currentMonth: string },
): ArrangementCohort {
  const current = monthIndex(window.currentMonth);
  const observed = entries.filter((e) => monthIndex(e.entered) + window.months <= current);
  const byMonth = new Map<string, LoanRecord[]>();
  for (const e of observed) byMonth.set(e.entered, [...(byMonth.get(e.entered) ?? []), e.loan]);
  const byLoan = new Map<string, Pick<Payment, 'loanId' | 'date' | 'amount'>[]>();
  for (const p of payments) byLoan.set(p.loanId, [...(byLoan.get(p.loanId) ?? []), p]);
  const cohort: ArrangementCohort = { loans: [], series: [], balances: [], tooRecent: entries.length - observed.length, noBalance: 0, withPayments: 0 };
  for (const [entered, loans] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
    const built = buildCashFlowSeries(
      loans,
      loans.flatMap((l) => byLoan.get(l.Loan_ID) ?? []),
      { from: entered, months: window.months },
    );
    const byId = new Map(loans.map((l) => [l.Loan_ID, l]));
    cohort.loans.push(...built.loanIds.map((id) => byId.get(id) as LoanRecord));
    cohort.series.push(...built.series);
    cohort.balances.push(...built.balances);
    cohort.noBalance += built.noBalance.length;
    cohort.withPayments += built.series.filter((s) => s.some((v) => v > 0)).length;
  }
  return cohort;
}
