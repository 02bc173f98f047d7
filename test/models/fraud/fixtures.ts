import { defaultFraudPolicy, type FraudPolicy, parseFraudPolicy } from '../../../models/fraud';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';

/** The shipped fraud policy: these tests document its defaults. */
export const policy: FraudPolicy = defaultFraudPolicy();

export const MONEY = { currency: 'INR', locale: 'en-IN' };

/** A deep copy of the default policy with `change` applied. */
export function policyWith(change: (p: FraudPolicy) => void): FraudPolicy {
  const copy = structuredClone(policy);
  change(copy);
  return parseFraudPolicy(copy);
}

/** A ₹6,00,000 personal loan over 36 months, half repaid, paying ₹20,000 on an income of ₹1,20,000, with one missed payment. */
export function loan(overrides: Partial<LoanRecord> = {}): LoanRecord {
  return {
    Borrower_ID: 'BRW_1',
    Age: 40,
    Gender: 'Female',
    Employment_Type: 'Salaried',
    Monthly_Income: 120000,
    Num_Dependents: 2,
    Loan_ID: 'LN_1',
    Loan_Amount: 600000,
    Loan_Tenure: 36,
    Interest_Rate: 12,
    Loan_Type: 'Personal',
    Collateral_Value: 0,
    Outstanding_Loan_Amount: 300000,
    Monthly_EMI: 20000,
    Payment_History: 'Delayed',
    Num_Missed_Payments: 1,
    Days_Past_Due: 20,
    Recovery_Status: 'Partially Recovered',
    Collection_Attempts: 1,
    Collection_Method: 'Calls',
    Legal_Action_Taken: 'No',
    ...overrides,
  };
}

export const at = (iso: string): Date => new Date(iso);
