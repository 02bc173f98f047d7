import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import type { BudgetInput } from '../../../models/offers/budget';
import { loadPolicy, type OfferPolicy } from '../../../models/offers/policy';

/**
 * The shipped policy with budget levels pinned in the fixtures' own scale, so
 * the hand-worked cases below do not move when ops retune models/policy.json.
 */
export const policy: OfferPolicy = {
  ...loadPolicy(),
  budget: {
    implausibleFactor: 3,
    perDependantPct: 20,
    maxMonthlyIncome: 25000,
    typicalMonthly: { housing: 1200, utilities: 250, food: 350, transport: 250, childcare: 500, priorityBills: 200, otherCosts: 300, otherDebtRepayments: 600 },
  },
};

/** A deep copy of the default policy with `change` applied, for policy-driven cases. */
export function policyWith(change: (p: OfferPolicy) => void): OfferPolicy {
  const copy = structuredClone(policy);
  change(copy);
  return copy;
}

/** £8,000 left at 12 % with two missed £316.01 instalments, 95 days past due. */
export function loan(overrides: Partial<LoanRecord> = {}): LoanRecord {
  return {
    Borrower_ID: 'BRW_1',
    Age: 40,
    Gender: 'Female',
    Employment_Type: 'Salaried',
    Monthly_Income: 2500,
    Num_Dependents: 1,
    Loan_ID: 'LN_1',
    Loan_Amount: 12000,
    Loan_Tenure: 48,
    Interest_Rate: 12,
    Loan_Type: 'Personal',
    Collateral_Value: 0,
    Outstanding_Loan_Amount: 8000,
    Monthly_EMI: 316.01,
    Payment_History: 'Missed',
    Num_Missed_Payments: 2,
    Days_Past_Due: 95,
    Recovery_Status: 'Partially Recovered',
    Collection_Attempts: 1,
    Collection_Method: 'Calls',
    Legal_Action_Taken: 'No',
    ...overrides,
  };
}

/** A household with `spare` a month left after costs (default plenty), plus optional one-off money. */
export function budgetInput(spare = 2000, oneOff = 0): BudgetInput {
  return {
    income: [{ value: 1500 + spare, period: 'month' }, ...(oneOff > 0 ? [{ value: oneOff, period: 'once' as const }] : [])],
    housing: { value: 900, period: 'month' },
    utilities: { value: 150, period: 'month' },
    food: { value: 300, period: null },
    transport: { value: 150, period: 'month' },
    dependants: 1,
  };
}
