import type { StoredDocument } from '../../bot/infra/storage/documentStore';
import type { Documents, StorageBackend } from '../../bot/infra/storage/documents';

/** A StorageBackend held in memory, for tests that exercise a store's logic many thousand times (not its disk). */
export function memoryBackend(): StorageBackend {
  const collections = new Map<string, Map<string, StoredDocument<unknown>>>();
  let etag = 0;
  const documents = <T>(name: string): Documents<T> => {
    const docs = (collections.get(name) ?? collections.set(name, new Map()).get(name)!) as Map<string, StoredDocument<T>>;
    const put = async (key: string, value: T) => {
      const doc = { key, value: structuredClone(value), eTag: String(++etag) } as StoredDocument<T>;
      docs.set(key, doc);
      return doc.eTag;
    };
    return {
      get: async (key) => (docs.has(key) ? structuredClone(docs.get(key)) : undefined),
      put,
      update: async (key, change) => {
        const next = change(docs.has(key) ? structuredClone(docs.get(key)!.value) : undefined);
        if (next !== undefined) await put(key, next);
        return next;
      },
      delete: async (key) => void docs.delete(key),
      all: async function* () {
        for (const doc of [...docs.values()]) yield structuredClone(doc);
      },
      purgeOlderThan: async () => [],
      flush: async () => undefined,
      afterCommit: (fn) => fn(),
    };
  };
  return { documents, secret: async () => Buffer.alloc(32, 7) };
}
