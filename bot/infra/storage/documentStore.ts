import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { documentFile } from './documentFile';
import { DurableJsonFile } from './durableJsonFile';
import type { Decision, EmbeddedStore } from './embeddedStore';
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

let eTagCounter = 0;
/** Unique per write: time, process and a counter, so two writes in one millisecond still differ. */
const nextETag = (): string => `${Date.now().toString(36)}-${process.pid.toString(36)}-${(++eTagCounter).toString(36)}`;

/**
 * Key → JSON document, one small lowdb file per document under `dir`, sharded
 * by a hash of the key, so a write's cost stays flat however many documents
 * are stored.
 *
 * Opened on an EmbeddedStore (the app's stores), writes go to its journal:
 * they share one fsync with everything committed at the same moment, join the
 * current turn's unit of work, and reach the document's file by background
 * compaction. Opened alone (`new DocumentStore(dir)`: tools, tests), every
 * write is its own fsynced temp file + rename, as before.
 */
/** One lock table per folder, whichever handle writes to it: two stores opened on one folder must not interleave an update. */
const folderMutexes = new Map<string, KeyedMutex>();

export class DocumentStore<T> {
  private readonly mutex: KeyedMutex;
  private readonly name: string | undefined;

  constructor(
    readonly dir: string,
    private readonly engine?: EmbeddedStore,
  ) {
    this.name = engine?.nameOf(dir);
    const folder = path.resolve(dir);
    this.mutex = folderMutexes.get(folder) ?? new KeyedMutex();
    folderMutexes.set(folder, this.mutex);
  }

  /** Where `key`'s file is (benchmarks seed large stores directly through it); with a journal, newer writes may not be there yet. */
  fileFor(key: string): string {
    return documentFile(this.dir, key);
  }

  private async load(key: string): Promise<Low<StoredDocument<T> | null>> {
    const db = new Low<StoredDocument<T> | null>(new DurableJsonFile(this.fileFor(key)), null);
    await db.read();
    return db;
  }

  /** The newest committed version (inside a unit: including the unit's own writes). */
  private async current(key: string): Promise<StoredDocument<T> | undefined> {
    if (this.name === undefined) return (await this.load(key)).data ?? undefined;
    const file = new DurableJsonFile<StoredDocument<T>>(this.fileFor(key));
    const raw = await this.engine!.read(this.name, key, () => file.readText());
    return raw === null ? undefined : file.parse(raw);
  }

  async get(key: string): Promise<StoredDocument<T> | undefined> {
    return this.current(key);
  }

  /**
   * One read-modify-write under the key's lock: journaled when there is an
   * engine, else a durable file write. A `blind` write does not depend on the
   * current version, so with an engine it is not read at all.
   */
  private async write<R>(key: string, decide: (current: StoredDocument<T> | undefined) => Decision<R>, blind = false): Promise<R> {
    if (this.name !== undefined) return this.engine!.write(this.name, key, async () => decide(blind ? undefined : await this.current(key)));
    return this.mutex.run(key, async () => {
      const db = await this.load(key);
      const decision = decide(db.data ?? undefined);
      if ('unchanged' in decision) return decision.unchanged;
      if (decision.raw === null) {
        await fs.rm(this.fileFor(key), { force: true });
      } else {
        db.data = JSON.parse(decision.raw) as StoredDocument<T>;
        await db.write();
      }
      return decision.result;
    });
  }

  /**
   * Writes `value`. With `expectedETag` (other than '*') the write only happens
   * if the stored document still carries that eTag; a missing document always
   * accepts the write, as botbuilder's MemoryStorage does.
   */
  async put(key: string, value: T, expectedETag?: string): Promise<string> {
    const conditional = expectedETag !== undefined && expectedETag !== '*';
    return this.write(
      key,
      (current) => {
        if (current && conditional && current.eTag !== expectedETag) throw new ETagConflictError(key);
        const eTag = nextETag();
        return { raw: JSON.stringify({ key, eTag, value }), result: eTag };
      },
      !conditional,
    );
  }

  /** Read-modify-write under the key's lock; `change` returning undefined deletes nothing and writes nothing. */
  async update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.write(key, (current) => {
      const next = change(current?.value);
      if (next === undefined) return { unchanged: current?.value };
      return { raw: JSON.stringify({ key, eTag: nextETag(), value: next }), result: next };
    });
  }

  async delete(key: string): Promise<void> {
    // Deleting what is not there writes nothing and waits for nobody (identity counters of a shared loan, say).
    if (this.name !== undefined && !this.engine!.busy(this.name, key) && !(await this.current(key))) return;
    await this.write(key, (current) => (current ? { raw: null, result: undefined } : { unchanged: undefined }));
  }

  /** Runs `fn` once the current turn's writes are committed (right away outside a turn, or without an engine). */
  afterCommit(fn: () => void): void {
    if (this.engine) this.engine.afterCommit(fn);
    else fn();
  }

  /** Every stored document; a full scan, meant for listings and maintenance, not for turns. */
  async *all(): AsyncGenerator<StoredDocument<T>> {
    const pending = this.pending();
    for await (const file of this.files(new Set([...pending.keys()].map((key) => this.fileFor(key))))) {
      const doc = await new DurableJsonFile<StoredDocument<T>>(file).read();
      if (doc) yield doc;
    }
    for (const raw of pending.values()) if (raw !== null) yield JSON.parse(raw) as StoredDocument<T>;
  }

  /** Committed versions still only in the journal (null: deleted). */
  private pending(): Map<string, string | null> {
    return this.name === undefined ? new Map() : this.engine!.pending(this.name);
  }

  /** The document files under `dir`, except those in `skip`. */
  private async *files(skip: Set<string>): AsyncGenerator<string> {
    let shards: string[] = [];
    try {
      shards = await fs.readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    for (const shard of shards.sort()) {
      const files = await fs.readdir(path.join(this.dir, shard)).catch(() => [] as string[]);
      for (const file of files) {
        const full = path.join(this.dir, shard, file);
        if (file.endsWith('.json') && !file.startsWith('.') && !skip.has(full)) yield full;
      }
    }
  }

  /**
   * Deletes documents last written before `cutoff`, by file time (a write
   * still in the journal is newer than any cutoff), and returns their keys.
   * Only old files are read, so a pass over a large store costs a stat each.
   */
  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    const purged: string[] = [];
    for await (const file of this.files(new Set([...this.pending().keys()].map((key) => this.fileFor(key))))) {
      const written = await fs.stat(file).then(
        (s) => s.mtimeMs,
        () => Infinity,
      );
      if (written >= cutoff.getTime()) continue;
      const doc = await new DurableJsonFile<StoredDocument<T>>(file).read();
      if (!doc || this.pending().has(doc.key)) continue;
      // Only the version that was found old goes: one written meanwhile is kept.
      const gone = await this.write(doc.key, (current) => (current?.eTag === doc.eTag ? { raw: null, result: true } : { unchanged: false }));
      if (gone) purged.push(doc.key);
    }
    return purged;
  }

  /** Waits for writes in progress; with an engine, until everything is compacted into the files. */
  async flush(): Promise<void> {
    await this.mutex.idle();
    await this.engine?.flush();
  }
}
