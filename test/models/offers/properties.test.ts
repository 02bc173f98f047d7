import { describe, expect, it } from 'vitest';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { instalment } from '../../../models/offers/amortisation';
import { type BudgetInput, computeBudget } from '../../../models/offers/budget';
import { makeOffers, type OfferDecision } from '../../../models/offers/makeOffers';
import type { Period } from '../../../models/language/analysis';
import type { Amount } from '../../../models/offers/period';
import { RISK_BANDS } from '../../../models/risk/bands';
import { createRandom } from '../../../models/shared/random';
import { loan as baseLoan, policy } from './fixtures';
import { offerViolations } from './offerInvariants';

const CASES = 5000;
const random = createRandom(20250131);
const int = (lo: number, hi: number) => lo + random.int(hi - lo + 1);
const pick = <T>(items: readonly T[]): T => items[random.int(items.length)];
const cents = (x: number) => Math.round(x * 100) / 100;
const PERIODS: (Period | null)[] = ['week', 'fortnight', 'month', 'year', null, 'once'];

function amount(typical: number): Amount | undefined {
  if (random.chance(0.2)) return undefined;
  const period = pick(PERIODS);
  const perMonth = { day: 26, week: 52 / 12, fortnight: 26 / 12, month: 1, year: 1 / 12, once: 1 }[period ?? 'month'];
  return { value: cents(random.uniform(random.chance(0.03) ? -50 : 0, typical * 2) / perMonth), period };
}

function randomBudget(): BudgetInput {
  return {
    income: Array.from({ length: int(1, 3) }, () => amount(2500)!).filter(Boolean),
    housing: amount(900),
    utilities: amount(200),
    food: amount(300),
    transport: amount(150),
    childcare: amount(random.chance(0.3) ? 400 : 0),
    priorityBills: amount(100),
    otherCosts: amount(150),
    otherDebtRepayments: amount(200),
    dependants: int(0, 4),
  };
}

/** Consistent records, and the loan book's inconsistent kinds: an EMI too small, an EMI that leaves out interest (the real export), none, nothing owed. */
function randomLoan(): LoanRecord {
  const tenure = int(3, 360);
  const original = cents(random.uniform(300, 300000));
  const rate = cents(random.uniform(0, 30));
  const balance = random.chance(0.01) ? 0 : cents(original * random.uniform(0.05, 1.05));
  const left = Math.max(1, Math.round(tenure * random.uniform(0.1, 1)));
  const emi = random.weighted(
    [() => instalment(balance, rate, left), () => cents(random.uniform(1, 50)), () => cents(balance / tenure), () => 0],
    [78, 10, 10, 2],
  )();
  const missed = int(0, 6);
  return baseLoan({
    Loan_Amount: original,
    Outstanding_Loan_Amount: balance,
    Interest_Rate: rate,
    Loan_Tenure: tenure,
    Monthly_EMI: emi,
    Num_Missed_Payments: missed,
    Days_Past_Due: missed * 30 + int(0, 29),
    Hardship_Temporary: pick([true, false, undefined]),
  });
}

describe(`offer invariants over ${CASES} seeded random loans × budgets × bands`, () => {
  it('keeps to the term cap, the affordable share, the fairness guard and the settlement floor, and every figure recomputes', () => {
    const started = performance.now();
    const failures: string[] = [];
    let deciding = 0;
    const tally = { offered: 0, decisions: 0, escalated: 0, settlementsShown: 0, unpriced: 0, topCostsMore: 0 };
    for (let i = 0; i < CASES; i++) {
      const loan = randomLoan();
      const budget = computeBudget(randomBudget(), policy);
      const ctx = {
        loan,
        risk: { probability: random.next(), band: pick(RISK_BANDS) },
        budget,
        vulnerable: random.chance(0.1),
        crisis: random.chance(0.05),
        temporary: pick([true, false, null, undefined]),
        today: new Date(Date.UTC(2025, int(0, 11), int(1, 28))),
      };
      const t = performance.now();
      const decision: OfferDecision = makeOffers(ctx, policy);
      deciding += performance.now() - t;
      const problems = offerViolations(ctx, decision, policy);
      if (problems.length > 0)
        failures.push(`case ${i}: ${problems.join('; ')} ${JSON.stringify({ loan, disposable: budget.disposableIncome, band: ctx.risk.band })}`);
      tally.decisions++;
      tally.offered += decision.plans.length;
      tally.escalated += decision.action === 'escalate' ? 1 : 0;
      tally.unpriced += decision.inputs.terms ? 0 : 1;
      tally.settlementsShown += decision.plans.some((p) => p.type.startsWith('settlement')) ? 1 : 0;
      const top = decision.plans[0];
      if (top && decision.inputs.terms && top.totalPaid > decision.inputs.terms.contractTotal) tally.topCostsMore++;
    }
    console.log(`offer properties: ${CASES} cases in ${Math.round(performance.now() - started)} ms (${Math.round(deciding)} ms deciding)`, tally);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(tally.offered).toBeGreaterThan(CASES / 2); // the generator exercises real offers, not only escalations
    expect(tally.unpriced).toBeGreaterThan(0);
  });

  it('never settles below the floor even at the largest discount the policy permits', () => {
    const generous = structuredClone(policy);
    generous.bands.medium.settlementDiscounts = [{ minDaysPastDue: 0, minPct: 40, maxPct: 40 }];
    const budget = computeBudget(
      {
        income: [
          { value: 1e6, period: 'once' },
          { value: 9000, period: 'month' },
        ],
      },
      generous,
    );
    for (let i = 0; i < 500; i++) {
      const { plans, inputs } = makeOffers(
        {
          loan: randomLoan(),
          risk: { probability: 0.5, band: 'medium' },
          budget,
          vulnerable: false,
          crisis: false,
          temporary: null,
          today: new Date('2025-06-15'),
        },
        generous,
      );
      const floor = ((inputs.terms?.balance ?? 0) * generous.settlement.floorPctOfBalance) / 100;
      for (const plan of plans.filter((p) => p.type.startsWith('settlement'))) expect(plan.totalPaid).toBeGreaterThanOrEqual(floor - 1e-9);
    }
  });
});
