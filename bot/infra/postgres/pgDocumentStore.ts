import type { Pool } from 'pg';
import { ETagConflictError, type StoredDocument } from '../storage/documentStore';
import type { Documents } from '../storage/documents';
import { KeyedMutex } from '../storage/keyedMutex';
import { LOCK_SPACE } from './locks';
import { transaction } from './transaction';

const PAGE = 500;

/**
 * One collection of documents as rows of the shared `documents` table (JSONB).
 * `update` holds a transaction-scoped advisory lock on the key, so a
 * read-modify-write excludes every other instance's, even for a key with no
 * row yet; the in-process mutex keeps local waiters from holding connections.
 */
export class PgDocumentStore<T> implements Documents<T> {
  private readonly mutex = new KeyedMutex();
  private counter = 0;

  constructor(
    private readonly pool: Pool,
    readonly collection: string,
  ) {}

  private nextETag(): string {
    return `${Date.now().toString(36)}-${process.pid.toString(36)}-${(++this.counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  }

  async get(key: string): Promise<StoredDocument<T> | undefined> {
    const { rows } = await this.pool.query<{ etag: string; value: T }>('SELECT etag, value FROM documents WHERE collection = $1 AND key = $2', [
      this.collection,
      key,
    ]);
    return rows[0] ? { key, eTag: rows[0].etag, value: rows[0].value } : undefined;
  }

  async put(key: string, value: T, expectedETag?: string): Promise<string> {
    const eTag = this.nextETag();
    const guarded = expectedETag !== undefined && expectedETag !== '*';
    const { rowCount } = await this.pool.query(
      `INSERT INTO documents (collection, key, etag, value) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (collection, key) DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = now()
       ${guarded ? 'WHERE documents.etag = $5' : ''}`,
      [this.collection, key, eTag, JSON.stringify(value), ...(guarded ? [expectedETag] : [])],
    );
    if (rowCount === 0) throw new ETagConflictError(key);
    return eTag;
  }

  async update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.mutex.run(key, () =>
      transaction(this.pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_SPACE.documents, `${this.collection}:${key}`]);
        const { rows } = await client.query<{ value: T }>('SELECT value FROM documents WHERE collection = $1 AND key = $2', [this.collection, key]);
        const current = rows[0]?.value;
        const next = change(current);
        if (next === undefined) return current;
        await client.query(
          `INSERT INTO documents (collection, key, etag, value) VALUES ($1, $2, $3, $4::jsonb)
           ON CONFLICT (collection, key) DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = now()`,
          [this.collection, key, this.nextETag(), JSON.stringify(next)],
        );
        return next;
      }),
    );
  }

  async delete(key: string): Promise<void> {
    await this.pool.query('DELETE FROM documents WHERE collection = $1 AND key = $2', [this.collection, key]);
  }

  /** Every document, in key order, a page at a time (keyset paging, so a large collection never sits in memory whole). */
  async *all(): AsyncGenerator<StoredDocument<T>> {
    let after = '';
    for (;;) {
      const { rows } = await this.pool.query<{ key: string; etag: string; value: T }>(
        'SELECT key, etag, value FROM documents WHERE collection = $1 AND key > $2 ORDER BY key COLLATE "C" LIMIT $3',
        [this.collection, after, PAGE],
      );
      for (const row of rows) yield { key: row.key, eTag: row.etag, value: row.value };
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].key;
    }
  }

  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    const { rows } = await this.pool.query<{ key: string }>('DELETE FROM documents WHERE collection = $1 AND updated_at < $2 RETURNING key', [
      this.collection,
      cutoff,
    ]);
    return rows.map((r) => r.key);
  }

  /** Each write here is its own transaction, committed when it resolves. */
  afterCommit(fn: () => void): void {
    fn();
  }

  async flush(): Promise<void> {
    await this.mutex.idle();
  }
}
