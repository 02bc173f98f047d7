/**
 * Model inputs: what the loan book and the conversation know at intake, turned
 * into numbers. A FeatureSpec names the inputs in order; artifacts carry it
 * and the loader refuses an artifact whose spec differs from the code's.
 * How each feature is put into words lives in wording.ts.
 */
import { EMPLOYMENT_TYPES, LOAN_TYPES, PAYMENT_HISTORIES, type HardshipReason, type LoanRecord } from '../loanBook/loanRecord';
import type { IntakeFacts } from './score';

export interface FeatureSpec {
  id: string;
  version: number;
  features: readonly FeatureName[];
}

/** Assumed order from usually-mild to usually-severe, so trees can split on it; -1 when unknown. */
export const HARDSHIP_SEVERITY_ORDER: readonly HardshipReason[] = [
  'relocation',
  'increased_expenses',
  'military_service',
  'illness',
  'income_reduction',
  'divorce_separation',
  'other',
  'disaster',
  'business_failure',
  'unemployment',
  'disability',
  'incarceration',
  'death',
];

/** How lasting the hardship is. "Not known yet" is a value of its own, placed between the other two. */
export const HARDSHIP_DURATION = { temporary: 0, unknown: 1, lasting: 2 } as const;

/** Loan-to-value stands at this cap for unsecured loans (no collateral); payment-to-income too when there is no income. */
const RATIO_CAP = 3;

interface Facts {
  loan: LoanRecord;
  income: number;
  incomeChangePct: number;
  hardshipReason?: HardshipReason;
  /** null: the borrower does not know yet. */
  temporary: boolean | null;
}

type LoanField = keyof LoanRecord;

interface FeatureDefinition {
  value(f: Facts): number;
  /** Loan-book fields the value reads, so scoring can insist on exactly those. */
  reads: readonly LoanField[];
  /**
   * Lender policy, enforced while growing (monotone constraints): 1 = a larger
   * value may never lower the estimate, -1 = never raise it.
   */
  monotone?: 1 | -1;
}

const codeOf = (values: readonly string[], v: string): number => values.indexOf(v);
const INCOME: LoanField[] = ['Monthly_Income', 'Income_Change_Pct'];

const DEFINITIONS = {
  age: { value: (f) => f.loan.Age, reads: ['Age'] },
  monthly_income: { value: (f) => f.income, reads: INCOME, monotone: -1 },
  income_change_pct: { value: (f) => f.incomeChangePct, reads: INCOME, monotone: -1 },
  loan_amount: { value: (f) => f.loan.Loan_Amount, reads: ['Loan_Amount'] },
  loan_tenure: { value: (f) => f.loan.Loan_Tenure, reads: ['Loan_Tenure'] },
  interest_rate: { value: (f) => f.loan.Interest_Rate, reads: ['Interest_Rate'] },
  collateral_value: { value: (f) => f.loan.Collateral_Value, reads: ['Collateral_Value'] },
  loan_to_value: {
    value: (f) => (f.loan.Collateral_Value > 0 ? Math.min(RATIO_CAP, f.loan.Outstanding_Loan_Amount / f.loan.Collateral_Value) : RATIO_CAP),
    reads: ['Collateral_Value', 'Outstanding_Loan_Amount'],
  },
  outstanding: { value: (f) => f.loan.Outstanding_Loan_Amount, reads: ['Outstanding_Loan_Amount'] },
  monthly_emi: { value: (f) => f.loan.Monthly_EMI, reads: ['Monthly_EMI'], monotone: 1 },
  payment_to_income: {
    value: (f) => (f.income > 0 ? Math.min(RATIO_CAP, f.loan.Monthly_EMI / f.income) : RATIO_CAP),
    reads: ['Monthly_EMI', ...INCOME],
    monotone: 1,
  },
  missed_payments: { value: (f) => f.loan.Num_Missed_Payments, reads: ['Num_Missed_Payments'], monotone: 1 },
  days_past_due: { value: (f) => f.loan.Days_Past_Due, reads: ['Days_Past_Due'], monotone: 1 },
  payment_history: { value: (f) => codeOf(PAYMENT_HISTORIES, f.loan.Payment_History), reads: ['Payment_History'], monotone: 1 },
  employment_type: { value: (f) => codeOf(EMPLOYMENT_TYPES, f.loan.Employment_Type), reads: ['Employment_Type'] },
  loan_type: { value: (f) => codeOf(LOAN_TYPES, f.loan.Loan_Type), reads: ['Loan_Type'] },
  num_dependents: { value: (f) => f.loan.Num_Dependents, reads: ['Num_Dependents'] },
  hardship_reason: {
    value: (f) => (f.hardshipReason ? HARDSHIP_SEVERITY_ORDER.indexOf(f.hardshipReason) : -1),
    reads: ['Hardship_Reason'],
  },
  hardship_duration: {
    value: (f) => (f.temporary === true ? HARDSHIP_DURATION.temporary : f.temporary === false ? HARDSHIP_DURATION.lasting : HARDSHIP_DURATION.unknown),
    reads: ['Hardship_Temporary'],
    monotone: 1,
  },
  collection_attempts: { value: (f) => f.loan.Collection_Attempts, reads: ['Collection_Attempts'] },
} satisfies Record<string, FeatureDefinition>;

