import { addStreams, evenInstalments } from '../phases';
import type { Draft, PlanContext } from './draft';
import { ladder } from './draft';

/**
 * The contractual instalment plus an equal share of the arrears for N months,
 * no extra interest on the arrears; fewest months first (the borrower is up to
 * date soonest). Needs arrears.
 */
export function* arrearsPlan({ terms, policy }: PlanContext): Generator<Draft> {
  if (terms.arrears <= 0) return;
  for (const months of ladder(2, policy.arrearsPlan.maxMonths, 1)) {
    const catchUp = evenInstalments(terms.arrears, months);
    if (!catchUp) continue;
    yield {
      type: 'arrears_plan',
      key: String(months),
      phases: addStreams(terms.schedule, catchUp),
      details: { arrears: terms.arrears, catchUpMonths: months, catchUpPayment: catchUp[0].amount, contractPayment: terms.contractPayment },
    };
  }
}
