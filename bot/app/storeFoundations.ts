import path from 'node:path';
import type { Pool } from 'pg';
import { AuditLog, type AuditTrail } from '../casework/audit/auditLog';
import { PgAuditLog } from '../casework/audit/pgAuditLog';
import { LowdbLoanBook, type LoanBook } from '../casework/loanBook/loanBook';
import { PgLoanBook } from '../casework/loanBook/pgLoanBook';
import { pgBackend } from '../infra/postgres/pgBackend';
import { pgJsonAdapter } from '../infra/postgres/pgJsonAdapter';
import type { StorageBackend } from '../infra/storage/documents';
import { fileBackend } from '../infra/storage/fileBackend';
import { UserStore } from '../staff/auth/userStore';

/** What differs between STORE=lowdb and STORE=postgres; every store above these is the same code. */
export interface StoreFoundation {
  backend: StorageBackend;
  audit: AuditTrail;
  loanBook(): Promise<LoanBook>;
  users(): Promise<UserStore>;
}

export function embeddedFoundation(dataDir: string): StoreFoundation {
  return {
    backend: fileBackend(dataDir),
    audit: new AuditLog(path.join(dataDir, 'audit')),
    loanBook: () => LowdbLoanBook.open(dataDir),
    users: () => UserStore.open(dataDir),
  };
}

export function postgresFoundation(pool: Pool): StoreFoundation {
  return {
    backend: pgBackend(pool),
    audit: new PgAuditLog(pool),
    loanBook: () => PgLoanBook.open(pool),
    users: () => UserStore.openOn(pgJsonAdapter(pool, 'users.json')),
  };
}
