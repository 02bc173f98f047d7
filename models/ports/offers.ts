import type { LoanRecord } from '../loanBook/loanRecord';
import type { AcceptanceContext, Arrangement, Budget, BudgetInput, OfferContext, OfferDecision, Plan } from '../offers';

/** Budget, policy-bounded plans and arrangements, with the lender's policy already bound. */
export interface OfferEngine {
  computeBudget(input: BudgetInput): Budget;
  makeOffers(context: OfferContext): OfferDecision;
  /** With `language`, the accepted terms are recorded with the arrangement (the deployment fills in the rest). */
  createArrangement(args: { loan: LoanRecord; plan: Plan; channel: string; now: Date; language?: AcceptanceContext['language'] }): Arrangement;
}
