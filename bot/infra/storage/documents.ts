import type { StoredDocument } from './documentStore';

/**
 * Key → JSON document, the port every document-backed store is written against.
 * `DocumentStore` (files under DATA_DIR) and `PgDocumentStore` (a PostgreSQL
 * table) implement it with the same rules: `put` with an eTag other than '*'
 * only replaces a document still carrying it; `update` is a read-modify-write
 * no other writer can interleave with.
 */
export interface Documents<T> {
  get(key: string): Promise<StoredDocument<T> | undefined>;
  put(key: string, value: T, expectedETag?: string): Promise<string>;
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined>;
  delete(key: string): Promise<void>;
  all(): AsyncGenerator<StoredDocument<T>>;
  purgeOlderThan(cutoff: Date): Promise<string[]>;
  flush(): Promise<void>;
  /** Runs `fn` once the current turn's writes are committed (at once where every write commits on its own). */
  afterCommit(fn: () => void): void;
}

/** Where the stores keep their documents and secrets: DATA_DIR's files or PostgreSQL. */
export interface StorageBackend {
  /** A named collection, e.g. "cases" or "whatsapp/inbound". */
  documents<T>(name: string): Documents<T>;
  /** A random secret created once per deployment, shared by every instance on it. */
  secret(name: string): Promise<Buffer>;
}

/** The same backend with every collection name under `prefix/`, so a component's collections never collide with another's. */
export function within(backend: StorageBackend, prefix: string): StorageBackend {
  return { documents: (name) => backend.documents(`${prefix}/${name}`), secret: (name) => backend.secret(name) };
}
