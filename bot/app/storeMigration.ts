import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';
import { AuditLog } from '../casework/audit/auditLog';
import { auditDigest, PgAuditLog } from '../casework/audit/pgAuditLog';
import { LowdbLoanBook } from '../casework/loanBook/loanBook';
import { PgLoanBook } from '../casework/loanBook/pgLoanBook';
import { PgDocumentStore } from '../infra/postgres/pgDocumentStore';
import { transaction } from '../infra/postgres/transaction';
import type { StoredDocument } from '../infra/storage/documentStore';
import { embeddedFoundation } from './storeFoundations';

/** One thing copied: how many the embedded store holds and how many of those the database now holds. */
export interface CopiedCount {
  name: string;
  source: number;
  target: number;
}

/** The migration was refused or its counts did not match; nothing already copied is wrong, a re-run continues. */
export class StoreMigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreMigrationError';
  }
}

const SHARD = /^[0-9a-f]{2}$/;
const BATCH = 200;

/**
 * Copies an embedded store (DATA_DIR) into a migrated PostgreSQL database:
 * secrets first (sealed inbox rows, pseudonyms and identity keys are only
 * readable with the key they were made with, so a database that already has
 * a different one is refused before anything is written), then every document
 * collection (with its file time as `updated_at`, so retention ages stay true),
 * the loan book, staff accounts (merged by name) and the audit log (an entry's
 * digest makes a second copy a no-op). Idempotent: re-running copies the same
 * rows over themselves. Run it with no instance serving either store.
 */
export async function migrateEmbeddedStore(dataDir: string, pool: Pool): Promise<CopiedCount[]> {
  // Opening replays the journal and closing compacts it, so the document files hold every acknowledged write.
  await (await embeddedFoundation(dataDir)).close();
  const counts = [await copySecrets(dataDir, pool)];
  for (const collection of await collectionsUnder(dataDir)) counts.push(await copyCollection(dataDir, collection, pool));
  counts.push(await copyLoans(dataDir, pool), await copyUsers(dataDir, pool), await copyAudit(dataDir, pool));
  const short = counts.filter((c) => c.target !== c.source);
  if (short.length > 0) throw new StoreMigrationError(`counts differ after copying: ${short.map((c) => `${c.name} ${c.target}/${c.source}`).join(', ')}`);
  return counts;
}

async function copySecrets(dataDir: string, pool: Pool): Promise<CopiedCount> {
  const names = (await fs.readdir(dataDir)).filter((f) => f.endsWith('.secret')).map((f) => f.slice(0, -'.secret'.length));
  let same = 0;
  for (const name of names) {
    const value = Buffer.from((await fs.readFile(path.join(dataDir, `${name}.secret`), 'utf8')).trim(), 'base64');
    await pool.query('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, value]);
    const { rows } = await pool.query<{ value: Buffer }>('SELECT value FROM secrets WHERE name = $1', [name]);
    if (!rows[0].value.equals(value)) {
      throw new StoreMigrationError(`the database already has a different "${name}" secret (an instance ran on it before): migrate into a fresh database`);
    }
    same += 1;
  }
  return { name: 'secrets', source: names.length, target: same };
}

/** Collection names as the backend spells them ("cases", "whatsapp/inbound"): directories of two-hex-digit shards. */
async function collectionsUnder(dataDir: string, relative: string[] = []): Promise<string[]> {
  const entries = await fs.readdir(path.join(dataDir, ...relative), { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory() && e.name !== 'journal' && e.name !== 'audit');
  const found: string[] = dirs.some((d) => SHARD.test(d.name)) ? [relative.join('/')] : [];
  for (const dir of dirs.filter((d) => !SHARD.test(d.name))) found.push(...(await collectionsUnder(dataDir, [...relative, dir.name])));
  return found;
}

async function copyCollection(dataDir: string, collection: string, pool: Pool): Promise<CopiedCount> {
  const dir = path.join(dataDir, ...collection.split('/'));
  const rows: { doc: StoredDocument<unknown>; written: Date }[] = [];
  for (const shard of (await fs.readdir(dir)).filter((s) => SHARD.test(s))) {
    for (const file of (await fs.readdir(path.join(dir, shard))).filter((f) => f.endsWith('.json') && !f.startsWith('.'))) {
      const full = path.join(dir, shard, file);
      const text = await fs.readFile(full, 'utf8');
      const doc = JSON.parse(text) as StoredDocument<unknown> | null;
      if (doc) rows.push({ doc, written: (await fs.stat(full)).mtime });
    }
  }
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await transaction(pool, async (client) => {
      for (const { doc, written } of batch) {
        await client.query(
          `INSERT INTO documents (collection, key, etag, value, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5)
           ON CONFLICT (collection, key) DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
          [collection, doc.key, doc.eTag, JSON.stringify(doc.value), written],
        );
      }
    });
  }
  const { rows: found } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM documents WHERE collection = $1 AND key = ANY($2::text[])', [
    collection,
    rows.map((r) => r.doc.key),
  ]);
  return { name: collection, source: rows.length, target: Number(found[0].n) };
}

async function copyLoans(dataDir: string, pool: Pool): Promise<CopiedCount> {
  const loans = (await LowdbLoanBook.open(dataDir)).all();
  const target = await PgLoanBook.open(pool);
  await target.upsertMany(loans);
  const copied = await PgLoanBook.open(pool);
  return { name: 'loans', source: loans.length, target: loans.filter((l) => copied.get(l.Loan_ID) !== undefined).length };
}

async function copyUsers(dataDir: string, pool: Pool): Promise<CopiedCount> {
  type UserFile = { users: Record<string, unknown> };
  const source = await fs.readFile(path.join(dataDir, 'users.json'), 'utf8').then(
    (text) => (JSON.parse(text) as UserFile).users,
    () => ({}),
  );
  const files = new PgDocumentStore<UserFile>(pool, 'files');
  const merged = await files.update('users.json', (current) => ({ users: { ...current?.users, ...source } }));
  const names = Object.keys(source);
  return { name: 'users', source: names.length, target: names.filter((n) => merged?.users[n] !== undefined).length };
}

async function copyAudit(dataDir: string, pool: Pool): Promise<CopiedCount> {
  const entries = await new AuditLog(path.join(dataDir, 'audit')).read({ limit: Number.MAX_SAFE_INTEGER });
  const target = new PgAuditLog(pool);
  for (const entry of entries.reverse()) await target.insert(entry);
  // Two identical entries (same moment, same action) are one row: counted by digest on both sides.
  const digests = [...new Set(entries.map(auditDigest))];
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_log WHERE digest = ANY($1::text[])', [digests]);
  return { name: 'audit', source: digests.length, target: Number(rows[0].n) };
}
