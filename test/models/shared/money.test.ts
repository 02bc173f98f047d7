import { describe, expect, it } from 'vitest';
import { ceilMoney, floorMoney, formatMoney, roundMoney } from '../../../models/shared/money';

describe('money', () => {
  it('rounds half-cents away from zero despite binary floats', () => {
    expect(roundMoney(1.005)).toBe(1.01);
    expect(roundMoney(2.675)).toBe(2.68);
    expect(roundMoney(-1.005)).toBe(-1.01);
    expect(roundMoney(100000.125)).toBe(100000.13);
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(Object.is(roundMoney(-0.001), 0)).toBe(true);
  });

  it('ceils and floors to the cent without moving exact cents', () => {
    expect(ceilMoney(888.4878)).toBe(888.49);
    expect(ceilMoney(888.49)).toBe(888.49);
    expect(ceilMoney(0.1 + 0.2)).toBe(0.3);
    expect(floorMoney(0.29)).toBe(0.29);
    expect(floorMoney(632.999)).toBe(632.99);
    expect(floorMoney(-1.001)).toBe(-1.01);
    expect(ceilMoney(-1.009)).toBe(-1);
  });

  it('formats for the borrower in the policy currency', () => {
    const gbp = { currency: 'GBP', locale: 'en-GB' };
    expect(formatMoney(1234.5, gbp)).toBe('£1,234.50');
    expect(formatMoney(0.005, gbp)).toBe('£0.01');
    // Whole amounts without decimals, everywhere: one format for cards, replies and reasons.
    expect(formatMoney(10, { currency: 'EUR', locale: 'en-GB' })).toBe('€10');
    expect(formatMoney(560_000, { currency: 'INR', locale: 'en-IN' })).toBe('₹5,60,000');
    expect(formatMoney(16_689.536, { currency: 'INR', locale: 'en-IN' })).toBe('₹16,689.54');
  });
});
