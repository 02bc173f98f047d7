import { describe, expect, it } from 'vitest';
import { HARDSHIP_REASONS } from '../../../models/loanBook/loanRecord';
import { parseLoanBookCsv, toLoanBookCsv } from '../../../models/loanBook/loanBookCsv';
import { DEMO_BORROWERS, generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';

describe('generateLoanBook', () => {
  const book = generateLoanBook({ n: 600, seed: 4 });

  it('is reproducible from its seed', () => {
    expect(generateLoanBook({ n: 600, seed: 4 })).toEqual(book);
    expect(generateLoanBook({ n: 600, seed: 5 })).not.toEqual(book);
  });

  it('passes the importer with identity required, so it is a valid loan book', () => {
    const { rows, errors } = parseLoanBookCsv(toLoanBookCsv(book), { requireIdentity: true });
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(600);
    expect(new Set(book.map((r) => r.Loan_ID)).size).toBe(600);
  });

  it("stays in the real file's ranges and carries the hardship columns", () => {
    for (const r of book.slice(DEMO_BORROWERS.length)) {
      expect(r.Monthly_Income).toBeGreaterThanOrEqual(15000);
      expect(r.Monthly_Income).toBeLessThanOrEqual(250000);
      expect(r.Loan_Amount).toBeLessThanOrEqual(2000000);
      expect(r.Days_Past_Due).toBeLessThanOrEqual(180);
      expect(HARDSHIP_REASONS).toContain(r.Hardship_Reason);
      expect([true, false, undefined]).toContain(r.Hardship_Temporary);
      if (r.Loan_Type === 'Personal') expect(r.Collateral_Value).toBe(0);
    }
  });

  it('makes lasting hardships and heavy payments go worse, as documented', () => {
    const adverseRate = (rows: typeof book) => rows.filter((r) => r.Recovery_Status !== 'Fully Recovered').length / rows.length;
    expect(adverseRate(book.filter((r) => r.Hardship_Temporary === false))).toBeGreaterThan(
      adverseRate(book.filter((r) => r.Hardship_Temporary === true)) + 0.15,
    );
    // Not known yet (about 1 row in 5) goes between the two.
    const unknown = book.filter((r) => r.Hardship_Temporary === undefined);
    expect(unknown.length / book.length).toBeGreaterThan(0.12);
    expect(unknown.length / book.length).toBeLessThan(0.28);
    expect(adverseRate(unknown)).toBeGreaterThan(adverseRate(book.filter((r) => r.Hardship_Temporary === true)));
    expect(adverseRate(unknown)).toBeLessThan(adverseRate(book.filter((r) => r.Hardship_Temporary === false)));
    const heavy = book.filter((r) => r.Monthly_EMI / r.Monthly_Income > 0.5);
    const light = book.filter((r) => r.Monthly_EMI / r.Monthly_Income < 0.1);
    expect(adverseRate(heavy)).toBeGreaterThan(adverseRate(light));
  });

  it('always includes the demo borrowers and rejects a book too small for them', () => {
    const small = generateLoanBook({ n: 3, seed: 1 });
    expect(small.map((r) => r.Loan_ID)).toEqual(DEMO_BORROWERS.map((d) => d.loanId));
    expect(new Set(DEMO_BORROWERS.map((d) => d.expectedBand))).toEqual(new Set(['low', 'medium', 'high']));
    expect(() => generateLoanBook({ n: 2, seed: 1 })).toThrow(/n must be an integer >= 3/);
  });
});
