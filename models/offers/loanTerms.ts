import type { LoanRecord } from '../loanBook/loanRecord';
import { amortise, instalment, monthlyRate, repay } from './amortisation';
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
  /** The instalment the contract asks for: Monthly_EMI, unless that cannot repay the loan within its term (`paymentRederived`). */
  contractPayment: number;
  /** Monthly_EMI could not repay the balance within Loan_Tenure, so `contractPayment` is the instalment that does. */
  paymentRederived: boolean;
  /** What the borrower pays a month now as far as they know: the lower of Monthly_EMI and `contractPayment`. A plan that lowers the payment stays below it. */
  paymentNow: number;
  /** Months left for the balance net of arrears at the contractual payment; never past the end of Loan_Tenure. */
  remainingMonths: number;
  /** Loan_Tenure. */
  originalTermMonths: number;
  /** Months of Loan_Tenure already behind (estimated: the loan book has no start date). */
  monthsElapsed: number;
  daysPastDue: number;
  /** The contractual instalments on the balance net of arrears. */
  schedule: Phase[];
  /** Keeping to the contract: arrears paid now (month 1) plus the contractual instalments. */
  contract: Phase[];
  contractTotal: number;
  /** What had to be assumed about this record, for the audit trail. */
  assumptions: string[];
}

/** What stops a record from being priced at all: a person has to look at the account. */
export type LoanProblem = 'no_balance' | 'no_contract_payment';

/** Checks the figures the plans need; throws on data that is not a number at all, and names what a person must check. */
export function loanProblem(loan: LoanRecord): LoanProblem | undefined {
  for (const field of ['Outstanding_Loan_Amount', 'Monthly_EMI', 'Interest_Rate', 'Num_Missed_Payments', 'Days_Past_Due'] as const)
    requireNumber(field, loan[field], field === 'Outstanding_Loan_Amount' ? -Infinity : 0);
  requireNumber('Loan_Tenure', loan.Loan_Tenure, 1);
  if (roundMoney(loan.Outstanding_Loan_Amount) <= 0) return 'no_balance';
  if (roundMoney(loan.Monthly_EMI) <= 0) return 'no_contract_payment';
  return undefined;
}

/**
 * Months the original loan (Loan_Amount as a level instalment over Loan_Tenure) took to fall to
 * `owed`: B_k = L·(1+r)^k − P·((1+r)^k − 1)/r solved for k, rounded down so no month is taken
 * from the borrower. 0 when the record has no usable Loan_Amount or owes more than it.
 */
function monthsToFallTo(loan: LoanRecord, tenure: number, owed: number): number {
  const amount = loan.Loan_Amount;
  if (!Number.isFinite(amount) || amount <= owed) return 0;
  const r = monthlyRate(loan.Interest_Rate);
  const payment = instalment(amount, loan.Interest_Rate, tenure);
  const k = r === 0 ? (amount - owed) / payment : Math.log((payment - owed * r) / (payment - amount * r)) / Math.log(1 + r);
  return Math.min(tenure - 1, Math.max(0, Math.floor(k + 1e-9)));
}

/**
 * The loan book has no "remaining term" column, so it is derived. When Monthly_EMI repays the balance net of
 * arrears within Loan_Tenure, that EMI is the contract and the months it takes are what is left (the rest of
 * the tenure is behind). When it cannot (inconsistent data: the EMI leaves out interest, or barely covers
 * it), the months already paid are read from how far Loan_Amount has come down on its original schedule, and
 * the contract is the instalment that repays the balance in the months the tenure has left; both are recorded.
 * Call `loanProblem` first: a record without a balance or an EMI is not priced.
 */
export function loanTerms(loan: LoanRecord): LoanTerms {
  const problem = loanProblem(loan);
  if (problem) throw new RangeError(`loanTerms: ${loan.Loan_ID} cannot be priced (${problem})`);

  const balance = roundMoney(loan.Outstanding_Loan_Amount);
  const ratePct = loan.Interest_Rate;
  const tenure = Math.round(loan.Loan_Tenure);
  const emi = roundMoney(loan.Monthly_EMI);
  const assumptions = ['Outstanding_Loan_Amount includes the arrears', 'arrears = Num_Missed_Payments x Monthly_EMI'];
  const arrears = roundMoney(Math.min(balance, loan.Num_Missed_Payments * emi));
  const performing = roundMoney(balance - arrears);

  const atEmi = repay(performing, ratePct, emi);
  let contractPayment = emi;
  let schedule: Phase[];
  let monthsElapsed: number;
  const paymentRederived = !atEmi || totalMonths(atEmi) > tenure;
  if (!paymentRederived) {
    schedule = atEmi;
    monthsElapsed = tenure - totalMonths(schedule);
    assumptions.push(`Monthly_EMI repays the balance net of arrears in ${totalMonths(schedule)} months, the end of Loan_Tenure`);
  } else {
    monthsElapsed = monthsToFallTo(loan, tenure, performing);
    const left = tenure - monthsElapsed;
    ({ payment: contractPayment, phases: schedule } = amortise(performing, ratePct, left));
    assumptions.push(
      `Monthly_EMI ${emi} ${atEmi ? `would take ${totalMonths(atEmi)} months, past the ${tenure} of Loan_Tenure` : 'does not cover the interest'}; ` +
        `${monthsElapsed} months read as paid from Loan_Amount's original schedule, instalment re-derived over the ${left} left as ${contractPayment}`,
    );
  }
  const contract = addStreams([{ months: 1, amount: arrears }], schedule);
  return {
    balance,
    arrears,
    ratePct,
    contractPayment,
    paymentRederived,
    paymentNow: Math.min(emi, contractPayment),
    remainingMonths: totalMonths(schedule),
    originalTermMonths: tenure,
    monthsElapsed,
    schedule,
    daysPastDue: loan.Days_Past_Due,
    contract,
    contractTotal: totalPaid(contract),
    assumptions,
  };
}