export type FeatureName = keyof typeof DEFINITIONS;

const INTAKE_FEATURES: FeatureName[] = [
  'monthly_income',
  'income_change_pct',
  'loan_amount',
  'loan_tenure',
  'interest_rate',
  'collateral_value',
  'loan_to_value',
  'outstanding',
  'monthly_emi',
  'payment_to_income',
  'missed_payments',
  'days_past_due',
  'payment_history',
  'employment_type',
  'loan_type',
  'num_dependents',
  'hardship_reason',
  'hardship_duration',
];

/** Never used to predict the outcome; Age and Gender are only reported on (disparate impact). */
export const PROTECTED_ATTRIBUTES = ['Gender', 'Age'] as const;

export const FEATURE_SPECS = {
  /** Known at intake: the default. v2: "not known yet" became its own hardship-duration value. */
  outcome: { id: 'outcome-intake', version: 2, features: INTAKE_FEATURES },
  /** Adds Collection_Attempts, which accrue after default and are not known for a new hardship case. */
  outcomeWithCollections: { id: 'outcome-intake+collections', version: 2, features: [...INTAKE_FEATURES, 'collection_attempts'] },
  /** The reference notebook's ten K-Means features (Age included, as in the notebook): trained and reported, never served. */
  segment: {
    id: 'segment-notebook',
    version: 1,
    features: [
      'age',
      'monthly_income',
      'loan_amount',
      'loan_tenure',
      'interest_rate',
      'collateral_value',
      'outstanding',
      'monthly_emi',
      'missed_payments',
      'days_past_due',
    ],
  },
} satisfies Record<string, FeatureSpec>;

export function findCodeSpec(id: string): FeatureSpec | undefined {
  return Object.values(FEATURE_SPECS).find((s) => s.id === id);
}

export function sameSpec(a: FeatureSpec, b: FeatureSpec): boolean {
  return a.id === b.id && a.version === b.version && a.features.length === b.features.length && a.features.every((f, i) => f === b.features[i]);
}

export function isFeatureName(name: string): name is FeatureName {
  return Object.hasOwn(DEFINITIONS, name);
}

/** A feature reads Gender or Age: it may be trained and reported on, never used to score or explain a borrower. */
export class ProtectedFeatureError extends Error {
  override name = 'ProtectedFeatureError';
}

/** True when a feature reading `fields` reads a protected attribute. */
export function readsProtected(fields: readonly string[]): boolean {
  return fields.some((field) => (PROTECTED_ATTRIBUTES as readonly string[]).includes(field));
}

/** Features of `spec` that read a protected attribute (Gender or Age): a spec with any may never serve. */
export function protectedFeatures(spec: FeatureSpec): FeatureName[] {
  return spec.features.filter((f) => readsProtected(DEFINITIONS[f].reads));
}

/** The monotone constraints of `spec`, one per feature, for the grower. */
export function monotoneConstraints(spec: FeatureSpec): (-1 | 0 | 1)[] {
  return spec.features.map((f) => (DEFINITIONS[f] as FeatureDefinition).monotone ?? 0);
}

/** Loan-book fields the features of `spec` read. */
export function fieldsRead(spec: FeatureSpec): LoanField[] {
  return [...new Set(spec.features.flatMap((f) => DEFINITIONS[f].reads))];
}

/** The loan's facts, updated with what the conversation learned; the conversation wins, "I don't know" (null) included. */
function factsOf(loan: LoanRecord, intake: IntakeFacts = {}): Facts {
  const bookChange = loan.Income_Change_Pct ?? 0;
  const income = intake.currentMonthlyIncome ?? loan.Monthly_Income * (1 + bookChange / 100);
  const incomeChangePct =
    intake.currentMonthlyIncome !== undefined && loan.Monthly_Income > 0 ? (intake.currentMonthlyIncome / loan.Monthly_Income - 1) * 100 : bookChange;
  return {
    loan,
    income,
    incomeChangePct,
    hardshipReason: intake.hardshipReason ?? loan.Hardship_Reason,
    temporary: intake.temporary !== undefined ? intake.temporary : (loan.Hardship_Temporary ?? null),
  };
}

export function featureVector(spec: FeatureSpec, loan: LoanRecord, intake?: IntakeFacts): number[] {
  const facts = factsOf(loan, intake);
  return spec.features.map((name) => DEFINITIONS[name].value(facts));
}
