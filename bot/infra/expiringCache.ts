/**
 * Results kept for `ttlMs` by key, the pending promise included, so requests that arrive while one is being
 * computed share it instead of each starting their own; a failed computation is forgotten at once. At most
 * `maxEntries` are kept (the oldest goes first), so varied queries cannot grow it without bound.
 */
export class ExpiringCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => Date,
  ) {}

  /** The value for `key` and the instant it was computed; `compute` runs only when there is none fresh. */
  async get(key: string, compute: () => Promise<T>): Promise<{ value: T; computedAt: Date; cached: boolean }> {
    const t = this.now().getTime();
    const hit = this.entries.get(key);
    if (hit && t - hit.at < this.ttlMs) return { value: await hit.value, computedAt: new Date(hit.at), cached: true };
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: t, value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    try {
      return { value: await value, computedAt: new Date(t), cached: false };
    } catch (err) {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
      throw err;
    }
  }
}
