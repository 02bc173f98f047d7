/**
 * Seeded synthetic arrangements for the survival demo: a plan type and a risk
 * band each, months to cure drawn from an exponential whose hazard the plan
 * and band scale (planted: settlement cures fastest, a payment holiday
 * slowest; each band step down slows cure by a third), plus one covariate
 * with no effect. Arrangements still open after `horizon` months are censored
 * there, as open arrangements are in a real book.
 */
import { createRandom } from '../shared/random';
import type { SurvivalObservation } from './kaplanMeier';

export const PLANS = ['reduced_payment', 'payment_holiday', 'settlement'] as const;
const PLAN_HAZARD: Record<(typeof PLANS)[number], number> = { reduced_payment: 1, payment_holiday: 0.5, settlement: 2 };
const BASE_HAZARD = 0.12;

export interface SyntheticArrangement {
  plan: (typeof PLANS)[number];
  /** 0 (lowest risk) .. 3. */
  band: number;
  /** Noise: carries no effect on time to cure. */
  noise: number;
  outcome: SurvivalObservation;
}

export function generateArrangements(options: { n: number; seed: number; horizon?: number }): SyntheticArrangement[] {
  const { n, seed, horizon = 12 } = options;
  const random = createRandom(seed);
  return Array.from({ length: n }, () => {
    const plan = PLANS[random.int(PLANS.length)];
    const band = random.int(4);
    const hazard = BASE_HAZARD * PLAN_HAZARD[plan] * (2 / 3) ** band;
    const months = Math.ceil(-Math.log(1 - random.next()) / hazard);
    return { plan, band, noise: random.normal(), outcome: { time: Math.min(months, horizon), event: months <= horizon } };
  });
}

/** Covariates for the Cox model: one-hot plan (reduced payment the reference), band, the noise column. */
export function arrangementCovariates(a: SyntheticArrangement): number[] {
  return [a.plan === 'payment_holiday' ? 1 : 0, a.plan === 'settlement' ? 1 : 0, a.band, a.noise];
}

export const COVARIATE_NAMES = ['plan=payment_holiday', 'plan=settlement', 'band', 'noise'];
