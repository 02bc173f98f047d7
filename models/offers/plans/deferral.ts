import { repay, runLedger } from '../amortisation';
import { roundMoney } from '../../shared/money';
import type { Draft, PlanContext } from './draft';
import { ladder } from './draft';

/**
 * No payments for k months, then the contractual instalment again, the term
 * running on until the (possibly capitalised) balance is cleared. Longest
 * deferral first: the borrower is in a temporary shock, and the policy caps it.
 */
export function* deferral({ terms, policy }: PlanContext): Generator<Draft> {
  const { maxMonths, capitaliseInterest } = policy.deferral;
  for (const months of ladder(maxMonths, 1, 1)) {
    const paused = runLedger(terms.balance, capitaliseInterest ? terms.ratePct : 0, [{ months, amount: 0 }]);
    const after = repay(paused.balance, terms.ratePct, terms.contractPayment);
    if (!after) continue;
    yield {
      type: 'deferral',
      key: String(months),
      phases: [{ months, amount: 0 }, ...after],
      resumesAtMonth: months + 1,
      details: {
        deferralMonths: months,
        interestCapitalised: roundMoney(paused.balance - terms.balance),
        balanceAfterDeferral: paused.balance,
        resumePayment: terms.contractPayment,
      },
    };
  }
}
