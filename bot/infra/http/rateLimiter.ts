/**
 * At most `max` events per key in any `windowMs` (sliding window). Used where
 * anyone may call without signing in, so one client cannot flood the server.
 */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now = () => Date.now(),
  ) {}

  /** Records an event and says whether it is allowed; refused events are not counted. */
  allow(key: string): boolean {
    const cutoff = this.now() - this.windowMs;
    const recent = (this.events.get(key) ?? []).filter((t) => t > cutoff);
    if (recent.length >= this.max) {
      this.events.set(key, recent);
      return false;
    }
    recent.push(this.now());
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.sweep(cutoff);
    return true;
  }

  /** Seconds until `key` may act again. */
  retryAfter(key: string): number {
    const oldest = (this.events.get(key) ?? [])[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  private sweep(cutoff: number): void {
    for (const [key, times] of this.events) if (times.every((t) => t <= cutoff)) this.events.delete(key);
  }
}
