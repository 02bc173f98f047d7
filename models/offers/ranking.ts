import type { LoanTerms } from './loanTerms';
import { type Plan, SETTLEMENT_TYPES } from './plan';
import type { OfferPolicy } from './policy';
import { roundMoney } from '../shared/money';

/** Lender's expected recovery first; ties go to the borrower (pays less overall, then less a month). */
function byLenderValue(a: Plan, b: Plan): number {
  return b.expectedRecovery - a.expectedRecovery || b.borrowerSaving - a.borrowerSaving || a.monthlyPayment - b.monthlyPayment || a.id.localeCompare(b.id);
}

/** How much more than the current agreement a plan may cost the borrower before the fairness guard applies. */
export function extraCostLimit(terms: Pick<LoanTerms, 'contractTotal'>, policy: OfferPolicy): number {
  return roundMoney((terms.contractTotal * policy.fairness.maxExtraCostPctOfContract) / 100);
}

/**
 * `x` may not be ranked above `y`: it costs the borrower more than the current agreement by more than the
 * limit, and more than `y` by more than the limit. Totals strictly decrease along the relation, so it has no cycles.
 */
export function unfairlyAbove(x: Plan, y: Plan, terms: Pick<LoanTerms, 'contractTotal'>, limit: number): boolean {
  return x.totalPaid - terms.contractTotal > limit && x.totalPaid - y.totalPaid > limit;
}

/**
 * Ranks affordable plans by the lender's expected recovery, under one borrower-fairness guard: a plan that
 * costs the borrower more than the current agreement (beyond the policy's limit) never comes before an
 * affordable plan that is cheaper by more than that limit. Each place goes to the best-valued plan no plan
 * still unplaced guards against.
 */
export function rankPlans(plans: readonly Plan[], terms: Pick<LoanTerms, 'contractTotal'>, policy: OfferPolicy): Plan[] {
  const left = [...plans].sort(byLenderValue);
  const limit = extraCostLimit(terms, policy);
  const ranked: Plan[] = [];
  while (left.length > 0) {
    const next = left.findIndex((x) => !left.some((y) => unfairlyAbove(x, y, terms, limit)));
    ranked.push(...left.splice(next, 1));
  }
  return ranked;
}

/**
 * The first `count` ranked plans, except that an affordable settlement is never hidden: when none made the
 * cut, the best-ranked one takes the last place. (Settlements reach this list only where the band allows them
 * and the borrower is not vulnerable.) The shown plans keep their order in the full ranking, so the guard holds.
 */
export function shownPlans(ranked: readonly Plan[], count: number): Plan[] {
  const shown = ranked.slice(0, count);
  const settlement = ranked.find((p) => SETTLEMENT_TYPES.includes(p.type));
  if (!settlement || shown.includes(settlement)) return shown;
  return [...shown.slice(0, count - 1), settlement];
}
