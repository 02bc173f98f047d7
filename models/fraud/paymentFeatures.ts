import type { LoanRecord } from '../loanBook/loanRecord';
import { instalment } from '../offers/amortisation';
import { estimatedLoanAgeMonths } from './loanAge';

/**
 * The payment pattern of one loan, as numbers. The features read a view that
 * is an allow-list of loan-book columns: Age, Gender, identity columns and
 * outcomes are not in it, and language is not in the loan book, so the
 * compiler refuses a feature that tries to use them (and a test checks that
 * changing them changes nothing).
 */
export const PAYMENT_COLUMNS = [
  'Loan_Type',
  'Loan_Amount',
  'Loan_Tenure',
  'Interest_Rate',
  'Monthly_Income',
  'Outstanding_Loan_Amount',
  'Monthly_EMI',
  'Num_Missed_Payments',
  'Days_Past_Due',
] as const satisfies readonly (keyof LoanRecord)[];
export type PaymentView = Pick<LoanRecord, (typeof PAYMENT_COLUMNS)[number]>;

/**
 * Which way is unusual: 'high' and 'low' score deviations that way only;
 * 'context' features never score alone (a small instalment is not suspect)
 * but let the isolation forest see combinations (many missed payments on a
 * small instalment).
 */
export type Direction = 'high' | 'low' | 'context';

export interface PaymentFeature {
  name: string;
  direction: Direction;
  /** The robust scale never goes below this, so a peer group where everyone has the same value does not make a tiny difference look huge. */
  minScale: number;
  value(loan: PaymentView): number;
  /** Noun phrase for "<phrase> far above similar loans". */
  phrase: string;
  /** The value as a person reads it. */
  show(v: number): string;
}

/** Ratios are compared on a log scale, so half and double are equally far from typical; `show` undoes it. */
const log = (x: number): number => Math.log(Math.max(1e-4, x));
const percentOfLog = (v: number): string => `${Math.round(Math.exp(v) * 100)}%`;

/** Days past due reach the book's cap after this many unpaid months (180 days). */
const DPD_CAP_MONTHS = 6;
const one = (v: number): string => (Math.round(v * 10) / 10).toString();
const percent = (v: number): string => `${Math.round(v * 100)}%`;

export const PAYMENT_FEATURES: readonly PaymentFeature[] = [
  {
    name: 'missed_payments',
    direction: 'high',
    minScale: 1,
    value: (l) => l.Num_Missed_Payments,
    phrase: 'missed payments',
    show: String,
  },
  {
    // Days past due should be about 30 per unpaid month; a large gap either way means the arrears do not add up.
    name: 'arrears_mismatch_months',
    direction: 'high',
    minScale: 0.5,
    value: (l) => Math.abs(l.Days_Past_Due / 30 - Math.min(l.Num_Missed_Payments, DPD_CAP_MONTHS)),
    phrase: 'a gap between days past due and missed payments',
    show: (v) => `${one(v)} months apart`,
  },
  {
    name: 'missed_share_of_age',
    direction: 'high',
    minScale: 0.2,
    value: (l) => l.Num_Missed_Payments / Math.max(1, estimatedLoanAgeMonths(l)),
    phrase: 'the share of its life the loan has gone unpaid',
    show: percent,
  },
  {
    // The instalment against what the balance needs over the tenure: far below means the record's payment cannot repay it.
    name: 'emi_to_schedule',
    direction: 'low',
    minScale: 0.1,
    value: (l) => log(l.Monthly_EMI / Math.max(1, instalment(Math.max(1, l.Outstanding_Loan_Amount), l.Interest_Rate, Math.max(1, Math.round(l.Loan_Tenure))))),
    phrase: 'the instalment against what the balance needs',
    show: percentOfLog,
  },
  {
    name: 'payment_to_income',
    direction: 'context',
    minScale: 0.05,
    value: (l) => log(l.Monthly_EMI / Math.max(1, l.Monthly_Income)),
    phrase: 'the instalment against income',
    show: percentOfLog,
  },
  {
    name: 'repaid_share',
    direction: 'context',
    minScale: 0.05,
    value: (l) => Math.max(0, 1 - l.Outstanding_Loan_Amount / Math.max(1, l.Loan_Amount)),
    phrase: 'the share of the loan repaid',
    show: percent,
  },
];

export function paymentVector(loan: PaymentView): number[] {
  return PAYMENT_FEATURES.map((f) => f.value(loan));
}
