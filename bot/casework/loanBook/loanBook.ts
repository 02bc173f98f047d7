import path from 'node:path';
import { Low } from 'lowdb';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { DurableJsonFile } from '../../infra/storage/durableJsonFile';

/** What the rest of the product needs from the loan book; lowdb is one implementation. */
export interface LoanBook {
  get(loanId: string): LoanRecord | undefined;
  /** Inserts new loans and replaces existing ones by Loan_ID, so re-importing a file never duplicates. */
  upsertMany(loans: LoanRecord[]): Promise<{ inserted: number; updated: number }>;
  size(): number;
  /** Every loan, for whole-book scans (repayment anomalies). */
  all(): LoanRecord[];
}

interface LoanBookFile {
  loans: Record<string, LoanRecord>;
}

/**
 * The whole loan book in one lowdb file, held in memory for lookups. It is
 * written only by imports, never by a conversation turn, so its size does not
 * weigh on turn latency.
 */
export class LowdbLoanBook implements LoanBook {
  private constructor(private readonly db: Low<LoanBookFile>) {}

  static async open(dataDir: string): Promise<LowdbLoanBook> {
    const db = new Low<LoanBookFile>(new DurableJsonFile(path.join(dataDir, 'loans.json')), { loans: {} });
    await db.read();
    return new LowdbLoanBook(db);
  }

  get(loanId: string): LoanRecord | undefined {
    return Object.hasOwn(this.db.data.loans, loanId) ? this.db.data.loans[loanId] : undefined;
  }

  size(): number {
    return Object.keys(this.db.data.loans).length;
  }

  /** Every loan, for the batch scans (repayment anomalies). */
  all(): LoanRecord[] {
    return Object.values(this.db.data.loans);
  }

  async upsertMany(loans: LoanRecord[]): Promise<{ inserted: number; updated: number }> {
    let inserted = 0;
    let updated = 0;
    const next = { ...this.db.data.loans };
    for (const loan of loans) {
      if (Object.hasOwn(next, loan.Loan_ID)) updated++;
      else inserted++;
      next[loan.Loan_ID] = loan;
    }
    // Swap only after the write succeeds, so a failed import leaves memory and disk agreeing.
    const previous = this.db.data;
    this.db.data = { loans: next };
    try {
      await this.db.write();
    } catch (err) {
      this.db.data = previous;
      throw err;
    }
    return { inserted, updated };
  }
}
