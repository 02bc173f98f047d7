import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_FILE, InvalidModelError, loadRiskModel } from '../../../models/risk';
import { DEMO_BORROWERS, generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';

describe('the shipped default model', () => {
  const model = loadRiskModel(DEFAULT_MODEL_FILE);

  it('loads and matches the code feature spec', () => {
    expect(model.featureSpec.id).toBe('outcome-intake');
    expect(model.version).toBe('risk-outcome-synthetic-v1');
  });

  it.each(DEMO_BORROWERS)('scores demo borrower $loanId in the $expectedBand band after a typical intake', (demo) => {
    const loan = generateLoanBook({ n: 10, seed: 99 }).find((l) => l.Loan_ID === demo.loanId);
    expect(loan).toBeDefined();
    expect(loan!.Date_Of_Birth).toBe(demo.dateOfBirth);
    expect(loan!.Phone!.endsWith(demo.phoneLast4)).toBe(true);
    const score = model.score(loan!, demo.intake);
    expect(score.band).toBe(demo.expectedBand);
    expect(score.reasons.length).toBeGreaterThan(0);
  });

  it('throws a clear error for a missing file', () => {
    expect(() => loadRiskModel('/nonexistent/model.json')).toThrow(InvalidModelError);
  });
});
