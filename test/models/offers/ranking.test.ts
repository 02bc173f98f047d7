import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../models/offers/budget';
import { type OfferContext, makeOffers } from '../../../models/offers/makeOffers';
import { npv } from '../../../models/offers/npv';
import { SETTLEMENT_TYPES } from '../../../models/offers/plan';
import { extraCostLimit, rankPlans, shownPlans } from '../../../models/offers/ranking';
import type { Plan } from '../../../models/offers/plan';
import { loadPolicy } from '../../../models/offers/policy';
import { loan } from './fixtures';

const today = new Date('2026-11-23T10:00:00Z');
/** The shipped INR policy (the fixtures' budget levels are in pounds). */
const policy = loadPolicy();
const policyWith = (change: (p: typeof policy) => void) => {
  const copy = structuredClone(policy);
  change(copy);
  return copy;
};
const roomy = policyWith((p) => (p.maxPlansOffered = 10));

/** LN_90002 of the demo book: 5.6 lakh left at 11.9 %, 21,000 a month, two instalments missed. */
const ln90002 = loan({
  Loan_ID: 'LN_90002',
  Loan_Amount: 900000,
  Loan_Tenure: 48,
  Interest_Rate: 11.9,
  Outstanding_Loan_Amount: 560000,
  Monthly_EMI: 21000,
  Num_Missed_Payments: 2,
  Days_Past_Due: 45,
});

/** A household with `spare` rupees a month after essential costs, and `oneOff` rupees of savings. */
const budget = (spare: number, oneOff = 0) =>
  computeBudget(
    {
      income: [{ value: 20000 + spare, period: 'month' }, ...(oneOff ? [{ value: oneOff, period: 'once' as const }] : [])],
      housing: { value: 20000, period: 'month' },
    },
    policy,
  );

function context(overrides: Partial<OfferContext> = {}): OfferContext {
  return {
    loan: ln90002,
    risk: { probability: 0.35, band: 'medium' },
    budget: budget(30000, 600000),
    vulnerable: false,
    crisis: false,
    temporary: null,
    today,
    ...overrides,
  };
}

describe('per-plan cure and expected recovery', () => {
  it('gives every plan its own cure probability: longer plans and heavier payments cure less often', () => {
    const { plans } = makeOffers(context({ budget: budget(30000) }), roomy);
    const cure = Object.fromEntries(plans.map((p) => [p.type, p.cureProbability]));
    expect(new Set(Object.values(cure)).size).toBeGreaterThan(1);
    for (const plan of plans) expect(plan.cureProbability).toBeGreaterThan(0);
    expect(cure.term_extension).toBeLessThan(cure.rate_reduction); // same payment burden or lower, but a year more to fail in
    expect(cure.arrears_plan).toBeLessThan(1 - 0.35 + 0.1); // catching up costs more a month than the contract
  });

  it('starts from the risk score: a riskier borrower has lower cure chances on the same plan', () => {
    const at = (probability: number) => makeOffers(context({ risk: { probability, band: 'medium' } }), roomy).plans.find((p) => p.type === 'term_extension')!;
    expect(at(0.6).cureProbability).toBeLessThan(at(0.35).cureProbability);
    expect(at(0.35).cureProbability).toBeLessThan(at(0.1).cureProbability);
    expect(at(0).cureProbability).toBe(1);
  });

  it("reads the borrower's own answer: a pause helps most when they said the hardship is temporary", () => {
    const deferral = (temporary: boolean | null) =>
      makeOffers(context({ temporary, risk: { probability: 0.35, band: 'low' } }), roomy).plans.find((p) => p.type === 'deferral')!.cureProbability;
    expect(deferral(true)).toBeGreaterThan(deferral(null));
    expect(deferral(null)).toBeGreaterThan(deferral(false));
  });

  it('counts what is recovered when a plan fails: NPV × cure + (1 − LGD) × balance × the rest', () => {
    const { plans, inputs } = makeOffers(context(), roomy);
    const lgd = policy.recoveryOnFailure.lgdPct / 100;
    for (const plan of plans) {
      const expected =
        plan.cureProbability * npv(plan.phases, policy.npv.annualDiscountRatePct) + (1 - plan.cureProbability) * (1 - lgd) * inputs.terms!.balance;
      expect(plan.expectedRecovery).toBeCloseTo(expected, 2);
    }
  });
});

