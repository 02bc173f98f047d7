import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { Documents, StorageBackend } from '../storage/documents';
import { PgDocumentStore } from './pgDocumentStore';

/** The PostgreSQL backend: collections are rows of `documents`, secrets rows of `secrets`, shared by every instance. */
export function pgBackend(pool: Pool): StorageBackend {
  return {
    documents: <T>(name: string): Documents<T> => new PgDocumentStore<T>(pool, name),
    secret: (name) => pgSecret(pool, name),
  };
}

/** The first instance to ask creates it; every other instance (and every restart) reads the same bytes. */
async function pgSecret(pool: Pool, name: string): Promise<Buffer> {
  await pool.query('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, randomBytes(32)]);
  const { rows } = await pool.query<{ value: Buffer }>('SELECT value FROM secrets WHERE name = $1', [name]);
  return rows[0].value;
}
