/**
 * Slows password guessing: after `maxFailures` failed logins for one account
 * (from anywhere) or one address (for any account) within the window, further
 * attempts are refused until the window passes.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60 * 1000,
    private readonly now = () => Date.now(),
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Seconds until this address may try again (any account), or 0: checked before the body is even read. */
  retryAfterAddress(address: string): number {
    const times = this.recent(`ip:${address}`);
    if (times.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((times[times.length - this.maxFailures] + this.windowMs - this.now()) / 1000));
  }

  /** Seconds until another attempt is allowed, or 0. */
  retryAfter(user: string, address: string): number {
    const blocked = [`user:${user}`, `ip:${address}`].map((k) => this.recent(k)).filter((t) => t.length >= this.maxFailures);
    if (blocked.length === 0) return 0;
    const oldest = Math.max(...blocked.map((t) => t[t.length - this.maxFailures]));
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  /**
   * Counts the attempt as a failure before the password is checked, and says
   * how long to wait (0 = go ahead). Reserving first means parallel guesses
   * are counted as they arrive, not after their hashes finish.
   */
  reserve(user: string, address: string): number {
    const wait = this.retryAfter(user, address);
    if (wait > 0) return wait;
    for (const key of [`user:${user}`, `ip:${address}`]) this.failures.set(key, [...this.recent(key), this.now()]);
    return 0;
  }

  /** A reserved attempt was never checked (sign-in busy): hands its reservation back. */
  release(user: string, address: string): void {
    for (const key of [`user:${user}`, `ip:${address}`]) {
      const times = this.failures.get(key);
      times?.pop();
      if (times?.length === 0) this.failures.delete(key);
    }
  }

  /** A reserved attempt succeeded: the account's failures are forgiven and the address's reservation returned. */
  succeed(user: string, address: string): void {
    this.failures.delete(`user:${user}`);
    const times = this.failures.get(`ip:${address}`);
    times?.pop();
    if (times?.length === 0) this.failures.delete(`ip:${address}`);
  }
}
