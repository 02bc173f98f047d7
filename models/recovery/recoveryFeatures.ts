/**
 * The loan features a recovery pattern is explained by, shared by the random
 * forest's importances and the cluster profiles. Each says which loan-book
 * fields it reads, so the rule the risk model follows (readsProtected: Gender
 * and Age never drive a score) is checked the same way here: an explanation
 * that ranked them would invite treating borrowers by them.
 */
import type { LoanRecord } from '../loanBook/loanRecord';
import { ProtectedFeatureError, readsProtected } from '../risk/features';

export interface LoanFeature {
  name: string;
  /** What a supervisor reads on the page. */
  title: string;
  reads: readonly (keyof LoanRecord)[];
  value: (loan: LoanRecord) => number;
}

export const RECOVERY_FEATURES: readonly LoanFeature[] = [
  { name: 'Days_Past_Due', title: 'Days past due', reads: ['Days_Past_Due'], value: (l) => l.Days_Past_Due },
  { name: 'Income_Change_Pct', title: 'Change in income', reads: ['Income_Change_Pct'], value: (l) => l.Income_Change_Pct ?? 0 },
  {
    name: 'Collateral_To_Loan',
    title: 'Collateral against the loan',
    reads: ['Collateral_Value', 'Loan_Amount'],
    value: (l) => (l.Loan_Amount > 0 ? l.Collateral_Value / l.Loan_Amount : 0),
  },
  { name: 'Monthly_Income', title: 'Monthly income', reads: ['Monthly_Income'], value: (l) => l.Monthly_Income },
  {
    name: 'Payment_To_Income',
    title: 'Share of income the instalment takes',
    reads: ['Monthly_EMI', 'Monthly_Income'],
    value: (l) => (l.Monthly_Income > 0 ? l.Monthly_EMI / l.Monthly_Income : 0),
  },
  { name: 'Interest_Rate', title: 'Interest rate', reads: ['Interest_Rate'], value: (l) => l.Interest_Rate },
  { name: 'Loan_Tenure', title: 'Loan term', reads: ['Loan_Tenure'], value: (l) => l.Loan_Tenure },
  { name: 'Num_Dependents', title: 'Number of dependants', reads: ['Num_Dependents'], value: (l) => l.Num_Dependents },
  { name: 'Num_Missed_Payments', title: 'Missed payments', reads: ['Num_Missed_Payments'], value: (l) => l.Num_Missed_Payments },
];

/** Refuses a feature list that reads Gender or Age, before anything is computed from it. */
export function explainingFeatures(features: readonly LoanFeature[]): readonly LoanFeature[] {
  const banned = features.filter((f) => readsProtected(f.reads)).map((f) => f.name);
  if (banned.length > 0) throw new ProtectedFeatureError(`${banned.join(', ')} read Gender or Age, which never explain a recovery pattern`);
  return features;
}