describe('ranking: lender value under a borrower-fairness guard', () => {
  // Reported: with one cure probability and an 8 % discount rate, the longest plan always came first.
  it('does not simply put the longest plan first: risk now weighs against long plans', () => {
    const first = (probability: number) => makeOffers(context({ risk: { probability, band: 'medium' }, budget: budget(30000) }), roomy).plans[0];
    expect(first(0.6).termMonths).toBeLessThanOrEqual(first(0.05).termMonths);
    expect(first(0.6).type).not.toBe('term_extension');
  });

  it('never ranks a plan that costs the borrower more than the current agreement above an affordable cheaper plan', () => {
    for (const spare of [8000, 15000, 22000, 30000, 60000])
      for (const probability of [0.05, 0.2, 0.35, 0.5, 0.7]) {
        const { plans, inputs } = makeOffers(context({ risk: { probability, band: 'medium' }, budget: budget(spare, spare * 10) }), roomy);
        const terms = inputs.terms!;
        const limit = extraCostLimit(terms, roomy);
        plans.forEach((above, i) => {
          if (above.totalPaid - terms.contractTotal <= limit) return;
          for (const below of plans.slice(i + 1)) expect(above.totalPaid - below.totalPaid, `${above.id} above ${below.id}`).toBeLessThanOrEqual(limit);
        });
      }
  });

  // Reported: an affordable settlement was hidden from a quarter of medium-band borrowers.
  it('always shows an affordable settlement to a medium-band borrower who is not vulnerable', () => {
    const decision = makeOffers(
      context({ risk: { probability: 0.05, band: 'medium' } }),
      policyWith((p) => (p.maxPlansOffered = 2)),
    );
    expect(decision.plans).toHaveLength(2);
    expect(decision.plans.some((p) => SETTLEMENT_TYPES.includes(p.type))).toBe(true);
    expect(makeOffers(context({ vulnerable: true }), roomy).plans.some((p) => SETTLEMENT_TYPES.includes(p.type))).toBe(false);
  });
});

describe('rankPlans and shownPlans', () => {
  /** Just the fields ranking reads. */
  const plan = (id: string, type: Plan['type'], expectedRecovery: number, totalPaid: number) =>
    ({ id, type, expectedRecovery, totalPaid, borrowerSaving: 1000 - totalPaid, monthlyPayment: 10 }) as Plan;
  const contract = { contractTotal: 1000 };
  const limit = extraCostLimit(contract, policy); // 1 % of 1,000

  it('orders by expected recovery, then moves a plan costing more than the agreement below every cheaper plan', () => {
    const long = plan('term_extension-24', 'term_extension', 990, 1100);
    const same = plan('arrears_plan-6', 'arrears_plan', 950, 1000);
    const cheap = plan('rate_reduction-9', 'rate_reduction', 900, 980);
    expect(limit).toBe(10);
    expect(rankPlans([cheap, long, same], contract, policy).map((p) => p.id)).toEqual(['arrears_plan-6', 'rate_reduction-9', 'term_extension-24']);
    // Within the limit, value decides.
    const slightly = plan('deferral-3', 'deferral', 990, 1005);
    expect(rankPlans([same, slightly], contract, policy).map((p) => p.id)).toEqual(['deferral-3', 'arrears_plan-6']);
    // When nothing cheaper is affordable, the costlier plan may come first.
    expect(rankPlans([long], contract, policy)).toEqual([long]);
  });

  it('gives the last shown place to the best settlement when none made the cut', () => {
    const ranked = [
      plan('arrears_plan-6', 'arrears_plan', 990, 1000),
      plan('rate_reduction-9', 'rate_reduction', 980, 990),
      plan('term_extension-12', 'term_extension', 970, 1005),
      plan('settlement_instalments-6', 'settlement_instalments', 800, 850),
      plan('settlement_lump_sum-5', 'settlement_lump_sum', 790, 840),
    ];
    expect(shownPlans(ranked, 3).map((p) => p.id)).toEqual(['arrears_plan-6', 'rate_reduction-9', 'settlement_instalments-6']);
    expect(shownPlans(ranked.slice(0, 3), 2).map((p) => p.id)).toEqual(['arrears_plan-6', 'rate_reduction-9']);
    expect(shownPlans([ranked[3], ...ranked.slice(0, 3)], 2).map((p) => p.id)).toEqual(['settlement_instalments-6', 'arrears_plan-6']);
  });
});

describe('the lower-rate plan', () => {
  // Reported: LN_90002's rate cut raised the payment from 21,000 to 22,183.34 and blamed "interest runs for longer" at the same length.
  it('never raises the payment, and explains its cost truthfully', () => {
    const { plans, inputs } = makeOffers(context({ budget: budget(60000) }), roomy);
    const cut = plans.find((p) => p.type === 'rate_reduction')!;
    expect(cut.monthlyPayment).toBeLessThan(21000);
    expect(cut.termMonths).toBe(inputs.terms!.remainingMonths);
    expect(cut.explanation).not.toMatch(/interest runs for longer/);
    expect(cut.explanation).toMatch(/payment becomes ₹[\d,.]+ for the rest of your loan/);
  });
});
