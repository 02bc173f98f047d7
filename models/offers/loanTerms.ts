import type { LoanRecord } from '../loanBook/loanRecord';
import { instalment, repay } from './amortisation';
import { requireNumber } from './inputError';
import { roundMoney } from '../shared/money';
import { addStreams, type Phase, totalMonths, totalPaid } from './phases';

/** Where the loan stands today, as the plans price it. */
export interface LoanTerms {
  /** Everything owed now, arrears included (Outstanding_Loan_Amount). */
  balance: number;
  /** Missed instalments: Num_Missed_Payments × Monthly_EMI, at most the balance. */
  arrears: number;
  ratePct: number;
  contractPayment: number;
  /** Months left for the balance net of arrears at the contractual payment. */
  remainingMonths: number;
  daysPastDue: number;
  /** The contractual instalments on the balance net of arrears. */
  schedule: Phase[];
  /** Keeping to the contract: arrears paid now (month 1) plus the contractual instalments. */
  contract: Phase[];
  contractTotal: number;
  /** What had to be assumed about this record, for the audit trail. */
  assumptions: string[];
}

/**
 * The loan book has no "remaining term" column, so it is derived: the balance
 * net of arrears, repaid at the contractual instalment and rate, takes as many
 * months as the amortisation formula says. Where the instalment does not even
 * cover the interest (inconsistent data), the instalment is re-derived from the
 * original tenure instead, and that is recorded.
 */
export function loanTerms(loan: LoanRecord): LoanTerms {
  requireNumber('Outstanding_Loan_Amount', loan.Outstanding_Loan_Amount, 0.01);
  requireNumber('Monthly_EMI', loan.Monthly_EMI);
  requireNumber('Interest_Rate', loan.Interest_Rate);
  requireNumber('Loan_Tenure', loan.Loan_Tenure, 1);
  requireNumber('Num_Missed_Payments', loan.Num_Missed_Payments);
  requireNumber('Days_Past_Due', loan.Days_Past_Due);

  const balance = roundMoney(loan.Outstanding_Loan_Amount);
  const ratePct = loan.Interest_Rate;
  const assumptions = ['Outstanding_Loan_Amount includes the arrears', 'arrears = Num_Missed_Payments x Monthly_EMI'];
  const arrears = roundMoney(Math.min(balance, loan.Num_Missed_Payments * loan.Monthly_EMI));
  const performing = roundMoney(balance - arrears);

  let contractPayment = roundMoney(loan.Monthly_EMI);
  let schedule = repay(performing, ratePct, contractPayment);
  if (!schedule) {
    contractPayment = instalment(performing, ratePct, Math.round(loan.Loan_Tenure));
    schedule = repay(performing, ratePct, contractPayment) ?? [];
    assumptions.push(`Monthly_EMI ${loan.Monthly_EMI} does not amortise the balance; instalment re-derived over Loan_Tenure as ${contractPayment}`);
  }
  const contract = addStreams([{ months: 1, amount: arrears }], schedule);
  return {
    balance,
    arrears,
    ratePct,
    contractPayment,
    remainingMonths: totalMonths(schedule),
    schedule,
    daysPastDue: loan.Days_Past_Due,
    contract,
    contractTotal: totalPaid(contract),
    assumptions,
  };
}
