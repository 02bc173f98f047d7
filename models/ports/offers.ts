import type { LoanRecord } from '../loanBook/loanRecord';
import type { Arrangement, Budget, BudgetInput, OfferContext, OfferDecision, Plan } from '../offers';

/** Budget, policy-bounded plans and arrangements, with the lender's policy already bound. */
export interface OfferEngine {
  computeBudget(input: BudgetInput): Budget;
  makeOffers(context: OfferContext): OfferDecision;
  createArrangement(args: { loan: LoanRecord; plan: Plan; channel: string; now: Date }): Arrangement;
}
