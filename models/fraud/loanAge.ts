import type { LoanRecord } from '../loanBook/loanRecord';
import { monthlyRate } from '../offers/amortisation';

export type LoanAgeInput = Pick<LoanRecord, 'Loan_Amount' | 'Loan_Tenure' | 'Interest_Rate' | 'Outstanding_Loan_Amount' | 'Num_Missed_Payments'>;

/**
 * Months since origination, estimated: the loan book has no origination date.
 * Assumption (README, "Fraud and anomaly signals"): the loan was a level
 * instalment loan of Loan_Amount over Loan_Tenure at Interest_Rate. The
 * principal repaid (Loan_Amount less the balance net of arrears) is worth k
 * instalments on that schedule, and each missed payment is a further month
 * that passed unpaid, so the age is k + Num_Missed_Payments. The balance is
 * taken as it stands: unpaid instalments add interest to a balance rather
 * than repay it, so a loan that was never paid reads as new (k = 0).
 */
export function estimatedLoanAgeMonths(loan: LoanAgeInput): number {
  const amount = loan.Loan_Amount;
  const tenure = Math.max(1, loan.Loan_Tenure);
  const missed = Math.max(0, loan.Num_Missed_Payments);
  if (!(amount > 0)) return missed;
  const remainingShare = Math.min(1, Math.max(0, loan.Outstanding_Loan_Amount / amount));
  const r = monthlyRate(loan.Interest_Rate);
  // Balance after k level payments, as a share of the principal: (g^n − g^k) / (g^n − 1), g = 1 + r.
  const paid = r > 0 ? Math.log((1 + r) ** tenure - remainingShare * ((1 + r) ** tenure - 1)) / Math.log(1 + r) : tenure * (1 - remainingShare);
  return Math.round((Math.max(0, paid) + missed) * 10) / 10;
}
