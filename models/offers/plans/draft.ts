import type { LoanTerms } from '../loanTerms';
import type { Phase } from '../phases';
import type { RiskBand } from '../../risk/bands';
import type { PlanType } from '../plan';
import type { OfferPolicy } from '../policy';

export interface PlanContext {
  terms: LoanTerms;
  policy: OfferPolicy;
  band: RiskBand;
}

/** A priced candidate before affordability, ranking and wording. */
export interface Draft {
  type: PlanType;
  /** Distinguishes variants of one type; the plan id is `${type}-${key}`. */
  key: string;
  phases: Phase[];
  /** First month back on the contractual payment, for plans that give temporary relief. */
  resumesAtMonth?: number;
  details: Record<string, number>;
}

/**
 * Yields a plan type's variants from the smallest concession to the largest
 * the policy allows; the offer engine takes the first the borrower can afford.
 * Yields nothing when the type does not apply to this loan.
 */
export type PlanBuilder = (ctx: PlanContext) => Iterable<Draft>;

/** `from`, `from ± step`, … up to and including `to` (either direction), at 2 decimals so 0.1 steps stay exact. */
export function* ladder(from: number, to: number, step: number): Generator<number> {
  const direction = Math.sign(to - from) || 1;
  const count = Math.floor(Math.abs(to - from) / step + 1e-9);
  for (let i = 0; i <= count; i++) yield Math.round((from + direction * i * step) * 100) / 100;
  if (Math.abs(from + direction * count * step - to) > 1e-9) yield to;
}
