import type { Config } from './config';
import type { Logger } from '../infra/logger';
import type { LoanBook } from '../casework/loanBook/loanBook';
import { importLoanBookFile } from '../casework/loanBook/loanBookImport';
import { generateLoanBook } from '../../models/loanBook/syntheticLoanBook';
import type { UserStore } from '../staff/auth/userStore';

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
  const loans = generateLoanBook({ n: config.DEMO_LOANS, seed: config.DEMO_SEED, phonePrefix: config.profile.demoPhonePrefix });
  await loanBook.upsertMany(loans);
  log.info({ loans: loans.length, seed: config.DEMO_SEED }, 'demo loan book generated');
}

/** Demo staff accounts (listed in the README); never created in production. */
export const DEMO_USERS = [
  { name: 'agent', role: 'agent', displayName: 'Priya (demo agent)', password: 'agent-demo-pass' },
  { name: 'agent2', role: 'agent', displayName: 'Tom (demo agent)', password: 'agent2-demo-pass' },
  { name: 'supervisor', role: 'supervisor', displayName: 'Sam (demo supervisor)', password: 'supervisor-demo-pass' },
] as const;

export async function seedDemoUsers(config: Config, users: UserStore, log: Logger): Promise<void> {
  if (config.NODE_ENV === 'production' || users.list().length > 0) return;
  for (const user of DEMO_USERS) await users.add(user.name, user.role, user.password, user.displayName);
  log.info({ users: DEMO_USERS.map((u) => u.name) }, 'demo staff accounts created (see README)');
}
