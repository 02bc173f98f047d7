import { describe, expect, it } from 'vitest';
import { WindowedCount, WindowedDistinct } from '../../../models/fraud/slidingWindow';

const MINUTE = 60_000;

describe('sliding windows', () => {
  it('counts distinct values per key within the window, a repeat refreshing its time', () => {
    const w = new WindowedDistinct({ windowMs: 10 * MINUTE, maxKeys: 10, maxPerKey: 5 });
    expect(w.add('addr', 'a', 0)).toBe(1);
    expect(w.add('addr', 'b', 2 * MINUTE)).toBe(2);
    expect(w.add('addr', 'a', 4 * MINUTE)).toBe(2);
    expect(w.add('addr', 'c', 11 * MINUTE)).toBe(3); // b (2 min) is still inside; a was refreshed at 4
    expect(w.add('addr', 'd', 13 * MINUTE)).toBe(3); // b expired at 12
    expect(w.add('other', 'a', 13 * MINUTE)).toBe(1);
  });

  it('counts events per key within the window, and peeks without counting', () => {
    const c = new WindowedCount({ windowMs: 10 * MINUTE, maxKeys: 10, maxPerKey: 5 });
    expect(c.add('loan', 0)).toBe(1);
    expect(c.add('loan', MINUTE)).toBe(2);
    expect(c.peek('loan', 5 * MINUTE)).toBe(2);
    expect(c.add('loan', 10 * MINUTE)).toBe(2); // the one at 0 left the window
  });

  it('holds at most maxPerKey entries per key and maxKeys keys, forgetting the least recently touched', () => {
    const w = new WindowedDistinct({ windowMs: 10 * MINUTE, maxKeys: 3, maxPerKey: 4 });
    for (let i = 0; i < 10; i++) expect(w.add('addr', `loan-${i}`, i)).toBe(Math.min(i + 1, 4));
    for (const key of ['k1', 'k2', 'k3']) w.add(key, 'x', 20);
    expect(w.trackedKeys).toBe(3);
    w.add('k1', 'y', 21); // k1 is now the most recent, so k2 goes next
    w.add('k4', 'x', 22);
    expect(w.add('k1', 'z', 23)).toBe(3);
    expect(w.add('k2', 'x', 24)).toBe(1); // forgotten, so counting starts again
  });

  it('refuses bounds that would not bound anything', () => {
    expect(() => new WindowedCount({ windowMs: 0, maxKeys: 1, maxPerKey: 1 })).toThrow(/windowMs/);
    expect(() => new WindowedDistinct({ windowMs: 1, maxKeys: 0, maxPerKey: 1 })).toThrow(/maxKeys/);
  });
});
