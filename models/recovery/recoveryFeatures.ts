/**
 * The loan features a recovery pattern is explained by, shared by the random
 * forest (models/training, command line) and the runtime's cluster profiles.
 * Age and Gender are left out: they must never drive how a borrower is
 * treated, and an explanation that ranks them invites exactly that.
 */
import type { LoanRecord } from '../loanBook/loanRecord';

export interface LoanFeature {
  name: string;
  value: (loan: LoanRecord) => number;
}

export const RECOVERY_FEATURES: readonly LoanFeature[] = [
  { name: 'Days_Past_Due', value: (l) => l.Days_Past_Due },
  { name: 'Income_Change_Pct', value: (l) => l.Income_Change_Pct ?? 0 },
  { name: 'Collateral_To_Loan', value: (l) => (l.Loan_Amount > 0 ? l.Collateral_Value / l.Loan_Amount : 0) },
  { name: 'Monthly_Income', value: (l) => l.Monthly_Income },
  { name: 'Payment_To_Income', value: (l) => (l.Monthly_Income > 0 ? l.Monthly_EMI / l.Monthly_Income : 0) },
  { name: 'Interest_Rate', value: (l) => l.Interest_Rate },
  { name: 'Loan_Tenure', value: (l) => l.Loan_Tenure },
  { name: 'Num_Dependents', value: (l) => l.Num_Dependents },
  { name: 'Num_Missed_Payments', value: (l) => l.Num_Missed_Payments },
];
