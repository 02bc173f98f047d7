export interface IdentityLockStatus {
  failures: number;
  /** ISO time until which verification is refused, or null. */
  lockedUntil: string | null;
}

/** Failed identity checks, persisted so a lockout survives restarts and new conversations. */
export interface IdentityLocks {
  status(key: string, now: Date): Promise<IdentityLockStatus>;
  recordFailure(key: string, now: Date): Promise<IdentityLockStatus>;
  reset(key: string): Promise<void>;
  /** Locks `key` now, whatever its count (a conversation failing on a loan under repeated attack). */
  lock?(key: string, now: Date): Promise<void>;
}
