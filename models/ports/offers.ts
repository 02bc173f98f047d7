import type { LoanRecord } from '../loanBook/loanRecord';
import type { AcceptanceContext, Arrangement, Budget, BudgetInput, OfferContext, OfferDecision, Plan } from '../offers';
import type { ExperimentTag } from '../offers/experiment';
import type { OfferPolicy } from '../offers/policy';

/** Budget, policy-bounded plans and arrangements, with the lender's policy already bound. */
export interface OfferEngine {
  computeBudget(input: BudgetInput): Budget;
  /** With `policy`, that policy (an experiment arm's) instead of the deployment's. */
  makeOffers(context: OfferContext, policy?: OfferPolicy): OfferDecision;
  /**
   * With `language`, the accepted terms are recorded with the arrangement (the deployment fills in the rest), under
   * `policyVersion`, the version the plan was decided under (the deployment's when unset); `experiment` tags it with its arm.
   */
  createArrangement(args: {
    loan: LoanRecord;
    plan: Plan;
    channel: string;
    now: Date;
    language?: AcceptanceContext['language'];
    policyVersion?: string;
    experiment?: ExperimentTag;
  }): Arrangement;
}
