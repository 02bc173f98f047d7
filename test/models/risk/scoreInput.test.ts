import { describe, expect, it } from 'vitest';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { DEMO_BORROWERS, generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import { DEFAULT_MODEL_FILE, loadRiskModel, RiskInputError } from '../../../models/risk';
import type { IntakeFacts } from '../../../models/risk/score';

const model = loadRiskModel(DEFAULT_MODEL_FILE);
const loan = generateLoanBook({ n: 3, seed: 1 }).find((l) => l.Loan_ID === DEMO_BORROWERS[1].loanId)!;

/** The error score() throws, so a test can look at its field and message. */
function refusal(l: unknown, intake?: unknown): RiskInputError {
  try {
    model.score(l as LoanRecord, intake as IntakeFacts);
  } catch (err) {
    if (err instanceof RiskInputError) return err;
    throw err;
  }
  throw new Error('score() returned a number for bad input');
}

describe('score() input checks', () => {
  it('refuses an empty loan, naming what is missing, instead of scoring it (it used to score 0.80, high band)', () => {
    const err = refusal({});
    expect(err.field).toMatch(/^loan\./);
    expect(err.message).toMatch(/^cannot score: loan\.Monthly_Income is missing; .*loan\.Num_Missed_Payments is missing/);
    expect(err.message).not.toMatch(/undefined|NaN/);
  });

  it('refuses a loan with no EMI (it used to say "NaN% of income")', () => {
    const { Monthly_EMI: _emi, ...noEmi } = loan;
    const err = refusal(noEmi);
    expect(err.field).toBe('loan.Monthly_EMI');
    expect(err.message).toBe('cannot score loan LN_90002: loan.Monthly_EMI is missing');
  });

  it('refuses out-of-range values, such as a negative balance (which used to lower the risk)', () => {
    expect(refusal({ ...loan, Outstanding_Loan_Amount: -50000 }).message).toMatch(/loan\.Outstanding_Loan_Amount must be at least 0, got -50000/);
    expect(refusal({ ...loan, Num_Missed_Payments: 2.5 }).message).toMatch(/loan\.Num_Missed_Payments must be a whole number, got 2\.5/);
    expect(refusal({ ...loan, Interest_Rate: 140 }).field).toBe('loan.Interest_Rate');
    expect(refusal({ ...loan, Monthly_Income: Number.NaN }).field).toBe('loan.Monthly_Income');
    expect(refusal({ ...loan, Days_Past_Due: '45' }).message).toMatch(/loan\.Days_Past_Due must be a number, got "45"/);
    expect(refusal(loan, { currentMonthlyIncome: -1 }).field).toBe('intake.currentMonthlyIncome');
  });

  it('refuses an unknown hardship reason (it used to become "no reason given")', () => {
    const err = refusal(loan, { hardshipReason: 'flood' });
    expect(err.field).toBe('intake.hardshipReason');
    expect(err.message).toMatch(/intake\.hardshipReason "flood" is not one of unemployment, income_reduction/);
    expect(refusal({ ...loan, Hardship_Reason: 'flood' }).field).toBe('loan.Hardship_Reason');
    expect(refusal({ ...loan, Payment_History: 'Sometimes' }).field).toBe('loan.Payment_History');
  });

  it('refuses unknown intake facts (a typo would otherwise be ignored)', () => {
    const err = refusal(loan, { temprary: true });
    expect(err.field).toBe('intake.temprary');
    expect(err.message).toMatch(/unknown field intake\.temprary/);
    expect(refusal(loan, { temporary: 'maybe' }).field).toBe('intake.temporary');
  });

  it('accepts a valid loan with extra loan-book columns, and every kind of temporariness', () => {
    const extra = { ...loan, Branch: 'North' } as LoanRecord;
    for (const temporary of [true, false, null, undefined]) expect(model.score(extra, { temporary }).probability).toBeGreaterThan(0);
    // Fields the model does not read (Gender, Recovery_Status, ...) may be absent.
    const { Gender: _g, Recovery_Status: _r, Collection_Attempts: _c, ...minimal } = loan;
    expect(model.score(minimal as LoanRecord).probability).toBe(model.score(loan).probability);
  });
});
