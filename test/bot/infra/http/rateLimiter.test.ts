import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../../bot/infra/http/rateLimiter';

describe('RateLimiter', () => {
  it('allows max events per key in a sliding window and does not count refusals', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a')]).toEqual([true, true, false]);
    expect(limiter.allow('b')).toBe(true);
    expect(limiter.retryAfter('a')).toBe(1);
    now = 999;
    expect(limiter.allow('a')).toBe(false);
    now = 1001;
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a')]).toEqual([true, true, false]);
  });
});
