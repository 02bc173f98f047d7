import type { IntakeState } from '../intake/intakeState';

/** Progress saved per verified borrower, so a borrower who comes back later continues where they left off. */
export interface BorrowerProgress {
  load(loanId: string): Promise<IntakeState | undefined>;
  save(loanId: string, intake: IntakeState): Promise<void>;
}
