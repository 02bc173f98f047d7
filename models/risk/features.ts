/**
 * Model inputs: what the loan book and the conversation know at intake, turned
 * into numbers, plus a sentence fragment per feature for people-facing reasons.
 * A FeatureSpec names the inputs in order; artifacts carry it and the loader
 * refuses an artifact whose spec differs from the code's.
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

/** Loan-to-value stands at this cap for unsecured loans (no collateral). */
const LTV_CAP = 3;

interface Facts {
  loan: LoanRecord;
  income: number;
  incomeChangePct: number;
  hardshipReason?: HardshipReason;
  temporary?: boolean | null;
}

/** How amounts are written in reasons; the loan book has no currency, so the caller may supply one. */
export interface ReasonWording {
  money(v: number): string;
}

export const PLAIN_WORDING: ReasonWording = { money: (v) => Math.round(v).toLocaleString('en-GB') };

interface FeatureDefinition {
  value(f: Facts): number;
  /** Noun phrase for "<phrase> raised the risk". */
  describe(v: number, wording: ReasonWording): string;
}

const pct = (v: number): string => `${Math.round(v * 100)}%`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const codeOf = (values: readonly string[], v: string): number => values.indexOf(v);

const DEFINITIONS = {
  age: { value: (f) => f.loan.Age, describe: (v) => `Age ${v}` },
  monthly_income: { value: (f) => f.income, describe: (v, w) => `A monthly income of ${w.money(v)}` },
  income_change_pct: {
    value: (f) => f.incomeChangePct,
    describe: (v) => (v < 0 ? `An income drop of ${Math.round(-v)}%` : v > 0 ? `An income rise of ${Math.round(v)}%` : 'No change in income'),
  },
  loan_amount: { value: (f) => f.loan.Loan_Amount, describe: (v, w) => `A loan of ${w.money(v)}` },
  loan_tenure: { value: (f) => f.loan.Loan_Tenure, describe: (v) => `A ${v}-month term` },
  interest_rate: { value: (f) => f.loan.Interest_Rate, describe: (v) => `An interest rate of ${v.toFixed(1)}%` },
  collateral_value: {
    value: (f) => f.loan.Collateral_Value,
    describe: (v, w) => (v > 0 ? `Collateral worth ${w.money(v)}` : 'Having no collateral'),
  },
  loan_to_value: {
    value: (f) => (f.loan.Collateral_Value > 0 ? Math.min(LTV_CAP, f.loan.Outstanding_Loan_Amount / f.loan.Collateral_Value) : LTV_CAP),
    describe: (v) => (v >= LTV_CAP ? 'An unsecured balance' : `A balance at ${pct(v)} of the collateral value`),
  },
  outstanding: { value: (f) => f.loan.Outstanding_Loan_Amount, describe: (v, w) => `An outstanding balance of ${w.money(v)}` },
  monthly_emi: { value: (f) => f.loan.Monthly_EMI, describe: (v, w) => `A monthly payment of ${w.money(v)}` },
  payment_to_income: {
    value: (f) => (f.income > 0 ? Math.min(LTV_CAP, f.loan.Monthly_EMI / f.income) : LTV_CAP),
    describe: (v) => `Payments taking ${pct(v)} of income`,
  },
  missed_payments: {
    value: (f) => f.loan.Num_Missed_Payments,
    describe: (v) => (v === 0 ? 'No missed payments' : plural(v, 'missed payment')),
  },
  days_past_due: {
    value: (f) => f.loan.Days_Past_Due,
    describe: (v) => (v === 0 ? 'Being up to date' : `Being ${v} days past due`),
  },
  payment_history: {
    value: (f) => codeOf(PAYMENT_HISTORIES, f.loan.Payment_History),
    describe: (v) => ['An on-time payment history', 'A history of delayed payments', 'A history of missed payments'][v] ?? 'The payment history',
  },
  employment_type: {
    value: (f) => codeOf(EMPLOYMENT_TYPES, f.loan.Employment_Type),
    describe: (v) => ['Being salaried', 'Being self-employed', 'Being a business owner', 'Being unemployed'][v] ?? 'The employment type',
  },
  loan_type: {
    value: (f) => codeOf(LOAN_TYPES, f.loan.Loan_Type),
    describe: (v) => `${['A personal', 'A home', 'An auto', 'A business'][v] ?? 'The'} loan`,
  },
  num_dependents: { value: (f) => f.loan.Num_Dependents, describe: (v) => plural(v, 'dependant') },
  hardship_reason: {
    value: (f) => (f.hardshipReason ? HARDSHIP_SEVERITY_ORDER.indexOf(f.hardshipReason) : -1),
    describe: (v) => (v < 0 ? 'No hardship reason given' : `The hardship (${HARDSHIP_SEVERITY_ORDER[v].replace('_', ' ')})`),
  },
  hardship_temporary: {
    value: (f) => (f.temporary === true ? 1 : f.temporary === false ? 0 : 0.5),
    describe: (v) => (v === 1 ? 'A temporary hardship' : v === 0 ? 'A lasting hardship' : 'Not knowing how long the hardship lasts'),
  },
  collection_attempts: { value: (f) => f.loan.Collection_Attempts, describe: (v) => plural(v, 'collection attempt') },
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
  'hardship_temporary',
];

/** Never used to predict the outcome; Age and Gender are only reported on (disparate impact). */
export const PROTECTED_ATTRIBUTES = ['Gender', 'Age'] as const;

export const FEATURE_SPECS = {
  /** Known at intake: the default. */
  outcome: { id: 'outcome-intake', version: 1, features: INTAKE_FEATURES },
  /** Adds Collection_Attempts, which accrue after default and are not known for a new hardship case. */
  outcomeWithCollections: { id: 'outcome-intake+collections', version: 1, features: [...INTAKE_FEATURES, 'collection_attempts'] },
  /** The reference notebook's ten K-Means features (Age included, as in the notebook). */
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

/** The loan's facts, updated with what the conversation learned. */
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
    temporary: intake.temporary !== undefined && intake.temporary !== null ? intake.temporary : loan.Hardship_Temporary,
  };
}

export function featureVector(spec: FeatureSpec, loan: LoanRecord, intake?: IntakeFacts): number[] {
  const facts = factsOf(loan, intake);
  return spec.features.map((name) => DEFINITIONS[name].value(facts));
}

export function describeFeature(name: FeatureName, value: number, wording: ReasonWording = PLAIN_WORDING): string {
  return DEFINITIONS[name].describe(value, wording);
}
