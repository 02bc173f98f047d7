import type { Arrangement } from '../offers';

/**
 * Agreed arrangements, one live arrangement per loan. Stores keep a by-loan index so the bot and agents can
 * find the live one without a scan, and make the check and the write one step.
 */
export interface ArrangementLedger {
  /** Records a new arrangement; throws ArrangementConflictError while its loan has another live one. */
  save(arrangement: Arrangement): Promise<void>;
  /** The loan's live arrangement on `today`, if any. */
  liveForLoan(loanId: string, today: Date): Promise<Arrangement | undefined>;
  /**
   * An agent's change at the borrower's request: marks `reference` (the loan's live arrangement) replaced by
   * `next` and records `next`, in one step; throws ArrangementConflictError when `reference` is not the live one.
   */
  replace(reference: string, next: Arrangement): Promise<void>;
}
