import { roundMoney } from '../shared/money';
import type { Phase } from './phases';

/**
 * Present value of a monthly stream (first payment one month away) at an
 * effective annual discount rate, each run summed in closed form.
 */
export function npv(phases: readonly Phase[], annualDiscountPct: number): number {
  const v = (1 + annualDiscountPct / 100) ** (-1 / 12);
  let pv = 0;
  let vStart = v; // discount factor of the run's first month
  for (const p of phases) {
    pv += v === 1 ? p.amount * p.months : (p.amount * vStart * (1 - v ** p.months)) / (1 - v);
    vStart *= v ** p.months;
  }
  return pv;
}

/**
 * The lender's expected recovery: the stream's NPV times the probability the
 * borrower cures (1 − the risk model's probability of not fully recovering).
 * One cure probability per decision, so within a decision plans rank by NPV.
 */
export function expectedRecovery(phases: readonly Phase[], annualDiscountPct: number, probabilityNotRecovering: number): number {
  return roundMoney(npv(phases, annualDiscountPct) * (1 - probabilityNotRecovering));
}
