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

  /** Seconds until another attempt is allowed, or 0. */
  retryAfter(user: string, address: string): number {
    const blocked = [`user:${user}`, `ip:${address}`].map((k) => this.recent(k)).filter((t) => t.length >= this.maxFailures);
    if (blocked.length === 0) return 0;
    const oldest = Math.max(...blocked.map((t) => t[t.length - this.maxFailures]));
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  fail(user: string, address: string): void {
    for (const key of [`user:${user}`, `ip:${address}`]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(user: string): void {
    this.failures.delete(`user:${user}`);
  }
}
