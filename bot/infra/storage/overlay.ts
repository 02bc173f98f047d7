import { CleanCache } from './cleanCache';
import { lockName, type StagedWrite } from './unitOfWork';

interface Entry {
  raw: string | null;
  /** Set once compaction has put this very version in the document's file. */
  onDisk: boolean;
}

/** A document version that compaction is to copy into its file. */
export interface CompactionItem {
  store: string;
  key: string;
  entry: Entry;
}

/**
 * The engine's memory: committed versions not yet in their files (newest
 * wins, which journal segment dirtied them), and a bounded cache of versions
 * that are. Reads look here before touching the disk.
 */
export class Overlay {
  private readonly docs = new Map<string, Map<string, Entry>>();
  private readonly dirty = new Map<number, { store: string; key: string }[]>();
  private readonly cache: CleanCache;
  /** Changes whenever compaction starts or ends, so a file read that overlapped one is not cached. */
  private epoch = 0;

  constructor(cacheBytes: number) {
    this.cache = new CleanCache(cacheBytes);
  }

  /** The newest known JSON (null: deleted), or undefined: only the file knows. */
  peek(store: string, key: string): string | null | undefined {
    const entry = this.docs.get(store)?.get(key);
    return entry ? entry.raw : this.cache.get(lockName(store, key));
  }

  /** Reads the file through `readFile` when memory does not know the document, and caches what it found. */
  async read(store: string, key: string, readFile: () => Promise<string | null>): Promise<string | null> {
    const known = this.peek(store, key);
    if (known !== undefined) return known;
    const epoch = this.epoch;
    const raw = await readFile();
    const name = lockName(store, key);
    // A read that overlapped a write or a compaction of the document may be older than what is known now.
    if (epoch === this.epoch && !this.docs.get(store)?.has(key) && !this.cache.has(name)) this.cache.set(name, raw);
    return raw;
  }

  /** Committed versions of one store not yet in their files (null: deleted). */
  pending(store: string): Map<string, string | null> {
    return new Map([...(this.docs.get(store) ?? [])].map(([key, entry]) => [key, entry.raw]));
  }

  /** Records writes now on disk in `segment`'s journal. */
  apply(writes: StagedWrite[], segment: number): void {
    let dirty = this.dirty.get(segment);
    if (!dirty) this.dirty.set(segment, (dirty = []));
    for (const { store, key, raw } of writes) {
      let docs = this.docs.get(store);
      if (!docs) this.docs.set(store, (docs = new Map()));
      docs.set(key, { raw, onDisk: false });
      this.cache.delete(lockName(store, key));
      dirty.push({ store, key });
    }
  }

  /** The newest version of every document `segment` touched that is not in its file yet. */
  toCompact(segment: number): CompactionItem[] {
    this.epoch++;
    const seen = new Set<string>();
    const items: CompactionItem[] = [];
    for (const { store, key } of this.dirty.get(segment) ?? []) {
      const name = lockName(store, key);
      const entry = this.docs.get(store)?.get(key);
      if (seen.has(name) || !entry || entry.onDisk) continue;
      seen.add(name);
      items.push({ store, key, entry });
    }
    return items;
  }

  /** After `items` are durably in their files: versions nothing has replaced since move from pending to the cache. */
  compacted(segment: number, items: CompactionItem[]): void {
    for (const { store, key, entry } of items) {
      entry.onDisk = true;
      const docs = this.docs.get(store);
      if (docs?.get(key) !== entry) continue;
      docs.delete(key);
      this.cache.set(lockName(store, key), entry.raw);
    }
    this.dirty.delete(segment);
    this.epoch++;
  }

  /** A compaction that failed: its reads may have raced it. */
  failed(): void {
    this.epoch++;
  }
}
