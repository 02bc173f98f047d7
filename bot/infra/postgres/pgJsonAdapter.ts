import type { Adapter } from 'lowdb';
import type { Pool } from 'pg';
import { PgDocumentStore } from './pgDocumentStore';

/** A lowdb adapter keeping one small whole-file JSON (staff accounts) as a row, for the stores built on lowdb. */
export function pgJsonAdapter<T>(pool: Pool, name: string): Adapter<T> {
  const files = new PgDocumentStore<T>(pool, 'files');
  return {
    read: async () => (await files.get(name))?.value ?? null,
    write: async (data) => void (await files.put(name, data)),
  };
}
