import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../models/offers/budget';
import { OfferInputError } from '../../../models/offers/inputError';
import { type OfferContext, makeOffers } from '../../../models/offers/makeOffers';
import { RISK_BANDS, type RiskBand } from '../../../models/risk/bands';
import { SETTLEMENT_TYPES } from '../../../models/offers/plan';
import type { OfferPolicy } from '../../../models/offers/policy';
import { budgetInput, loan, policy, policyWith } from './fixtures';

const today = new Date('2025-01-31T10:00:00Z');

function context(overrides: Partial<OfferContext> = {}, band: RiskBand = 'medium'): OfferContext {
  return {
    loan: loan(),
    risk: { probability: 0.3, band },
    budget: computeBudget(budgetInput(2000, 20000), policy),
    vulnerable: false,
    crisis: false,
    temporary: true,
    today,
    ...overrides,
  };
}

const roomy = policyWith((p) => (p.maxPlansOffered = 10));
const types = (ctx: OfferContext, p: OfferPolicy = roomy) =>
  makeOffers(ctx, p)
    .plans.map((plan) => plan.type)
    .sort();

describe('makeOffers: bands', () => {
  it.each(RISK_BANDS)('band %s yields exactly the plan types the policy allows when all are affordable', (band) => {
    expect(types(context({}, band))).toEqual([...roomy.bands[band].plans].sort());
  });

  it('follows an edited policy', () => {
    const only = policyWith((p) => {
      p.bands.low.plans = ['term_extension', 'rate_reduction'];
      p.maxPlansOffered = 10;
    });
    expect(types(context({}, 'low'), only)).toEqual(['rate_reduction', 'term_extension']);
  });

  it('lets low and medium bands self-serve and sends high risk to an agent with the options prepared', () => {
    expect(makeOffers(context({}, 'low'), policy).action).toBe('offer');
    expect(makeOffers(context({}, 'medium'), policy).action).toBe('offer');
    const high = makeOffers(context({}, 'high'), policy);
    expect(high).toMatchObject({ action: 'escalate', escalationReason: 'high_risk' });
    expect(high.plans.length).toBeGreaterThan(policy.maxPlansOffered); // the agent sees all of them
  });

  it('shows the chat at most maxPlansOffered plans and records the rest as ranked out', () => {
    const decision = makeOffers(context(), policy);
    expect(decision.plans).toHaveLength(policy.maxPlansOffered);
    const rankedOut = decision.inputs.considered.filter((c) => c.outcome === 'ranked_out').map((c) => c.type);
    expect(rankedOut).toHaveLength(policy.bands.medium.plans.length - policy.maxPlansOffered);
    expect(decision.plans.map((p) => p.type)).not.toEqual(expect.arrayContaining(rankedOut));
  });
});

describe('makeOffers: escalation', () => {
  it.each([
    ['vulnerable', { vulnerable: true }],
    ['crisis', { crisis: true, vulnerable: true }],
  ] as const)('%s: escalates whatever the band, with no settlement plans', (reason, flags) => {
    for (const band of RISK_BANDS) {
      const decision = makeOffers(context(flags, band), roomy);
      expect(decision).toMatchObject({ action: 'escalate', escalationReason: reason });
      expect(decision.plans.filter((p) => SETTLEMENT_TYPES.includes(p.type))).toEqual([]);
      const excluded = decision.inputs.considered.filter((c) => c.outcome === 'excluded_no_settlement_pressure').map((c) => c.type);
      expect(excluded).toEqual(roomy.bands[band].plans.filter((t) => SETTLEMENT_TYPES.includes(t)));
    }
  });

  it('escalates when nothing is affordable, saying what each plan would have needed', () => {
    const decision = makeOffers(context({ budget: computeBudget(budgetInput(20), policy) }), policy);
    expect(decision).toMatchObject({ action: 'escalate', escalationReason: 'none_affordable', plans: [] });
    expect(decision.explanation).toMatch(/could not find a plan/);
    const unaffordable = decision.inputs.considered.filter((c) => c.outcome === 'unaffordable');
    expect(unaffordable.length).toBeGreaterThan(0);
    for (const c of unaffordable) expect(c.smallestPaymentNeeded).toBeGreaterThan(decision.inputs.affordability.monthlyLimit);
  });

  it('escalates a deficit budget as none affordable', () => {
    const decision = makeOffers(context({ budget: computeBudget(budgetInput(-300), policy) }), policy);
    expect(decision).toMatchObject({ action: 'escalate', escalationReason: 'none_affordable', plans: [] });
  });

  it('escalates figures that need checking before anything is agreed', () => {
    const budget = computeBudget({ ...budgetInput(), housing: { value: -5, period: 'month' } }, policy);
    expect(makeOffers(context({ budget }), policy)).toMatchObject({ action: 'escalate', escalationReason: 'budget_needs_review' });
  });
});

