import { amortise, instalment } from '../amortisation';
import type { Draft, PlanContext } from './draft';
import { ladder } from './draft';

/**
 * The whole balance (arrears included) re-amortised over the remaining term at a lower rate; smallest cut
 * first, never below the policy minimum. A cut exists to lower the payment: a variant whose payment would not be
 * below what the borrower pays now (the capitalised arrears outweigh the cut) is skipped for a deeper cut.
 */
export function* rateReduction({ terms, policy }: PlanContext): Generator<Draft> {
  const { minRatePct, stepPct } = policy.rateReduction;
  if (terms.ratePct <= minRatePct) return;
  const term = Math.max(1, terms.remainingMonths);
  for (const ratePct of ladder(Math.max(minRatePct, terms.ratePct - stepPct), minRatePct, stepPct)) {
    if (instalment(terms.balance, ratePct, term) >= terms.paymentNow) continue;
    const { payment, phases } = amortise(terms.balance, ratePct, term);
    if (payment >= terms.paymentNow) continue;
    yield {
      type: 'rate_reduction',
      key: String(ratePct),
      phases,
      details: { oldRatePct: terms.ratePct, newRatePct: ratePct, newPayment: payment, termMonths: term, arrearsCapitalised: terms.arrears },
    };
  }
}
