import { describe, expect, it } from 'vitest';
import { maskLoanId } from '../../../../bot/staff/supervisor/fraudRoutes';

describe('a loan reference on the fraud view', () => {
  it('keeps the prefix and the last characters only, so cases can be told apart but not verified as', () => {
    expect(maskLoanId('LN_90002')).toBe('LN_•••02');
    expect(maskLoanId('AB-1234567')).toBe('AB-•••67');
    expect(maskLoanId('12345678')).toBe('•••78');
    expect(maskLoanId('LN_7')).toBe('LN_•••7');
    expect(maskLoanId('X')).toBe('•••X');
  });
});
