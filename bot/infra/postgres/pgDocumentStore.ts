import pg, { type Pool, type QueryResult } from 'pg';
import { ETagConflictError, type StoredDocument } from '../storage/documentStore';
import type { Documents } from '../storage/documents';
import { KeyedMutex } from '../storage/keyedMutex';
import { LOCK_SPACE } from './locks';

const PAGE = 500;

/**
 * One collection of documents as rows of the shared `documents` table (JSONB).
 * `update` holds a transaction-scoped advisory lock on the key, so a
 * read-modify-write excludes every other instance's, even for a key with no
 * row yet; the in-process mutex keeps local waiters from holding connections.
 * It costs two round trips: BEGIN, the lock and the read go as one simple
 * query, and so do the write and COMMIT (a simple query takes no parameters,
 * so the values go in as literals quoted by pg's `escapeLiteral`).
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
    const q = pg.escapeLiteral;
    const where = `collection = ${q(this.collection)} AND key = ${q(key)}`;
    return this.mutex.run(key, async () => {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        const results = (await client.query(
          `BEGIN; SELECT pg_advisory_xact_lock(${LOCK_SPACE.documents}, hashtext(${q(`${this.collection}:${key}`)}));
           SELECT value FROM documents WHERE ${where}`,
        )) as unknown as QueryResult<{ value: T }>[];
        const current = results[2].rows[0]?.value;
        const next = change(current);
        if (next === undefined) {
          await client.query('COMMIT');
          return current;
        }
        await client.query(
          `INSERT INTO documents (collection, key, etag, value) VALUES (${q(this.collection)}, ${q(key)}, ${q(this.nextETag())}, ${q(JSON.stringify(next))}::jsonb)
           ON CONFLICT (collection, key) DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = now(); COMMIT`,
        );
        return next;
      } catch (err) {
        await client.query('ROLLBACK').catch((rollbackErr: Error) => (broken = rollbackErr));
        throw err;
      } finally {
        // A connection that could not roll back is discarded, never handed to the next caller mid-transaction.
        client.release(broken);
      }
    });
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
