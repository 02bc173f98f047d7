import type { Pool } from 'pg';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { transaction } from '../../infra/postgres/transaction';
import type { LoanBook } from './loanBook';

const BATCH = 1_000;

/**
 * The loan book as rows of `loans`, held in memory for lookups like the
 * embedded one (it changes only on imports). An instance sees another
 * instance's import at its next start.
 */
export class PgLoanBook implements LoanBook {
  private constructor(
    private readonly pool: Pool,
    private loans: Map<string, LoanRecord>,
  ) {}

  static async open(pool: Pool): Promise<PgLoanBook> {
    const { rows } = await pool.query<{ loan_id: string; record: LoanRecord }>('SELECT loan_id, record FROM loans');
    return new PgLoanBook(pool, new Map(rows.map((r) => [r.loan_id, r.record])));
  }

  get(loanId: string): LoanRecord | undefined {
    return this.loans.get(loanId);
  }

  all(): LoanRecord[] {
    return [...this.loans.values()];
  }

  size(): number {
    return this.loans.size;
  }

  /** One transaction for the whole import: it lands whole or not at all, and memory changes only after the commit. */
  async upsertMany(loans: LoanRecord[]): Promise<{ inserted: number; updated: number }> {
    const byId = new Map(loans.map((loan) => [loan.Loan_ID, loan]));
    const inserted = await transaction(this.pool, async (client) => {
      let fresh = 0;
      const all = [...byId.values()];
      for (let i = 0; i < all.length; i += BATCH) {
        const batch = all.slice(i, i + BATCH);
        const { rows } = await client.query<{ inserted: boolean }>(
          `INSERT INTO loans (loan_id, record) SELECT id, rec FROM unnest($1::text[], $2::jsonb[]) AS t(id, rec)
           ON CONFLICT (loan_id) DO UPDATE SET record = EXCLUDED.record RETURNING (xmax = 0) AS inserted`,
          [batch.map((l) => l.Loan_ID), batch.map((l) => JSON.stringify(l))],
        );
        fresh += rows.filter((r) => r.inserted).length;
      }
      return fresh;
    });
    const next = new Map(this.loans);
    for (const [id, loan] of byId) next.set(id, loan);
    this.loans = next;
    return { inserted, updated: byId.size - inserted };
  }
}
