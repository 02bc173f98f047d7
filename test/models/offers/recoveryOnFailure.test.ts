import { describe, expect, it } from 'vitest';
import { estimateRecoveryOnFailure } from '../../../models/offers/recoveryOnFailure';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import { loan } from './fixtures';

describe('estimateRecoveryOnFailure: the loss given default from a loan book', () => {
  const book = [
    loan({ Recovery_Status: 'Fully Recovered', Outstanding_Loan_Amount: 500000 }),
    loan({ Recovery_Status: 'Written Off', Outstanding_Loan_Amount: 100000 }),
    loan({ Recovery_Status: 'Partially Recovered', Outstanding_Loan_Amount: 300000 }),
    loan({ Recovery_Status: 'Partially Recovered', Outstanding_Loan_Amount: 0 }),
  ];

  it('weighs each failed loan by its balance: written off loses all of it, partially recovered the rest of its recovered share', () => {
    // (100,000 + 300,000 × 50 %) ÷ 400,000 = 62.5 %
    expect(estimateRecoveryOnFailure(book)).toMatchObject({ lgdPct: 62.5, failures: 2, balanceAtFailure: 400000 });
    expect(estimateRecoveryOnFailure(book, { partialRecoveryPct: 80 }).lgdPct).toBe(40);
    expect(estimateRecoveryOnFailure(book).assumptions.join(' ')).toMatch(/1 rows without a positive balance/);
  });

  it('refuses a book with no failures, or a share that is not a percentage', () => {
    expect(() => estimateRecoveryOnFailure([book[0]])).toThrow(/nothing to estimate/);
    expect(() => estimateRecoveryOnFailure(book, { partialRecoveryPct: 120 })).toThrow(/between 0 and 100/);
  });

  it('gives a policy-ready figure for the synthetic book', () => {
    const { lgdPct, failures } = estimateRecoveryOnFailure(generateLoanBook({ n: 500, seed: 42 }));
    expect(failures).toBeGreaterThan(50);
    expect(lgdPct).toBeGreaterThan(50);
    expect(lgdPct).toBeLessThan(100);
  });
});
