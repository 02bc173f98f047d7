/**
 * One row of the lender's loan book, in the column names of the loan-recovery
 * CSV (the schema ops already export), so a file maps onto it with no renaming.
 * Identity columns are optional here because training data need not carry them;
 * the importer that feeds identity verification requires them.
 */
export const GENDERS = ['Male', 'Female', 'Other'] as const;
export const EMPLOYMENT_TYPES = ['Salaried', 'Self-Employed', 'Business Owner', 'Unemployed'] as const;
export const LOAN_TYPES = ['Personal', 'Home', 'Auto', 'Business'] as const;
export const PAYMENT_HISTORIES = ['On-Time', 'Delayed', 'Missed'] as const;
export const RECOVERY_STATUSES = ['Fully Recovered', 'Partially Recovered', 'Written Off'] as const;
export const COLLECTION_METHODS = ['Calls', 'Legal Notice', 'Debt Collectors', 'Settlement Offer'] as const;

/** Hardship taxonomy shared by the NLP, the loan book's optional column and the risk model. */
export const HARDSHIP_REASONS = [
  'unemployment',
  'income_reduction',
  'illness',
  'disability',
  'death',
  'divorce_separation',
  'disaster',
  'business_failure',
  'increased_expenses',
  'relocation',
  'military_service',
  'incarceration',
  'other',
] as const;
export type HardshipReason = (typeof HARDSHIP_REASONS)[number];

export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
}

/** Valid values of the numeric columns: one table for the CSV importer and the risk model's input checks. */
export const NUMBER_RULES = {
  Age: { integer: true, min: 18, max: 120 },
  Monthly_Income: { min: 0 },
  Num_Dependents: { integer: true, min: 0 },
  Loan_Amount: { min: 0 },
  Loan_Tenure: { integer: true, min: 1 },
  Interest_Rate: { min: 0, max: 100 },
  Collateral_Value: { min: 0 },
  Outstanding_Loan_Amount: { min: 0 },
  Monthly_EMI: { min: 0 },
  Num_Missed_Payments: { integer: true, min: 0 },
  Days_Past_Due: { integer: true, min: 0 },
  Collection_Attempts: { integer: true, min: 0 },
  Income_Change_Pct: { min: -100 },
} as const satisfies Partial<Record<keyof LoanRecord, NumberRule>>;

export interface LoanRecord {
  Borrower_ID: string;
  Age: number;
  Gender: (typeof GENDERS)[number];
  Employment_Type: (typeof EMPLOYMENT_TYPES)[number];
  Monthly_Income: number;
  Num_Dependents: number;
  Loan_ID: string;
  Loan_Amount: number;
  /** Months. */
  Loan_Tenure: number;
  /** Annual percentage, e.g. 12.39. */
  Interest_Rate: number;
  Loan_Type: (typeof LOAN_TYPES)[number];
  Collateral_Value: number;
  Outstanding_Loan_Amount: number;
  Monthly_EMI: number;
  Payment_History: (typeof PAYMENT_HISTORIES)[number];
  Num_Missed_Payments: number;
  Days_Past_Due: number;
  Recovery_Status: (typeof RECOVERY_STATUSES)[number];
  Collection_Attempts: number;
  Collection_Method: (typeof COLLECTION_METHODS)[number];
  Legal_Action_Taken: 'Yes' | 'No';
  /** YYYY-MM-DD; required by the importer for identity checks. */
  Date_Of_Birth?: string;
  /** E.164, e.g. +447700900123; required by the importer for identity checks. */
  Phone?: string;
  Hardship_Reason?: HardshipReason;
  Hardship_Temporary?: boolean;
  /** Change in income since origination, percent (-40 = fell by 40 %). */
  Income_Change_Pct?: number;
}
