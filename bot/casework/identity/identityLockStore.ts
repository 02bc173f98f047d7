import type { IdentityLocks, IdentityLockStatus } from '../../../models/ports/identityLocks';
import type { DocumentStore } from '../../infra/storage/documentStore';

export interface IdentityLockRecord {
  failures: number;
  lockedUntil: string | null;
}

export interface LockPolicy {
  maxFailures: number;
  lockMinutes: number;
}

/** Identity-check failures per key (a conversation, a loan), persisted so a lockout survives restarts. */
export class IdentityLockStore implements IdentityLocks {
  constructor(
    private readonly documents: DocumentStore<IdentityLockRecord>,
    private readonly policy: LockPolicy = { maxFailures: 3, lockMinutes: 30 },
  ) {}

  private current(record: IdentityLockRecord | undefined, now: Date): IdentityLockRecord {
    // An expired lock starts a fresh count: the borrower gets three more tries.
    if (!record || (record.lockedUntil && Date.parse(record.lockedUntil) <= now.getTime())) return { failures: 0, lockedUntil: null };
    return record;
  }

  async status(key: string, now: Date): Promise<IdentityLockStatus> {
    return this.current((await this.documents.get(key))?.value, now);
  }

  async recordFailure(key: string, now: Date): Promise<IdentityLockStatus> {
    const next = await this.documents.update(key, (stored) => {
      const record = this.current(stored, now);
      const failures = record.failures + 1;
      const lockedUntil = failures >= this.policy.maxFailures ? new Date(now.getTime() + this.policy.lockMinutes * 60_000).toISOString() : null;
      return { failures, lockedUntil };
    });
    return next!;
  }

  async reset(key: string): Promise<void> {
    await this.documents.delete(key);
  }
}
