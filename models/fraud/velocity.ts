import type { FraudPolicy } from './fraudPolicy';
import { estimatedLoanAgeMonths, type LoanAgeInput } from './loanAge';
import { type FraudSignal, fraudSignal, scoreAgainstLimit, scoreBelowFloor } from './signal';
import { WindowedCount } from './slidingWindow';

/**
 * Velocity: things that happen too fast to be ordinary hardship. Several
 * hardship claims on one loan in a short time (a story shopped around until
 * one wins a plan), and a settlement asked for soon after the loan began
 * (borrow, then claim hardship and settle at a discount: a "bust-out").
 */

const DAY_MS = 86_400_000;
const MONTH_MS = 30.44 * DAY_MS;

export class HardshipClaimVelocity {
  private readonly claims: WindowedCount;
  constructor(private readonly policy: FraudPolicy) {
    const { hardshipClaimWindowDays, hardshipClaimsPerLoan, maxTrackedLoans } = policy.velocity;
    this.claims = new WindowedCount({ windowMs: hardshipClaimWindowDays * DAY_MS, maxKeys: maxTrackedLoans, maxPerKey: 2 * hardshipClaimsPerLoan });
  }

  /** Records one hardship claim (a confirmed story) on the loan behind `loanKey`, an opaque key, and returns the signal after it. */
  claim(loanKey: string, at: Date): FraudSignal {
    const { hardshipClaimWindowDays: days, hardshipClaimsPerLoan: limit } = this.policy.velocity;
    const claims = this.claims.add(loanKey, at.getTime());
    return fraudSignal(
      'repeat_hardship_claims',
      scoreAgainstLimit(claims, limit),
      this.policy.thresholds.repeat_hardship_claims,
      [`${claims} hardship ${claims === 1 ? 'claim' : 'claims'} on this loan within ${days} days (limit ${limit}).`],
      { claims, windowDays: days, limit },
      at,
    );
  }

  get trackedLoans(): number {
    return this.claims.trackedKeys;
  }
}

/**
 * A settlement request against the loan's age: the origination date when the
 * lender has one, otherwise the estimate from the loan book (loanAge.ts).
 */
export function earlySettlementRequest(loan: LoanAgeInput, at: Date, policy: FraudPolicy, originatedAt?: Date): FraudSignal {
  const limit = policy.velocity.settlementWithinMonthsOfOrigination;
  const estimated = originatedAt === undefined;
  const age = estimated ? estimatedLoanAgeMonths(loan) : Math.max(0, Math.round(((at.getTime() - originatedAt.getTime()) / MONTH_MS) * 10) / 10);
  const when = estimated ? `an estimated ${age}` : `${age}`;
  return fraudSignal(
    'early_settlement_request',
    scoreBelowFloor(age, limit),
    policy.thresholds.early_settlement_request,
    [`A settlement was asked for ${when} months after the loan began (within ${limit} months counts as early).`],
    { loanAgeMonths: age, ageEstimated: estimated ? 1 : 0, limitMonths: limit },
    at,
  );
}
