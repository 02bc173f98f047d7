import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile } from './durableJsonFile';
import { KeyedMutex } from './keyedMutex';

export interface StoredDocument<T> {
  key: string;
  eTag: string;
  value: T;
}

/** A write was based on a version of the document that is no longer current. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/**
 * Key → JSON document, one small lowdb file per document under `dir`, sharded
 * by a hash of the key. Each write touches only its own file, so a turn's write
 * cost stays flat however many conversations are stored (a single lowdb file
 * would be rewritten whole on every turn).
 */
export class DocumentStore<T> {
  private readonly mutex = new KeyedMutex();
  private eTagCounter = 0;

  /** Unique per write: time, process and a counter, so two writes in one millisecond still differ. */
  private nextETag(): string {
    return `${Date.now().toString(36)}-${process.pid.toString(36)}-${(++this.eTagCounter).toString(36)}`;
  }

  constructor(readonly dir: string) {}

  /** Where `key` lives on disk (benchmarks seed large stores directly through it). */
  fileFor(key: string): string {
    const hash = createHash('sha256').update(key).digest('hex');
    return path.join(this.dir, hash.slice(0, 2), `${hash.slice(2, 40)}.json`);
  }

  private async load(key: string): Promise<Low<StoredDocument<T> | null>> {
    const db = new Low<StoredDocument<T> | null>(new DurableJsonFile(this.fileFor(key)), null);
    await db.read();
    return db;
  }

  async get(key: string): Promise<StoredDocument<T> | undefined> {
    return (await this.load(key)).data ?? undefined;
  }

  /**
   * Writes `value`. With `expectedETag` (other than '*') the write only happens
   * if the stored document still carries that eTag; a missing document always
   * accepts the write, as botbuilder's MemoryStorage does.
   */
  async put(key: string, value: T, expectedETag?: string): Promise<string> {
    return this.mutex.run(key, async () => {
      const db = await this.load(key);
      if (db.data && expectedETag && expectedETag !== '*' && db.data.eTag !== expectedETag) {
        throw new ETagConflictError(key);
      }
      const eTag = this.nextETag();
      db.data = { key, eTag, value };
      await db.write();
      return eTag;
    });
  }

  /** Read-modify-write under the key's lock; `change` returning undefined deletes nothing and writes nothing. */
  async update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.mutex.run(key, async () => {
      const db = await this.load(key);
      const next = change(db.data?.value);
      if (next === undefined) return db.data?.value;
      db.data = { key, eTag: this.nextETag(), value: next };
      await db.write();
      return next;
    });
  }

  async delete(key: string): Promise<void> {
    await this.mutex.run(key, async () => {
      await fs.rm(this.fileFor(key), { force: true });
    });
  }

  /** Every stored document; a full scan, meant for listings and maintenance, not for turns. */
  async *all(): AsyncGenerator<StoredDocument<T>> {
    let shards: string[];
    try {
      shards = await fs.readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const shard of shards.sort()) {
      const files = await fs.readdir(path.join(this.dir, shard)).catch(() => [] as string[]);
      for (const file of files) {
        if (!file.endsWith('.json') || file.startsWith('.')) continue;
        const doc = await new DurableJsonFile<StoredDocument<T>>(path.join(this.dir, shard, file)).read();
        if (doc) yield doc;
      }
    }
  }

  /** Deletes documents last written before `cutoff` (by file time); returns their keys. */
  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    const purged: string[] = [];
    for await (const doc of this.all()) {
      const file = this.fileFor(doc.key);
      const written = await fs.stat(file).then(
        (s) => s.mtimeMs,
        () => Infinity,
      );
      if (written >= cutoff.getTime()) continue;
      await this.mutex.run(doc.key, () => fs.rm(file, { force: true }));
      purged.push(doc.key);
    }
    return purged;
  }

  async flush(): Promise<void> {
    await this.mutex.idle();
  }
}
