import type { Config } from './config';
import type { Logger } from './logger';
import type { LoanBook } from './storage/loanBook';
import { importLoanBookFile } from './storage/loanBookImport';
import { generateLoanBook } from '../models/risk/syntheticLoanBook';

/**
 * Fills the loan book at start: from PORTFOLIO_CSV when given (re-imported
 * every start, which is idempotent), otherwise a seeded demo book the first
 * time the store is empty, so anyone can try the whole flow with the
 * identities listed in the README.
 */
export async function seedLoanBook(config: Config, loanBook: LoanBook, log: Logger): Promise<void> {
  if (config.PORTFOLIO_CSV) {
    const result = await importLoanBookFile(config.PORTFOLIO_CSV, loanBook);
    log.info({ file: result.file, inserted: result.inserted, updated: result.updated, rejected: result.rejected.length }, 'loan book imported');
    for (const error of result.rejected.slice(0, 20)) log.warn({ line: error.line, reason: error.reason }, 'loan book row rejected');
    return;
  }
  if (loanBook.size() > 0) return;
  const loans = generateLoanBook({ n: config.DEMO_LOANS, seed: config.DEMO_SEED });
  await loanBook.upsertMany(loans);
  log.info({ loans: loans.length, seed: config.DEMO_SEED }, 'demo loan book generated');
}
