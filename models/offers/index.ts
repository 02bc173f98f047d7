/** The offer engine's public API: budget → policy-bounded, affordable, explained plans → arrangement. */
export { affordability, type Affordability } from './affordability';
export { instalment, repay, runLedger } from './amortisation';
export { createArrangement, paymentSchedule, REFERENCE_PATTERN, type Arrangement, type ArrangementArgs } from './arrangement';
export { computeBudget, ESSENTIAL_COSTS, type Budget, type BudgetFlag, type BudgetInput, type EssentialCost } from './budget';
export { OfferInputError } from './inputError';
export { loanTerms, type LoanTerms } from './loanTerms';
export { makeOffers, type ConsideredPlan, type DecisionInputs, type OfferEscalationReason, type OfferContext, type OfferDecision } from './makeOffers';
export { PERIODS, toMonthly, type Amount, type Period } from './period';
export type { Phase } from './phases';
export { PLAN_TYPES, type Plan, type PlanType, type RiskInput } from './plan';
export { defaultOfferPolicy, loadPolicy, parsePolicy, PolicyError, type OfferPolicy, type PolicyProblem } from './policy';
