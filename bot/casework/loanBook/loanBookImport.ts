import { promises as fs } from 'node:fs';
import { parseLoanBookCsv } from '../../../models/loanBook/loanBookCsv';
import type { LoanBook } from './loanBook';

export interface ImportResult {
  file: string;
  inserted: number;
  updated: number;
  rejected: { line: number; reason: string }[];
}

/**
 * Loads a loan-book CSV into the store: good rows are imported (re-importing
 * updates by Loan_ID), bad rows are reported with their line numbers. Identity
 * columns are required because a loan nobody can verify against is useless here.
 */
export async function importLoanBookFile(file: string, loanBook: LoanBook): Promise<ImportResult> {
  const text = await fs.readFile(file, 'utf8');
  const { rows, errors } = parseLoanBookCsv(text, { requireIdentity: true });
  const { inserted, updated } = rows.length > 0 ? await loanBook.upsertMany(rows) : { inserted: 0, updated: 0 };
  return { file, inserted, updated, rejected: errors };
}
