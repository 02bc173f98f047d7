import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_FILE, InvalidModelError, loadRiskModel } from '../../../models/risk';
import { HARDSHIP_DURATION } from '../../../models/risk/features';
import { DEMO_BORROWERS, generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';

const model = loadRiskModel(DEFAULT_MODEL_FILE);
const demoBook = generateLoanBook({ n: 10, seed: 99 });
const demo = (id: string) => demoBook.find((l) => l.Loan_ID === id)!;
/** Loans the shipped model never saw (another seed), with their story's intake facts. */
const book = generateLoanBook({ n: 300, seed: 77 });
const intakeOf = (l: (typeof book)[number]) => ({
  currentMonthlyIncome: l.Monthly_Income * (1 + (l.Income_Change_Pct ?? 0) / 100),
  hardshipReason: l.Hardship_Reason,
  temporary: l.Hardship_Temporary ?? null,
});

describe('the shipped default model', () => {
  it('loads and matches the code feature spec', () => {
    expect(model.featureSpec.id).toBe('outcome-intake');
    expect(model.version).toBe('risk-outcome-synthetic-v2');
  });

  it('says in its model card that it was trained on a synthetic book', () => {
    const card = readFileSync(DEFAULT_MODEL_FILE.replace(/\.json$/, '.md'), 'utf8');
    expect(card).toMatch(/Training data: synthetic loan book \(n=1000, seed=42\)/);
    expect(card).toMatch(/\*\*Trained on a synthetic loan book\*\*.*not been validated on a real book/);
    expect(card).toMatch(/## Calibration and reliability/);
    expect(card).toMatch(/monotone constraints on .*missed_payments \(up\)/);
  });

  it.each(DEMO_BORROWERS)('scores demo borrower $loanId in the $expectedBand band after a typical intake', (borrower) => {
    const loan = demo(borrower.loanId);
    expect(loan.Date_Of_Birth).toBe(borrower.dateOfBirth);
    expect(loan.Phone!.endsWith(borrower.phoneLast4)).toBe(true);
    const score = model.score(loan, borrower.intake);
    expect(score.band).toBe(borrower.expectedBand);
    expect(score.reasons.length).toBeGreaterThan(0);
  });

  it('never lowers the score for more missed payments or more days past due', () => {
    for (const loan of book) {
      const intake = intakeOf(loan);
      let previous = model.probability(loan, intake);
      for (let extra = 1; extra <= 6; extra++) {
        const p = model.probability({ ...loan, Num_Missed_Payments: loan.Num_Missed_Payments + extra }, intake);
        expect(p).toBeGreaterThanOrEqual(previous);
        previous = p;
      }
      const later = model.probability({ ...loan, Days_Past_Due: loan.Days_Past_Due + 60 }, intake);
      expect(later).toBeGreaterThanOrEqual(model.probability(loan, intake));
    }
  });

  it('never lowers the score for a lower income or a larger payment-to-income', () => {
    for (const loan of book) {
      const intake = intakeOf(loan);
      const p = model.probability(loan, intake);
      expect(model.probability(loan, { ...intake, currentMonthlyIncome: intake.currentMonthlyIncome * 0.7 })).toBeGreaterThanOrEqual(p);
      expect(model.probability({ ...loan, Monthly_EMI: loan.Monthly_EMI * 1.3 }, intake)).toBeGreaterThanOrEqual(p);
    }
  });

  it("raises LN_90002's score when the stated income falls from 90,000 to 10,000 (it used to fall)", () => {
    const borrower = DEMO_BORROWERS[1];
    const at = (income: number) => model.probability(demo(borrower.loanId), { ...borrower.intake, currentMonthlyIncome: income });
    const incomes = [90000, 70000, 58500, 40000, 25000, 10000];
    for (let i = 1; i < incomes.length; i++) expect(at(incomes[i])).toBeGreaterThanOrEqual(at(incomes[i - 1]));
    expect(at(10000)).toBeGreaterThan(at(90000));
  });

  it('treats "I don\'t know" as its own value of temporariness, between temporary and lasting', () => {
    const borrower = DEMO_BORROWERS[1];
    const at = (temporary: boolean | null) => model.probability(demo(borrower.loanId), { ...borrower.intake, temporary });
    expect(at(null)).toBeGreaterThan(at(true));
    expect(at(null)).toBeLessThan(at(false));
    // The forest has splits that separate "not known yet" from each of the other two values.
    const forest = model.toJSON().forest;
    const column = model.featureSpec.features.indexOf('hardship_duration');
    const thresholds = forest.threshold.filter((_, i) => forest.feature[i] === column);
    expect(thresholds.some((t) => t > HARDSHIP_DURATION.temporary && t <= HARDSHIP_DURATION.unknown)).toBe(true);
    expect(thresholds.some((t) => t > HARDSHIP_DURATION.unknown && t <= HARDSHIP_DURATION.lasting)).toBe(true);
  });

  it('throws a clear error for a missing file', () => {
    expect(() => loadRiskModel('/nonexistent/model.json')).toThrow(InvalidModelError);
  });
});
