import { KeyedMutex } from './keyedMutex';

/** A document write waiting for its unit to commit: the document's JSON, or null to delete it. */
export interface StagedWrite {
  store: string;
  key: string;
  raw: string | null;
}

export const lockName = (store: string, key: string): string => `${store}\u0000${key}`;

/**
 * What one turn has written and not yet committed. Reads inside the unit see
 * its own writes first. Every document it writes stays locked until the unit
 * commits (strict two-phase locking), so a read-modify-write from elsewhere
 * (an agent claiming the case) waits for the turn instead of overwriting it.
 */
export class UnitOfWork {
  private readonly staged = new Map<string, StagedWrite>();
  private readonly held = new Map<string, () => void>();
  private readonly afterCommit: (() => void)[] = [];
  /** Serialises two writes to one key inside the unit (Promise.all in a dialog). */
  private readonly own = new KeyedMutex();

  /** Set when the unit has ended: work it spawned that outlives it (a timer) must commit on its own. */
  done = false;

  constructor(private readonly locks: KeyedMutex) {}

  /** The staged JSON (null: deleted), or undefined when the unit has not written the key. */
  peek(store: string, key: string): string | null | undefined {
    return this.staged.get(lockName(store, key))?.raw;
  }

  /** Runs `work` holding the key (taken once, kept until the unit ends). */
  async withKey<R>(store: string, key: string, work: () => Promise<R>): Promise<R> {
    const name = lockName(store, key);
    return this.own.run(name, async () => {
      if (!this.held.has(name)) this.held.set(name, await this.locks.acquire(name));
      return work();
    });
  }

  stage(write: StagedWrite): void {
    const name = lockName(write.store, write.key);
    // Re-staging moves the key to the end, so the record lists writes in the order they were made.
    this.staged.delete(name);
    this.staged.set(name, write);
  }

  onCommitted(fn: () => void): void {
    this.afterCommit.push(fn);
  }

  /** Hands over what is staged (for one journal record) and forgets it. */
  take(): StagedWrite[] {
    const writes = [...this.staged.values()];
    this.staged.clear();
    return writes;
  }

  /** After a commit: tells those who waited for it (in-memory indexes, event streams). */
  committed(): void {
    for (const fn of this.afterCommit.splice(0)) {
      try {
        fn();
      } catch {
        // A listener's failure must not undo or fail a commit that is already on disk.
      }
    }
  }

  release(): void {
    this.done = true;
    for (const release of this.held.values()) release();
    this.held.clear();
  }
}
