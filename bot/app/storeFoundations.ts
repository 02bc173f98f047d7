import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { Pool } from 'pg';
import type { TurnCommit } from '../../models/ports/turnCommit';
import { AuditLog, type AuditTrail } from '../casework/audit/auditLog';
import type { Deployed } from '../casework/audit/deploymentChanges';
import { PgAuditLog } from '../casework/audit/pgAuditLog';
import { MemoryIdleSchedule, type IdleSchedule } from '../casework/idle/idleSchedule';
import { PgIdleSchedule } from '../casework/idle/pgIdleSchedule';
import { LowdbLoanBook, type LoanBook } from '../casework/loanBook/loanBook';
import { PgLoanBook } from '../casework/loanBook/pgLoanBook';
import { pgBackend } from '../infra/postgres/pgBackend';
import { pgJsonAdapter } from '../infra/postgres/pgJsonAdapter';
import { PgTurnCommit } from '../infra/postgres/pgTurnCommit';
import type { StorageBackend } from '../infra/storage/documents';
import { DurableJsonFile } from '../infra/storage/durableJsonFile';
import { EmbeddedStore } from '../infra/storage/embeddedStore';
import { fileBackend } from '../infra/storage/fileBackend';
import { UserStore } from '../staff/auth/userStore';
import type { CampaignStore } from '../../models/ports/campaigns';
import { DocumentCampaignStore } from '../casework/outreach/documentCampaignStore';
import { PgCampaignStore } from '../casework/outreach/pgCampaignStore';

/** What differs between STORE=lowdb and STORE=postgres; every store above these is the same code. */
export interface StoreFoundation {
  backend: StorageBackend;
  audit: AuditTrail;
  /** How a turn's writes are committed and its conversation kept to one turn at a time. */
  turnCommit: TurnCommit;
  /** The idle follow-up clock: one process's memory, or rows every instance claims from. */
  idleSchedule: IdleSchedule;
  /** Outreach campaigns and their send ledger: documents under DATA_DIR, or rows every instance claims from. */
  campaigns: CampaignStore;
  /** The policy and model versions the last start loaded, so a change is audited once. */
  deployed: Adapter<Deployed>;
  /** Where the transcript index is kept between clean restarts (none: rebuilt from the transcripts at start). */
  transcriptIndexFile?: string;
  loanBook(): Promise<LoanBook>;
  users(): Promise<UserStore>;
  /** After the last write (shutdown): the embedded journal is compacted and closed. */
  close(): Promise<void>;
}

export async function embeddedFoundation(dataDir: string): Promise<StoreFoundation> {
  const engine = await EmbeddedStore.open(dataDir);
  const backend = fileBackend(dataDir, engine);
  return {
    backend,
    campaigns: new DocumentCampaignStore(backend),
    audit: new AuditLog(path.join(dataDir, 'audit')),
    turnCommit: engine,
    deployed: new DurableJsonFile(path.join(dataDir, 'deployed.json')),
    idleSchedule: new MemoryIdleSchedule(),
    transcriptIndexFile: path.join(dataDir, 'transcripts-index.jsonl'),
    loanBook: () => LowdbLoanBook.open(dataDir),
    users: () => UserStore.open(dataDir),
    close: () => engine.close(),
  };
}

/** `locks`: the connections turns hold their conversation lock on, apart from `pool`, which runs every query. */
export function postgresFoundation(pool: Pool, locks: Pool): StoreFoundation {
  return {
    backend: pgBackend(pool),
    audit: new PgAuditLog(pool),
    turnCommit: new PgTurnCommit(locks),
    deployed: pgJsonAdapter(pool, 'deployed.json'),
    idleSchedule: new PgIdleSchedule(pool),
    campaigns: new PgCampaignStore(pool),
    loanBook: () => PgLoanBook.open(pool),
    users: () => UserStore.openOn(pgJsonAdapter(pool, 'users.json')),
    close: async () => undefined,
  };
}
