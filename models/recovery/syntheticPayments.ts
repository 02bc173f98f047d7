/**
 * The synthetic cohort as the servicing system would send it: one payment a
 * month with money in it, on a loan-specific day, in the payment CSV that
 * `npm run import:payments` reads. Lets the CSV path of the analysis and the
 * import benchmark run on the planted patterns.
 */
import type { RecoveryCohort } from './syntheticCashFlows';
import { monthIndex } from './cashFlowSeries';

export interface CohortPayment {
  loanId: string;
  date: string;
  amount: number;
  reference: string;
}

export function cohortPayments(cohort: Pick<RecoveryCohort, 'loans' | 'series'>, from: string): CohortPayment[] {
  const start = monthIndex(from);
  const payments: CohortPayment[] = [];
  cohort.series.forEach((series, i) => {
    const loan = cohort.loans[i];
    const day = String(1 + (i % 28)).padStart(2, '0');
    series.forEach((share, t) => {
      const amount = Math.round(share * loan.Outstanding_Loan_Amount * 100) / 100;
      if (amount <= 0) return;
      const m = start + t;
      const date = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${day}`;
      payments.push({ loanId: loan.Loan_ID, date, amount, reference: `SYN-${loan.Loan_ID}-${t + 1}` });
    });
  });
  return payments;
}

export function paymentsCsv(payments: readonly CohortPayment[]): string {
  return ['loan,date,amount,reference', ...payments.map((p) => `${p.loanId},${p.date},${p.amount.toFixed(2)},${p.reference}`)].join('\n') + '\n';
}
