import type { IntakeState } from '../intake/intakeState';
import type { LoanRecord } from '../loanBook/loanRecord';
import type { PromiseRecord } from '../payments/arrangementPromise';

/** How each loan's row was labelled, so the operator sees what the conversation and the payments changed. */
export interface TrainingExportSummary {
  loans: number;
  /** Rows whose hardship reason, temporariness or income change came from a verified conversation. */
  withConversation: number;
  /** Rows whose Recovery_Status came from an arrangement's outcome (kept, cured or broken) rather than the book. */
  labelledByArrangement: number;
  /** Arrangements still on track: their loans keep the book's status (the outcome is not known yet). */
  stillOpen: number;
}

/**
 * An arrangement's outcome as the loan book's Recovery_Status, the target `npm run train` learns: a kept or cured
 * promise recovered the debt as agreed; a broken one recovered only what was paid before it broke (nothing paid:
 * written off, which is how the book labels a loan nobody paid on). Open promises say nothing yet.
 */
function outcomeOf(latest: PromiseRecord | undefined): LoanRecord['Recovery_Status'] | undefined {
  if (!latest) return undefined;
  const { state, instalments } = latest.evaluation;
  if (state === 'kept' || state === 'cured') return 'Fully Recovered';
  if (state === 'broken') return instalments.some((i) => i.paid > 0) ? 'Partially Recovered' : 'Written Off';
  return undefined;
}

/**
 * The loan book joined with what the bot learned (the verified intake's hardship reason, whether it is temporary,
 * the stated income against the book's) and with how its arrangements turned out, in the loan-book CSV schema the
 * trainer reads. Identity columns are left out: a training file never needs a date of birth or a phone number.
 */
export function trainingRows(
  loans: readonly LoanRecord[],
  intakes: ReadonlyMap<string, IntakeState>,
  promises: ReadonlyMap<string, readonly PromiseRecord[]>,
): { rows: LoanRecord[]; summary: TrainingExportSummary } {
  const summary: TrainingExportSummary = { loans: loans.length, withConversation: 0, labelledByArrangement: 0, stillOpen: 0 };
  const rows = loans.map((loan) => {
    const { Date_Of_Birth: _dob, Phone: _phone, ...row } = loan;
    const intake = intakes.get(loan.Loan_ID);
    // Only a verified conversation speaks for this loan's borrower.
    if (intake?.verifiedLoanId === loan.Loan_ID) {
      const reason = intake.story?.reasons[0];
      const stated = intake.budget?.monthlyIncome;
      if (reason) row.Hardship_Reason = reason;
      if (typeof intake.story?.temporary === 'boolean') row.Hardship_Temporary = intake.story.temporary;
      if (stated !== undefined && loan.Monthly_Income > 0)
        row.Income_Change_Pct = Math.max(-100, Math.round(((stated - loan.Monthly_Income) / loan.Monthly_Income) * 1000) / 10);
      if (reason || stated !== undefined) summary.withConversation++;
    }
    // Newest first: the arrangement that stands (or last stood) decides.
    const latest = promises.get(loan.Loan_ID)?.[0];
    const outcome = outcomeOf(latest);
    if (outcome) {
      row.Recovery_Status = outcome;
      summary.labelledByArrangement++;
    } else if (latest) summary.stillOpen++;
    return row;
  });
  return { rows, summary };
}
