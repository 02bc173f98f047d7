import type { LoanRecord } from '../loanBook/loanRecord';

export interface LoanLookup {
  get(loanId: string): LoanRecord | undefined;
}
