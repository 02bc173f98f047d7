import type { ArmAssignment, Experiment } from '../offers/experiment';
import type { OfferPolicy } from '../offers/policy';

/** The champion policy in force and the experiment running beside it, if any. */
export interface OfferSetting {
  champion: OfferPolicy;
  experiment?: Experiment;
  /** The borrower's assignment recorded in the running experiment, when the setting was read for a loan. */
  assignment?: ArmAssignment;
}

/** Champion/challenger experiments as the offer decision reads them. */
export interface OfferExperiments {
  /**
   * As the store holds them now: read for each decision, so every instance follows a new experiment or a promotion at
   * once. For a loan, with its recorded assignment: a decision keeps the arm (and the protection) first recorded.
   */
  current(loanId?: string): Promise<OfferSetting>;
  /** Keeps the first assignment of a loan to an experiment; a later protected decision only marks it excluded. */
  record(assignment: ArmAssignment): Promise<void>;
  /** The loan's recorded arm in the running experiment: an arrangement carries it, never an arm worked out again. */
  assigned(loanId: string): Promise<ArmAssignment | undefined>;
}
