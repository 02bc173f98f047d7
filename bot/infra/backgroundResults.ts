/**
 * Results worked out in the background and kept by a key that fingerprints their input. Asking for a key gives its
 * result, or says it is being computed and since when, so a route can answer at once and the caller asks again;
 * everyone asking while a key computes shares that one computation. Changed input is a new key, so a result is never
 * served for data it was not computed from. Jobs run one after another: they are CPU work on cores that also serve
 * the turns. A failure is told to the next asker only, then forgotten, so the one after starts afresh. At most
 * `maxEntries` keys are kept, the least recently asked for going first; a job whose key went is skipped.
 */
export type BackgroundResult<T> = { state: 'ready'; value: T; computedAt: Date } | { state: 'computing'; since: Date } | { state: 'failed'; error: unknown };

export class BackgroundResults<T> {
  private readonly entries = new Map<string, BackgroundResult<T>>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => Date,
  ) {}

  /** What is known for `key`; when nothing is, `compute` is queued and the answer is "computing". */
  read(key: string, compute: () => Promise<T>): BackgroundResult<T> {
    const known = this.entries.get(key);
    this.entries.delete(key);
    if (known?.state === 'failed') return known;
    if (known) {
      this.entries.set(key, known);
      return known;
    }
    const computing: BackgroundResult<T> = { state: 'computing', since: this.now() };
    this.entries.set(key, computing);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.queue = this.queue.then(async () => {
      if (this.entries.get(key) !== computing) return;
      let result: BackgroundResult<T>;
      try {
        result = { state: 'ready', value: await compute(), computedAt: this.now() };
      } catch (error) {
        result = { state: 'failed', error };
      }
      if (this.entries.get(key) === computing) this.entries.set(key, result);
    });
    return computing;
  }
}
