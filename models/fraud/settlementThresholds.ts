import type { LoanRecord } from '../loanBook/loanRecord';
import { loanTerms } from '../offers/loanTerms';
import { SETTLEMENT_TYPES } from '../offers/plan';
import { settlementInstalments, settlementLumpSum } from '../offers/plans/settlement';
import type { OfferPolicy } from '../offers/policy';
import type { RiskBand } from '../risk/bands';
import { ceilMoney } from '../shared/money';
import { totalPaid } from '../offers/phases';

/**
 * The disposable incomes at which each settlement the policy would price for
 * this loan becomes affordable: the offer engine offers a plan when its payment
 * is at most maxShareOfDisposableIncome of disposable income, so a settlement
 * instalment of P needs P / share. A budget invented to win a settlement tends
 * to land exactly there; an honest one lands there only by chance.
 */
export function settlementThresholds(loan: LoanRecord, band: RiskBand, policy: OfferPolicy, lumpSumAvailable = 0): number[] {
  const rules = policy.bands[band];
  if (!rules.plans.some((type) => SETTLEMENT_TYPES.includes(type))) return [];
  const share = policy.affordability.maxShareOfDisposableIncome;
  const ctx = { terms: loanTerms(loan), policy, band };
  const found = new Set<number>();
  if (rules.plans.includes('settlement_instalments')) for (const draft of settlementInstalments(ctx)) found.add(ceilMoney(draft.phases[0].amount / share));
  if (rules.plans.includes('settlement_lump_sum'))
    for (const draft of settlementLumpSum(ctx)) {
      // A lump sum is affordable from one-off money plus one month's limit.
      const needed = totalPaid(draft.phases) - lumpSumAvailable;
      if (needed > 0) found.add(ceilMoney(needed / share));
    }
  return [...found].sort((a, b) => a - b);
}
