import path from 'node:path';
import { DocumentStore } from './documentStore';
import type { Documents, StorageBackend } from './documents';
import { loadOrCreateSecret } from './secretFile';

/** The embedded backend: a sharded folder per collection and a secret file each, under DATA_DIR. */
export function fileBackend(dataDir: string): StorageBackend {
  return {
    documents: <T>(name: string): Documents<T> => new DocumentStore<T>(path.join(dataDir, ...name.split('/'))),
    secret: (name) => loadOrCreateSecret(dataDir, name),
  };
}
