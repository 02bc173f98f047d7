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
