import path from 'node:path';
import { DocumentStore } from './documentStore';
import type { Documents, StorageBackend } from './documents';
import type { EmbeddedStore } from './embeddedStore';
import { loadOrCreateSecret } from './secretFile';

/**
 * The embedded backend: a sharded folder per collection and a secret file each,
 * under DATA_DIR. On an engine, writes go through its group-committed journal
 * and join the current turn's commit; without one each write is its own fsync.
 */
export function fileBackend(dataDir: string, engine?: EmbeddedStore): StorageBackend {
  return {
    documents: <T>(name: string): Documents<T> => new DocumentStore<T>(path.join(dataDir, ...name.split('/')), engine),
    secret: (name) => loadOrCreateSecret(dataDir, name),
  };
}
