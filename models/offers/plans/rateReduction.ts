import { instalment, repay } from '../amortisation';
import type { Draft, PlanContext } from './draft';
import { ladder } from './draft';

/** The whole balance re-amortised over the remaining term at a lower rate; smallest cut first, never below the policy minimum. */
export function* rateReduction({ terms, policy }: PlanContext): Generator<Draft> {
  const { minRatePct, stepPct } = policy.rateReduction;
  if (terms.ratePct <= minRatePct) return;
  const term = Math.max(1, terms.remainingMonths);
  for (const ratePct of ladder(Math.max(minRatePct, terms.ratePct - stepPct), minRatePct, stepPct)) {
    const payment = instalment(terms.balance, ratePct, term);
    const phases = repay(terms.balance, ratePct, payment);
    if (!phases) continue;
    yield {
      type: 'rate_reduction',
      key: String(ratePct),
      phases,
      details: { oldRatePct: terms.ratePct, newRatePct: ratePct, newPayment: payment, termMonths: term, arrearsCapitalised: terms.arrears },
    };
  }
}
