import type { LoanRecord } from '../loanBook/loanRecord';

/** Whose budget a loan's messages spend: its borrower's, or the loan's own when the book names no borrower. */
export type BorrowerOf = (loanId: string) => string;

/** The borrower a loan's contacts count against: its Borrower_ID, or the loan itself when the book names nobody. */
export const borrowerIdOf = (loan: LoanRecord): string => loan.Borrower_ID || loan.Loan_ID;

/** Each loan's borrower as the book has it; a loan the book does not know is a borrower of its own. */
export function borrowerOfBook(loan: (loanId: string) => LoanRecord | undefined): BorrowerOf {
  return (loanId) => {
    const known = loan(loanId);
    return known ? borrowerIdOf(known) : loanId;
  };
}

/** The borrowers of these loans, read once from the list a sweep walks. */
export function borrowerOfLoans(loans: readonly LoanRecord[]): BorrowerOf {
  const byLoan = new Map(loans.map((l) => [l.Loan_ID, l] as const));
  return borrowerOfBook((loanId) => byLoan.get(loanId));
}

/**
 * The contacts made to each borrower, whichever of their loans each was about: what the weekly and per-day caps
 * count, because regulators limit contacting the person, not each debt. Built once from the ledgers' times by loan;
 * a sweep adds its own sends as it makes them, so each later check sees them without reading any ledger again.
 */
export class ContactBudget {
  private readonly byBorrower = new Map<string, string[]>();

  constructor(
    byLoan: readonly ReadonlyMap<string, readonly string[]>[],
    private readonly borrowerOf: BorrowerOf,
  ) {
    for (const map of byLoan) for (const [loanId, times] of map) for (const at of times) this.spend(loanId, at);
  }

  /** ISO times of the messages this loan's borrower got (or may have), about any of their loans. */
  attempts(loanId: string): readonly string[] {
    return this.byBorrower.get(this.borrowerOf(loanId)) ?? [];
  }

  /** A message about this loan went out (or is going) at `at`. */
  spend(loanId: string, at: string): void {
    const borrower = this.borrowerOf(loanId);
    const times = this.byBorrower.get(borrower);
    if (times) times.push(at);
    else this.byBorrower.set(borrower, [at]);
  }
}
