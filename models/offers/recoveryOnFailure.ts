import { type LoanRecord, RECOVERY_STATUSES } from '../loanBook/loanRecord';

type RecoveryStatus = (typeof RECOVERY_STATUSES)[number];

export interface RecoveryEstimate {
  /** Loss given default, percent of the balance at failure: the value for the policy's `recoveryOnFailure.lgdPct`. */
  lgdPct: number;
  /** Loans that did not fully recover and had a balance. */
  failures: number;
  /** Their outstanding balances, summed. */
  balanceAtFailure: number;
  byStatus: Record<RecoveryStatus, { loans: number; balance: number }>;
  assumptions: string[];
}

export interface RecoveryEstimateOptions {
  /** The book records no amount recovered, only the status: the share of the balance a "Partially Recovered" loan recovered. */
  partialRecoveryPct?: number;
}

/**
 * Estimates the loss given default from a loan book's outcomes, for the policy's recovery on failure (run
 * by ops, or by training on a new book). The export records a status, not an amount: a "Written Off" loan
 * is taken to have lost its whole Outstanding_Loan_Amount, a "Partially Recovered" one to have recovered
 * `partialRecoveryPct` of it. LGD is the balance-weighted loss over the loans that did not fully recover,
 * so large balances weigh as they do in money.
 */
export function estimateRecoveryOnFailure(rows: readonly LoanRecord[], options: RecoveryEstimateOptions = {}): RecoveryEstimate {
  const partial = options.partialRecoveryPct ?? 50;
  if (!(Number.isFinite(partial) && partial >= 0 && partial <= 100)) throw new RangeError(`partialRecoveryPct must be between 0 and 100, got ${partial}`);
  const byStatus = Object.fromEntries(RECOVERY_STATUSES.map((s) => [s, { loans: 0, balance: 0 }])) as RecoveryEstimate['byStatus'];
  let skipped = 0;
  for (const row of rows) {
    const balance = row.Outstanding_Loan_Amount;
    const entry = byStatus[row.Recovery_Status];
    if (!entry || !Number.isFinite(balance) || balance <= 0) {
      skipped++;
      continue;
    }
    entry.loans++;
    entry.balance += balance;
  }
  for (const entry of Object.values(byStatus)) entry.balance = Math.round(entry.balance * 100) / 100;
  const written = byStatus['Written Off'];
  const partly = byStatus['Partially Recovered'];
  const balanceAtFailure = written.balance + partly.balance;
  if (balanceAtFailure <= 0) throw new RangeError('no loan in the book failed to recover fully, so there is nothing to estimate the loss from');
  const loss = written.balance + partly.balance * (1 - partial / 100);
  return {
    lgdPct: Math.round((loss / balanceAtFailure) * 1000) / 10,
    failures: written.loans + partly.loans,
    balanceAtFailure: Math.round(balanceAtFailure * 100) / 100,
    byStatus,
    assumptions: [
      'Written Off lost its whole Outstanding_Loan_Amount',
      `Partially Recovered recovered ${partial}% of its Outstanding_Loan_Amount`,
      ...(skipped > 0 ? [`${skipped} rows without a positive balance or a known Recovery_Status were left out`] : []),
    ],
  };
}
