/**
 * Sliding time windows per key with bounded memory, for detectors that run on
 * every identity check or claim. Every operation is O(1) amortised:
 * - keys sit in a least-recently-touched list (a Map for lookup plus a linked
 *   list for order: deleting a Map's oldest entry through its iterator is not
 *   O(1) in V8, which keeps deleted entries until it rehashes);
 * - each key holds at most `maxPerKey` entries in time order, a small
 *   configured constant, so scanning them is O(1).
 *
 * Bounds: at most `maxKeys` keys (the least recently touched is forgotten)
 * and at most `maxPerKey` entries per key. Detectors set `maxPerKey` to the
 * count at which their score saturates, so the cap loses nothing they use.
 * Events are expected in time order; a late one simply expires later.
 */

export interface WindowBounds {
  windowMs: number;
  maxKeys: number;
  maxPerKey: number;
}

function checkBounds({ windowMs, maxKeys, maxPerKey }: WindowBounds): void {
  if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, got ${windowMs}`);
  for (const [name, v] of Object.entries({ maxKeys, maxPerKey }))
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer, got ${v}`);
}

interface Node<V> {
  key: string;
  value: V;
  older: Node<V> | null;
  newer: Node<V> | null;
}

/** Least-recently-touched keys: `touch` returns the key's entry (made if new) and marks it most recent. */
class BoundedKeys<V> {
  private readonly nodes = new Map<string, Node<V>>();
  private oldest: Node<V> | null = null;
  private newest: Node<V> | null = null;
  constructor(
    private readonly maxKeys: number,
    private readonly make: () => V,
  ) {}

  touch(key: string): V {
    let node = this.nodes.get(key);
    if (node) this.unlink(node);
    else {
      node = { key, value: this.make(), older: null, newer: null };
      this.nodes.set(key, node);
    }
    node.older = this.newest;
    if (this.newest) this.newest.newer = node;
    this.newest = node;
    this.oldest ??= node;
    if (this.nodes.size > this.maxKeys && this.oldest) {
      const evicted = this.oldest;
      this.unlink(evicted);
      this.nodes.delete(evicted.key);
    }
    return node.value;
  }

  private unlink(node: Node<V>): void {
    if (node.older) node.older.newer = node.newer;
    else this.oldest = node.newer;
    if (node.newer) node.newer.older = node.older;
    else this.newest = node.older;
    node.older = node.newer = null;
  }

  get size(): number {
    return this.nodes.size;
  }
}

/** How many distinct values each key has seen within the window (e.g. loans tried from one address). */
export class WindowedDistinct {
  private readonly keys: BoundedKeys<{ value: string; atMs: number }[]>;
  constructor(private readonly bounds: WindowBounds) {
    checkBounds(bounds);
    this.keys = new BoundedKeys(bounds.maxKeys, () => []);
  }

  /** Records `value` for `key` at `atMs` and returns the distinct values in the window, at most maxPerKey. */
  add(key: string, value: string, atMs: number): number {
    const seen = this.keys.touch(key);
    const oldest = atMs - this.bounds.windowMs;
    while (seen.length > 0 && seen[0].atMs <= oldest) seen.shift();
    const again = seen.findIndex((s) => s.value === value);
    if (again >= 0) seen.splice(again, 1);
    seen.push({ value, atMs });
    if (seen.length > this.bounds.maxPerKey) seen.shift();
    return seen.length;
  }

  /** Keys held now (for tests of the memory bound). */
  get trackedKeys(): number {
    return this.keys.size;
  }
}

/** How many events each key has had within the window (e.g. failed checks, hardship claims). */
export class WindowedCount {
  private readonly keys: BoundedKeys<number[]>;
  constructor(private readonly bounds: WindowBounds) {
    checkBounds(bounds);
    this.keys = new BoundedKeys(bounds.maxKeys, () => []);
  }

  /** Records one event for `key` at `atMs` and returns the events in the window, at most maxPerKey. */
  add(key: string, atMs: number): number {
    return this.count(key, atMs, true);
  }

  /** Events in the window without recording one. */
  peek(key: string, atMs: number): number {
    return this.count(key, atMs, false);
  }

  private count(key: string, atMs: number, record: boolean): number {
    const times = this.keys.touch(key);
    const oldest = atMs - this.bounds.windowMs;
    while (times.length > 0 && times[0] <= oldest) times.shift();
    if (record) {
      times.push(atMs);
      if (times.length > this.bounds.maxPerKey) times.shift();
    }
    return times.length;
  }

  get trackedKeys(): number {
    return this.keys.size;
  }
}
