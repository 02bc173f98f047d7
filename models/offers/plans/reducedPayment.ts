import { repay, runLedger } from '../amortisation';
import { roundMoney } from '../../shared/money';
import { compact } from '../phases';
import type { Draft, PlanContext } from './draft';
import { ladder } from './draft';

/**
 * A share of the contractual instalment for N months (the shortfall and its
 * interest added to the balance), then back to the contractual instalment
 * until the balance is cleared. Highest share first: the smallest concession.
 */
export function* reducedPayment({ terms, policy }: PlanContext): Generator<Draft> {
  const { months, minPctOfContract, maxPctOfContract, stepPct } = policy.reducedPayment;
  for (const pct of ladder(maxPctOfContract, minPctOfContract, stepPct)) {
    const amount = roundMoney((terms.contractPayment * pct) / 100);
    const reduced = runLedger(terms.balance, terms.ratePct, [{ months, amount }]);
    const after = repay(reduced.balance, terms.ratePct, terms.contractPayment);
    if (!after) continue;
    yield {
      type: 'reduced_payment',
      key: String(pct),
      phases: compact([...reduced.paid, ...after]),
      resumesAtMonth: months + 1,
      details: { reducedMonths: months, reducedPct: pct, reducedPayment: amount, balanceAfterReduced: reduced.balance, resumePayment: terms.contractPayment },
    };
  }
}
