import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import type { TurnCommit } from '../../../models/ports/turnCommit';
import { Compactor } from './compactor';
import { Journal } from './journal';
import { KeyedMutex } from './keyedMutex';
import { Overlay } from './overlay';
import { lockName, UnitOfWork, type StagedWrite } from './unitOfWork';

export interface EmbeddedStoreOptions {
  /** Seal the active journal segment once it holds this many bytes (default 32 MiB). */
  segmentBytes?: number;
  /** …or this often when it holds anything (default 10 s: a document rewritten by several turns meanwhile is compacted once). */
  sealEveryMs?: number;
  /**
   * Bytes of recently used, already compacted documents kept in memory (default 8 MiB: about 100 conversations'
   * state, transcript, progress and fraud file, twice what 50 conversations at once touch; a miss reads the file).
   */
  cacheBytes?: number;
  /** Told as compaction progresses (crash tests kill the process in the middle of one). */
  onCompaction?: (event: { segment: number; phase: 'started' | 'file-written' | 'done' }) => void;
}

/** What a DocumentStore's write decides: the document's new JSON (null deletes it) and what the caller gets back. */
export type Decision<R> = { raw: string | null; result: R } | { unchanged: R };

/**
 * The embedded store's engine for one data directory. Every commit is one
 * record in an append-only journal, group-committed (one fdatasync for all the
 * turns that finish together); it is then served from memory until background
 * compaction has copied it into the document's own lowdb file, and a journal
 * segment is deleted only once those files are fsynced. At start, segments a
 * crash left behind are replayed into memory and compacted again.
 *
 * It is also the embedded TurnCommit: a unit's writes are one journal record.
 */
export class EmbeddedStore implements TurnCommit {
  private readonly overlay: Overlay;
  private readonly compactor: Compactor;
  private readonly locks = new KeyedMutex();
  private readonly turns = new KeyedMutex();
  private readonly units = new AsyncLocalStorage<UnitOfWork>();
  private readonly sealed: number[] = [];
  private compacting: Promise<void> | undefined;
  private journal!: Journal;
  private timer: NodeJS.Timeout | undefined;
  /** Why the last compaction stopped early, if it did (it is retried at the next seal). */
  lastCompactionError: unknown;

  private constructor(
    readonly root: string,
    private readonly options: Required<EmbeddedStoreOptions>,
  ) {
    this.overlay = new Overlay(options.cacheBytes);
    this.compactor = new Compactor(root);
  }

  static async open(root: string, options: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
    const defaults = { segmentBytes: 32 << 20, sealEveryMs: 10_000, cacheBytes: 8 << 20, onCompaction: () => undefined };
    const store = new EmbeddedStore(root, { ...defaults, ...options });
    const { journal, recovered } = await Journal.open(path.join(root, 'journal'), {
      segmentBytes: store.options.segmentBytes,
      onSealed: (segment) => store.compactLater(segment),
    });
    store.journal = journal;
    for (const { segment, records } of recovered) {
      for (const record of records) store.overlay.apply(parseRecord(record), segment);
      store.compactLater(segment);
    }
    store.timer = setInterval(() => void store.journal.seal(), store.options.sealEveryMs).unref();
    return store;
  }

  /** The name a store's directory goes by in journal records. */
  nameOf(dir: string): string {
    const name = path.relative(this.root, dir);
    if (name === '' || name.startsWith('..') || path.isAbsolute(name)) throw new Error(`Store ${dir} is not inside ${this.root}`);
    return name.split(path.sep).join('/');
  }

  /** A document's JSON (null: none): the current unit's own write, else the newest committed version. */
  async read(store: string, key: string, readFile: () => Promise<string | null>): Promise<string | null> {
    const staged = this.unit()?.peek(store, key);
    return staged !== undefined ? staged : this.overlay.read(store, key, readFile);
  }

  /** True while a unit holds the document (or a write to it is in progress). */
  busy(store: string, key: string): boolean {
    return this.locks.busy(lockName(store, key));
  }

  /** Committed versions not yet compacted, for scans that must see them (null: deleted). */
  pending(store: string): Map<string, string | null> {
    return this.overlay.pending(store);
  }

