import { keyedDigest } from '../../infra/security/keyedDigest';
import type { IdentityLocks, IdentityLockStatus } from '../../../models/ports/identityLocks';
import type { Documents } from '../../infra/storage/documents';

export interface IdentityLockRecord {
  failures: number;
  lockedUntil: string | null;
}

export interface LockPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export interface IdentityLockOptions {
  /** Keys every record by HMAC: what a borrower typed at the loan-reference prompt is never a key on disk. */
  hashKey?: Buffer;
  /** Told once when a loan reaches `maxFailures` across conversations (supervisors are alerted through the audit log). */
  onRepeatedFailures?: (key: string, failures: number) => void;
}

/** Identity-check failures per key (a conversation, a channel identity, a loan), persisted so a lockout survives restarts. */
export class IdentityLockStore implements IdentityLocks {
  constructor(
    private readonly documents: Documents<IdentityLockRecord>,
    private readonly policy: LockPolicy = { maxFailures: 3, lockMinutes: 30 },
    private readonly options: IdentityLockOptions = {},
  ) {}

  private stored(key: string): string {
    return this.options.hashKey ? keyedDigest(this.options.hashKey, key) : key;
  }

  private current(record: IdentityLockRecord | undefined, now: Date): IdentityLockRecord {
    // An expired lock starts a fresh count: the borrower gets three more tries.
    if (!record || (record.lockedUntil && Date.parse(record.lockedUntil) <= now.getTime())) return { failures: 0, lockedUntil: null };
    return record;
  }

  async status(key: string, now: Date): Promise<IdentityLockStatus> {
    return this.current((await this.documents.get(this.stored(key)))?.value, now);
  }

  async recordFailure(key: string, now: Date): Promise<IdentityLockStatus> {
    const next = await this.documents.update(this.stored(key), (stored) => {
      const record = this.current(stored, now);
      const failures = record.failures + 1;
      const lockedUntil = failures >= this.policy.maxFailures ? new Date(now.getTime() + this.policy.lockMinutes * 60_000).toISOString() : null;
      return { failures, lockedUntil };
    });
    if (next!.failures === this.policy.maxFailures && key.startsWith('loan:')) this.options.onRepeatedFailures?.(this.stored(key), next!.failures);
    return next!;
  }

  async lock(key: string, now: Date): Promise<void> {
    const lockedUntil = new Date(now.getTime() + this.policy.lockMinutes * 60_000).toISOString();
    await this.documents.update(this.stored(key), (stored) => ({ failures: Math.max(stored?.failures ?? 0, this.policy.maxFailures), lockedUntil }));
  }

  async reset(key: string): Promise<void> {
    await this.documents.delete(this.stored(key));
  }
}
