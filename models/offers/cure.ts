import type { Budget } from './budget';
import type { LoanTerms } from './loanTerms';
import { npv } from './npv';
import type { Phase } from './phases';
import type { Draft } from './plans/draft';
import type { OfferPolicy } from './policy';
import { roundMoney } from '../shared/money';

/**
 * The chance a borrower keeps to a plan to the end (cures), per plan.
 *
 * The risk score's probability p of not fully recovering describes the loan as it stands. It is spread
 * evenly over the contract's remaining months (at least `cure.minHazardMonths`) as a monthly hazard
 * h = 1 − (1 − p)^(1/T), so a plan that changes nothing cures with probability 1 − p. Each month of a
 * plan then scales that hazard:
 *
 * - by the payment burden: × e^(burden × (s − s₀)), where s is that month's payment ÷ disposable income
 *   (a lump sum ÷ the one-off money plus a month's income) and s₀ the contract payment's share, both capped
 *   at 2: a payment the borrower can carry lowers the hazard, a stretch raises it;
 * - for relief that returns to the full payment (a deferral, reduced payments), from the month it does,
 *   by the borrower's own answer on whether the hardship is temporary (`cure.afterRelief`);
 *
 * and every further month is one more month in which the plan can fail, so longer plans cure less often.
 */
export interface CureContext {
  probability: number;
  terms: LoanTerms;
  budget: Budget;
  /** The borrower's answer: true, false, or null / undefined for "I don't know" / not asked. */
  temporary: boolean | null | undefined;
  policy: OfferPolicy;
}

const MAX_SHARE = 2;
const MAX_HAZARD = 0.5;

/** Monthly hazard that gives probability `p` of failing over `months`. */
export function monthlyHazard(p: number, months: number): number {
  return p >= 1 ? 1 : 1 - (1 - p) ** (1 / months);
}

function answerKey(temporary: boolean | null | undefined): keyof OfferPolicy['cure']['afterRelief'] {
  return temporary === true ? 'temporary' : temporary === false ? 'lasting' : 'unknown';
}

/** Splits runs at 1-based month `at`, so every run lies wholly before or from it. */
function splitAt(phases: readonly Phase[], at: number | undefined): { phase: Phase; from: number }[] {
  const out: { phase: Phase; from: number }[] = [];
  let from = 1;
  for (const phase of phases) {
    const before = at === undefined ? phase.months : Math.min(phase.months, Math.max(0, at - from));
    if (before > 0) out.push({ phase: { months: before, amount: phase.amount }, from });
    if (phase.months > before) out.push({ phase: { months: phase.months - before, amount: phase.amount }, from: from + before });
    from += phase.months;
  }
  return out;
}

export function cureProbability(draft: Pick<Draft, 'type' | 'phases' | 'resumesAtMonth'>, c: CureContext): number {
  const rules = c.policy.cure;
  const h0 = monthlyHazard(c.probability, Math.max(rules.minHazardMonths, c.terms.remainingMonths));
  if (h0 === 0) return 1;
  const monthly = Math.max(0, c.budget.disposableIncome);
  const share = (amount: number, income: number) => (income > 0 ? Math.min(MAX_SHARE, amount / income) : amount > 0 ? MAX_SHARE : 0);
  const income = draft.type === 'settlement_lump_sum' ? c.budget.lumpSumAvailable + monthly : monthly;
  const contractShare = share(c.terms.contractPayment, monthly);
  const afterRelief = rules.afterRelief[answerKey(c.temporary)];

  let survival = 1;
  for (const { phase, from } of splitAt(draft.phases, draft.resumesAtMonth)) {
    const relief = draft.resumesAtMonth !== undefined && from >= draft.resumesAtMonth ? afterRelief : 1;
    const hazard = Math.min(MAX_HAZARD, h0 * Math.exp(rules.burden * (share(phase.amount, income) - contractShare)) * relief);
    survival *= (1 - hazard) ** phase.months;
  }
  return survival;
}

/**
 * The lender's expected recovery from a plan: its NPV if the borrower cures, and otherwise what is
 * recovered on failure, (1 − LGD) of today's balance.
 */
export function expectedRecovery(phases: readonly Phase[], cure: number, balance: number, policy: OfferPolicy): number {
  const onFailure = (1 - policy.recoveryOnFailure.lgdPct / 100) * balance;
  return roundMoney(cure * npv(phases, policy.npv.annualDiscountRatePct) + (1 - cure) * onFailure);
}
