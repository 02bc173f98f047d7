import { ceilMoney, roundMoney } from '../../shared/money';
import { evenInstalments } from '../phases';
import type { DiscountTier } from '../policy';
import type { Draft, PlanContext } from './draft';
import { ladder } from './draft';

/** The band's discount tier for this many days past due (tiers are validated to start at 0 and ascend). */
export function discountTier(tiers: readonly DiscountTier[], daysPastDue: number): DiscountTier | undefined {
  return tiers.findLast((t) => t.minDaysPastDue <= daysPastDue);
}

/** Balance less `discountPct`, never below the policy floor (which also absorbs rounding). */
function settlementAmount({ terms, policy }: PlanContext, discountPct: number): number {
  const floor = ceilMoney((terms.balance * policy.settlement.floorPctOfBalance) / 100);
  return Math.max(floor, roundMoney(terms.balance * (1 - discountPct / 100)));
}

function details(ctx: PlanContext, discountPct: number, amount: number): Record<string, number> {
  return {
    discountPct,
    settlementAmount: amount,
    writtenOff: roundMoney(ctx.terms.balance - amount),
    floorPctOfBalance: ctx.policy.settlement.floorPctOfBalance,
  };
}

/** One payment next month at a discount; smallest discount first, up to the tier's maximum. */
export function* settlementLumpSum(ctx: PlanContext): Generator<Draft> {
  const tier = discountTier(ctx.policy.bands[ctx.band].settlementDiscounts, ctx.terms.daysPastDue);
  if (!tier) return;
  for (const discountPct of ladder(tier.minPct, tier.maxPct, ctx.policy.settlement.discountStepPct)) {
    const amount = settlementAmount(ctx, discountPct);
    yield { type: 'settlement_lump_sum', key: String(discountPct), phases: [{ months: 1, amount }], details: details(ctx, discountPct, amount) };
  }
}

/** The tier's smallest discount (the lender waits for its money), spread over the fewest instalments that fit. */
export function* settlementInstalments(ctx: PlanContext): Generator<Draft> {
  const tier = discountTier(ctx.policy.bands[ctx.band].settlementDiscounts, ctx.terms.daysPastDue);
  if (!tier) return;
  const amount = settlementAmount(ctx, tier.minPct);
  for (const count of ladder(2, ctx.policy.settlement.maxInstalments, 1)) {
    const phases = evenInstalments(amount, count);
    if (!phases) continue;
    yield {
      type: 'settlement_instalments',
      key: String(count),
      phases,
      details: { ...details(ctx, tier.minPct, amount), instalments: count, instalmentAmount: phases[0].amount },
    };
  }
}