  /**
   * A read-modify-write of one document. Inside a unit it is staged and the
   * document stays locked until the unit commits; outside one it commits on
   * its own (and still shares its fsync with whatever commits alongside).
   */
  async write<R>(store: string, key: string, decide: () => Promise<Decision<R>>): Promise<R> {
    const unit = this.unit();
    if (unit) {
      return unit.withKey(store, key, async () => {
        const decision = await decide();
        if ('unchanged' in decision) return decision.unchanged;
        unit.stage({ store, key, raw: decision.raw });
        return decision.result;
      });
    }
    const release = await this.locks.acquire(lockName(store, key));
    try {
      const decision = await decide();
      if ('unchanged' in decision) return decision.unchanged;
      await this.commit([{ store, key, raw: decision.raw }]);
      return decision.result;
    } finally {
      release();
    }
  }

  /** Runs `fn` once the current unit has committed, or now when there is none. */
  afterCommit(fn: () => void): void {
    const unit = this.unit();
    if (unit) unit.onCommitted(fn);
    else fn();
  }

  async run<T>(work: () => Promise<T>, options: { serializeOn?: string } = {}): Promise<T> {
    if (this.unit()) return work();
    if (options.serializeOn) return this.turns.run(options.serializeOn, () => this.runUnit(work));
    return this.runUnit(work);
  }

  async checkpoint(): Promise<void> {
    const unit = this.unit();
    if (unit) await this.commitUnit(unit);
  }

  /** Waits for every commit, then compacts everything, so the journal is empty (shutdown, tests). */
  async flush(): Promise<void> {
    await this.journal.seal();
    while (this.compacting) await this.compacting;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
    await this.journal.close();
    await this.compactor.close();
  }

  /** The unit this async context belongs to, while it is still open (a timer it started may outlive it). */
  private unit(): UnitOfWork | undefined {
    const unit = this.units.getStore();
    return unit && !unit.done ? unit : undefined;
  }

  private async runUnit<T>(work: () => Promise<T>): Promise<T> {
    const unit = new UnitOfWork(this.locks);
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await this.units.run(unit, work) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    try {
      // What a failed turn wrote is committed too, as it would have been had each write been its own.
      await this.commitUnit(unit);
    } finally {
      unit.release();
    }
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  private async commitUnit(unit: UnitOfWork): Promise<void> {
    const writes = unit.take();
    if (writes.length > 0) await this.commit(writes);
    unit.committed();
  }

  /** One journal record for all of `writes`; once it is on disk they are visible to reads and queued for compaction. */
  private commit(writes: StagedWrite[]): Promise<void> {
    const body = writes.map((w) => `[${JSON.stringify(w.store)},${JSON.stringify(w.key)},${w.raw ?? 'null'}]`).join(',');
    return this.journal.append(`{"w":[${body}]}`, (segment) => this.overlay.apply(writes, segment));
  }

  private compactLater(segment: number): void {
    this.sealed.push(segment);
    this.compacting ??= this.compactAll();
  }

  /**
   * Sealed segments, oldest first: the newest version of each document one
   * touched goes into its file, and only then is the segment deleted. A crash
   * at any point leaves the segment to be replayed at the next start.
   */
  private async compactAll(): Promise<void> {
    for (let segment = this.sealed.shift(); segment !== undefined; segment = this.sealed.shift()) {
      const items = this.overlay.toCompact(segment);
      const report = this.options.onCompaction;
      try {
        report({ segment, phase: 'started' });
        await this.compactor.write(items, () => report({ segment, phase: 'file-written' }));
        this.overlay.compacted(segment, items);
        await this.journal.remove(segment);
        report({ segment, phase: 'done' });
      } catch (err) {
        // The segment stays on disk and in the queue: its writes are safe, and the next seal retries.
        this.overlay.failed();
        this.sealed.unshift(segment);
        this.lastCompactionError = err;
        break;
      }
    }
    this.compacting = undefined;
  }
}

function parseRecord(json: string): StagedWrite[] {
  const record = JSON.parse(json) as { w: [string, string, unknown][] };
  return record.w.map(([store, key, doc]) => ({ store, key, raw: doc === null ? null : JSON.stringify(doc) }));
}