describe('makeOffers: plans', () => {
  it('takes the smallest concession that fits: the term extension just long enough', () => {
    // contract £316.01; 90 % of £260 spare = £234 a month
    const decision = makeOffers(context({ budget: computeBudget(budgetInput(260), policy) }), roomy);
    const extension = decision.plans.find((p) => p.type === 'term_extension')!;
    expect(extension.id).toBe('term_extension-24');
    expect(extension.monthlyPayment).toBeLessThanOrEqual(234);
    expect(decision.inputs.considered.find((c) => c.type === 'arrears_plan')).toMatchObject({ outcome: 'unaffordable' });
  });

  // Reported: temporariness came from the loan book (Hardship_Temporary) instead of the borrower's answer.
  it('does not offer a deferral whose restart the borrower cannot afford unless they said the hardship is temporary, whatever the loan book says', () => {
    const tight = computeBudget(budgetInput(200), policy);
    const lowBand = (temporary: boolean | null, book: boolean) =>
      makeOffers(context({ budget: tight, temporary, loan: loan({ Hardship_Temporary: book }) }, 'low'), roomy).plans.map((p) => p.type);
    expect(lowBand(true, false)).toContain('deferral');
    expect(lowBand(false, true)).not.toContain('deferral');
    expect(lowBand(null, true)).not.toContain('deferral'); // "I don't know" is not a promise that income comes back
  });

  it('explains every plan in plain words with display-ready figures', () => {
    const { plans } = makeOffers(context({}, 'high'), roomy);
    for (const plan of plans) {
      expect(plan.title).toMatch(/\S/);
      expect(plan.explanation).toMatch(/₹[\d,]+\.\d\d/);
      expect(plan.explanation).not.toMatch(/NaN|undefined|Infinity/);
      expect(plan.figures.length).toBeGreaterThanOrEqual(5);
      for (const row of plan.figures) expect(row.value).not.toMatch(/NaN|undefined/);
    }
    const deferral = plans.find((p) => p.type === 'deferral')!;
    expect(deferral).toMatchObject({ id: 'deferral-3', monthlyPayment: 0, firstPaymentDate: '2025-05-31' });
    expect(deferral.explanation).toMatch(/nothing for the next 3 months/);
  });

  it('records what it used for the audit trail', () => {
    const decision = makeOffers(context(), policy);
    expect(decision.policyVersion).toBe(policy.version);
    expect(decision.inputs).toMatchObject({
      loanId: 'LN_1',
      borrowerId: 'BRW_1',
      today: '2025-01-31',
      risk: { probability: 0.3, band: 'medium' },
      terms: { balance: 8000, arrears: 632.02, contractPayment: 316.01, daysPastDue: 95 },
      bandRules: { action: 'offer', plans: policy.bands.medium.plans },
    });
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  });

  it('re-derives the instalment when the loan book figure cannot amortise the balance', () => {
    const decision = makeOffers(context({ loan: loan({ Monthly_EMI: 50, Num_Missed_Payments: 0 }) }), policy);
    // 12,000 over 48 months at 12 % (316.01 a month) falls to 8,000 after 18 instalments: 8,000 over the 30 left.
    expect(decision.inputs.terms).toMatchObject({ contractPayment: 309.99, remainingMonths: 30, monthsElapsed: 18, paymentRederived: true });
    expect(decision.inputs.terms?.assumptions.join(' ')).toMatch(/re-derived/);
  });
});

describe('makeOffers: bad input', () => {
  it.each([
    ['probability above 1', { risk: { probability: 1.2, band: 'low' as const } }, /probability/],
    ['unknown band', { risk: { probability: 0.2, band: 'severe' as RiskBand } }, /band/],
    ['invalid date', { today: new Date('nope') }, /today/],
    ['a balance that is not a number', { loan: loan({ Outstanding_Loan_Amount: Number.NaN }) }, /Outstanding_Loan_Amount/],
    ['negative rate', { loan: loan({ Interest_Rate: -1 }) }, /Interest_Rate/],
  ])('rejects %s', (_name, overrides, message) => {
    expect(() => makeOffers(context(overrides), policy)).toThrow(OfferInputError);
    expect(() => makeOffers(context(overrides), policy)).toThrow(message);
  });
});
