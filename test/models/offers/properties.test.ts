import { describe, expect, it } from 'vitest';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { instalment } from '../../../models/offers/amortisation';
import { type BudgetInput, computeBudget } from '../../../models/offers/budget';
import { makeOffers } from '../../../models/offers/makeOffers';
import type { Period } from '../../../models/language/analysis';
import type { Amount } from '../../../models/offers/period';
import { largestPayment, totalMonths, totalPaid } from '../../../models/offers/phases';
import { RISK_BANDS } from '../../../models/risk/bands';
import { SETTLEMENT_TYPES } from '../../../models/offers/plan';
import { seededRandom } from '../../../models/shared/random';
import { loan as baseLoan, policy } from './fixtures';

const CASES = 2000;
const random = seededRandom(20250131);
const between = (lo: number, hi: number) => lo + random() * (hi - lo);
const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number) => random() < p;
const PERIODS: (Period | null)[] = ['week', 'fortnight', 'month', 'year', null, 'once'];

function amount(typical: number): Amount | undefined {
  if (chance(0.2)) return undefined;
  const period = pick(PERIODS);
  const perMonth = { week: 52 / 12, fortnight: 26 / 12, month: 1, year: 1 / 12, once: 1 }[period ?? 'month'];
  return { value: Math.round((between(chance(0.03) ? -50 : 0, typical * 2) / perMonth) * 100) / 100, period };
}

function randomBudget(): BudgetInput {
  return {
    income: Array.from({ length: int(0, 3) }, () => amount(2500)!).filter(Boolean),
    housing: amount(900),
    utilities: amount(200),
    food: amount(300),
    transport: amount(150),
    childcare: amount(chance(0.3) ? 400 : 0),
    priorityBills: amount(100),
    otherCosts: amount(150),
    otherDebtRepayments: amount(200),
    dependants: int(0, 4),
  };
}

function randomLoan(): LoanRecord {
  const balance = Math.round(between(300, 300000) * 100) / 100;
  const rate = Math.round(between(0, 30) * 100) / 100;
  const term = int(3, 360);
  // One in ten loan-book rows is inconsistent (instalment too small), as in the real export.
  const emi = chance(0.1) ? Math.round(between(1, 50) * 100) / 100 : instalment(balance, rate, term);
  const missed = int(0, 6);
  return baseLoan({
    Outstanding_Loan_Amount: balance,
    Interest_Rate: rate,
    Loan_Tenure: term,
    Monthly_EMI: emi,
    Num_Missed_Payments: missed,
    Days_Past_Due: missed * 30 + int(0, 29),
    Hardship_Temporary: pick([true, false, undefined]),
  });
}

describe(`offer invariants over ${CASES} seeded random loans and budgets`, () => {
  it('never offers a payment above disposable income, never settles below the floor, and keeps to the policy', () => {
    let offered = 0;
    for (let i = 0; i < CASES; i++) {
      const loan = randomLoan();
      const budget = computeBudget(randomBudget(), policy);
      const band = pick(RISK_BANDS);
      const vulnerable = chance(0.1);
      const crisis = chance(0.05);
      const decision = makeOffers(
        { loan, risk: { probability: random(), band }, budget, vulnerable, crisis, today: new Date(Date.UTC(2025, int(0, 11), int(1, 31))) },
        policy,
      );
      const where = `case ${i}: ${JSON.stringify({ loan, budget: budget.disposableIncome, band })}`;
      const { balance } = decision.inputs.terms;
      const floor = (balance * policy.settlement.floorPctOfBalance) / 100;

      expect(decision.action === 'escalate', where).toBe(
        vulnerable || crisis || budget.needsHumanReview || policy.bands[band].action === 'escalate' || decision.plans.length === 0,
      );
      offered += decision.plans.length;
      for (const plan of decision.plans) {
        expect(policy.bands[band].plans, where).toContain(plan.type);
        expect(plan.totalPaid, where).toBe(totalPaid(plan.phases));
        expect(plan.termMonths, where).toBe(totalMonths(plan.phases));
        expect(plan.monthlyPayment, where).toBeLessThanOrEqual(budget.disposableIncome);
        if (plan.type === 'settlement_lump_sum') {
          expect(plan.totalPaid, where).toBeLessThanOrEqual(budget.lumpSumAvailable + Math.max(0, budget.disposableIncome));
        } else {
          const reliefEnds = (plan.details.deferralMonths ?? plan.details.reducedMonths ?? Infinity) + 1;
          expect(largestPayment(plan.phases, 1, reliefEnds), where).toBeLessThanOrEqual(budget.disposableIncome);
          if (loan.Hardship_Temporary !== true) expect(largestPayment(plan.phases), where).toBeLessThanOrEqual(budget.disposableIncome);
        }
        if (SETTLEMENT_TYPES.includes(plan.type)) {
          expect(vulnerable || crisis, where).toBe(false);
          expect(plan.totalPaid, where).toBeGreaterThanOrEqual(floor);
          expect(plan.totalPaid, where).toBeLessThanOrEqual(balance);
        } else {
          expect(plan.totalPaid, where).toBeGreaterThanOrEqual(balance - 0.01); // restructuring repays the whole balance
        }
      }
    }
    expect(offered).toBeGreaterThan(CASES / 2); // the generator exercises real offers, not only escalations
  });

  it('never settles below the floor even at the largest discount the policy permits', () => {
    const generous = structuredClone(policy);
    generous.bands.medium.settlementDiscounts = [{ minDaysPastDue: 0, minPct: 40, maxPct: 40 }];
    for (let i = 0; i < 500; i++) {
      const loan = randomLoan();
      const budget = computeBudget(
        {
          income: [
            { value: 1e6, period: 'once' },
            { value: 9000, period: 'month' },
          ],
        },
        generous,
      );
      const { plans, inputs } = makeOffers(
        { loan, risk: { probability: 0.5, band: 'medium' }, budget, vulnerable: false, crisis: false, today: new Date('2025-06-15') },
        generous,
      );
      const floor = (inputs.terms.balance * generous.settlement.floorPctOfBalance) / 100;
      for (const plan of plans.filter((p) => SETTLEMENT_TYPES.includes(p.type))) expect(plan.totalPaid).toBeGreaterThanOrEqual(floor);
    }
  });
});
