import { amortise } from '../amortisation';
import type { Draft, PlanContext } from './draft';
import { ladder } from './draft';

/**
 * The whole balance (arrears capitalised) re-amortised over the remaining term plus m months; shortest
 * extension first. Only variants that lower the payment are relief; the offer engine drops any beyond the term cap.
 */
export function* termExtension({ terms, policy }: PlanContext): Generator<Draft> {
  const { stepMonths, maxMonths, maxTotalTermMonths } = policy.termExtension;
  for (const extension of ladder(stepMonths, maxMonths, stepMonths)) {
    const newTerm = terms.remainingMonths + extension;
    if (newTerm > maxTotalTermMonths) return;
    const { payment, phases } = amortise(terms.balance, terms.ratePct, newTerm);
    if (payment >= terms.paymentNow) continue;
    yield {
      type: 'term_extension',
      key: String(extension),
      phases,
      details: { extensionMonths: extension, newTermMonths: newTerm, newPayment: payment, arrearsCapitalised: terms.arrears },
    };
  }
}
