/** The offer engine's public API: budget → policy-bounded, affordable, explained plans → arrangement. */
export {
  ArrangementConflictError,
  createArrangement,
  instalmentSchedule,
  isLive,
  liveArrangement,
  nextPayment,
  refuseSecondArrangement,
  REFERENCE_PATTERN,
  type Arrangement,
} from './arrangement';
export { termsDigest, type AcceptanceContext, type AcceptedTerms } from './acceptedTerms';
export { computeBudget, type Budget, type BudgetInput } from './budget';
export { makeOffers, type DecisionInputs, type OfferContext, type OfferDecision } from './makeOffers';
export { type Amount } from './period';
export { type Plan, type PlanType } from './plan';
export { defaultOfferPolicy, loadPolicy, type OfferPolicy } from './policy';
