import { describe, expect, it } from 'vitest';
import { CleanCache } from '../../../../bot/infra/storage/cleanCache';

// Entries cost their characters plus 64: two 400-character documents named "a" and "b" fit in 1,000 bytes.
const latin = 'x'.repeat(400);
// One ₹ makes V8 store the whole string at two bytes a character.
const wide = `₹${'x'.repeat(399)}`;

describe('the clean cache budget', () => {
  it('keeps one-byte documents up to the budget and drops the least recently used first', () => {
    const cache = new CleanCache(1_000);
    cache.set('a', latin);
    cache.set('b', latin);
    expect([cache.has('a'), cache.has('b')]).toEqual([true, true]);
    cache.get('a');
    cache.set('c', latin);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
  });

  it('counts a document with a character past U+00FF at two bytes a character, as V8 holds it', () => {
    const cache = new CleanCache(1_000);
    cache.set('a', wide);
    cache.set('b', wide);
    expect([cache.has('a'), cache.has('b')]).toEqual([false, true]);
    expect(cache.get('b')).toBe(wide);
  });

  it('remembers a known absence cheaply and forgets deleted entries', () => {
    const cache = new CleanCache(1_000);
    cache.set('gone', null);
    cache.set('a', latin);
    cache.delete('a');
    expect(cache.get('gone')).toBeNull();
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', latin);
    cache.set('c', latin);
    // 68 bytes for the absence and 465 for each document: all three fit.
    expect([cache.has('gone'), cache.has('b'), cache.has('c')]).toEqual([true, true, true]);
  });
});
