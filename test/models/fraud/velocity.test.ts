import { describe, expect, it } from 'vitest';
import { earlySettlementRequest, HardshipClaimVelocity, isFlagged } from '../../../models/fraud';
import { estimatedLoanAgeMonths } from '../../../models/fraud/loanAge';
import { at, loan, policy, policyWith } from './fixtures';

const day = (n: number) => new Date(Date.parse('2026-12-01T10:00:00Z') + n * 86_400_000);

describe('hardship claim velocity', () => {
  it('flags the third hardship claim on one loan within 30 days', () => {
    const velocity = new HardshipClaimVelocity(policy);
    expect(isFlagged(velocity.claim('loan-1', day(0)))).toBe(false);
    expect(isFlagged(velocity.claim('loan-1', day(3)))).toBe(false);
    const third = velocity.claim('loan-1', day(9));
    expect(isFlagged(third)).toBe(true);
    expect(third.reasons).toEqual(['3 hardship claims on this loan within 30 days (limit 3).']);
    expect(third.evidence).toEqual({ claims: 3, windowDays: 30, limit: 3 });
  });

  it('does not flag claims spread over months, or claims on different loans', () => {
    const velocity = new HardshipClaimVelocity(policy);
    const monthly = [0, 40, 80, 120].map((d) => velocity.claim('loan-1', day(d)));
    expect(monthly.some(isFlagged)).toBe(false);
    const others = ['a', 'b', 'c', 'd'].map((k) => velocity.claim(k, day(1)));
    expect(others.some(isFlagged)).toBe(false);
  });

  it('keeps at most maxTrackedLoans loans', () => {
    const velocity = new HardshipClaimVelocity(policyWith((p) => (p.velocity.maxTrackedLoans = 10)));
    for (let i = 0; i < 100; i++) velocity.claim(`loan-${i}`, day(0));
    expect(velocity.trackedLoans).toBe(10);
  });
});

describe('settlement soon after origination', () => {
  it('estimates a loan age from the principal repaid on its schedule plus the months missed', () => {
    // ₹6,00,000 over 36 months at 12 %: half the principal is repaid after 19.6 instalments.
    expect(estimatedLoanAgeMonths(loan({ Num_Missed_Payments: 0 }))).toBe(19.6);
    expect(estimatedLoanAgeMonths(loan({ Outstanding_Loan_Amount: 600000, Num_Missed_Payments: 2 }))).toBe(2);
    expect(estimatedLoanAgeMonths(loan({ Outstanding_Loan_Amount: 0, Num_Missed_Payments: 0 }))).toBeCloseTo(36, 5);
    expect(estimatedLoanAgeMonths(loan({ Interest_Rate: 0, Num_Missed_Payments: 0 }))).toBe(18);
  });

  it('flags a settlement asked for on a loan that has barely started', () => {
    const fresh = loan({ Outstanding_Loan_Amount: 590000, Num_Missed_Payments: 2 });
    const signal = earlySettlementRequest(fresh, at('2026-12-01T10:00:00Z'), policy);
    expect(isFlagged(signal)).toBe(true);
    expect(signal.reasons[0]).toMatch(/an estimated 2.\d months after the loan began \(within 6 months counts as early\)/);
    expect(signal.evidence.ageEstimated).toBe(1);
  });

  it('does not flag a settlement on a loan well into its term', () => {
    expect(isFlagged(earlySettlementRequest(loan(), at('2026-12-01T10:00:00Z'), policy))).toBe(false);
  });

  it('uses the origination date when the lender has one', () => {
    const now = at('2026-12-01T10:00:00Z');
    const early = earlySettlementRequest(loan(), now, policy, at('2026-10-01T00:00:00Z'));
    expect(isFlagged(early)).toBe(true);
    expect(early.evidence).toMatchObject({ loanAgeMonths: 2, ageEstimated: 0 });
    expect(isFlagged(earlySettlementRequest(loan(), now, policy, at('2025-01-01T00:00:00Z')))).toBe(false);
  });
});
