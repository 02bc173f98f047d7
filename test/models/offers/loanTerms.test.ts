import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../models/offers/budget';
import { loanTerms } from '../../../models/offers/loanTerms';
import { makeOffers } from '../../../models/offers/makeOffers';
import { totalMonths } from '../../../models/offers/phases';
import { budgetInput, loan, policy, policyWith } from './fixtures';

const today = new Date('2026-11-23T10:00:00Z');
const roomy = policyWith((p) => (p.maxPlansOffered = 10));

/** LN_25 of the shipped loan-recovery export: a 72-month loan whose EMI (outstanding ÷ tenure) leaves out the interest. */
const ln25 = loan({
  Loan_ID: 'LN_25',
  Loan_Amount: 990568,
  Loan_Tenure: 72,
  Interest_Rate: 12.8,
  Outstanding_Loan_Amount: 757142.0807,
  Monthly_EMI: 10515.86,
  Num_Missed_Payments: 2,
  Days_Past_Due: 136,
});

/** LN_90002 of the demo book: 21,000 a month repays what is left in 29 months of its 48. */
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

const richBudget = computeBudget(
  {
    income: [
      { value: 400000, period: 'month' },
      { value: 2000000, period: 'once' },
    ],
  },
  policy,
);

describe('loanTerms: the remaining term', () => {
  // Reported: LN_25, a 72-month loan, came out at 130 months left.
  it('never runs past Loan_Tenure, counting the months already paid', () => {
    const terms = loanTerms(ln25);
    expect(terms.remainingMonths).toBeLessThanOrEqual(72);
    expect(terms.monthsElapsed + terms.remainingMonths).toBeLessThanOrEqual(72);
    // 990,568 over 72 months at 12.8 % falls to the 736,110 not yet due after 24 instalments.
    expect(terms.monthsElapsed).toBe(24);
    expect(terms.remainingMonths).toBe(48);
    expect(totalMonths(terms.schedule)).toBe(48);
    expect(terms.assumptions.join(' ')).toMatch(/Loan_Tenure/);
  });

  it('keeps the EMI the borrower knows when it repays the loan within its term', () => {
    const terms = loanTerms(ln90002);
    expect(terms).toMatchObject({ contractPayment: 21000, remainingMonths: 29, monthsElapsed: 19, originalTermMonths: 48, paymentRederived: false });
  });
});

describe('makeOffers: what the borrower pays now', () => {
  it('never offers a lower rate or a longer term that asks more a month than the EMI the borrower pays, even where the EMI leaves out interest', () => {
    const terms = loanTerms(ln25);
    expect(terms).toMatchObject({ paymentRederived: true, paymentNow: 10515.86 });
    expect(terms.contractPayment).toBeGreaterThan(10515.86);
    const { plans } = makeOffers(
      { loan: ln25, risk: { probability: 0.3, band: 'high' }, budget: richBudget, vulnerable: false, crisis: false, temporary: null, today },
      roomy,
    );
    for (const plan of plans.filter((p) => p.type === 'rate_reduction' || p.type === 'term_extension'))
      expect(plan.monthlyPayment, plan.id).toBeLessThan(10515.86);
  });
});

describe('makeOffers: the term cap', () => {
  const cap = policy.termCap.maxMonthsBeyondOriginalTenure;

  // Reported: a deferral stretched a 72-month loan to 388 months.
  it.each([
    ['LN_25', ln25],
    ['LN_90002', ln90002],
    ['the fixture loan', loan()],
  ])('%s: no plan, deferrals included, runs past the original tenure plus the policy months', (_name, record) => {
    for (const band of ['low', 'medium', 'high'] as const) {
      const decision = makeOffers(
        { loan: record, risk: { probability: 0.3, band }, budget: richBudget, vulnerable: false, crisis: false, temporary: true, today },
        roomy,
      );
      const { monthsElapsed } = decision.inputs.terms!;
      expect(decision.plans.length).toBeGreaterThan(0);
      for (const plan of decision.plans) expect(monthsElapsed + plan.termMonths, plan.id).toBeLessThanOrEqual(record.Loan_Tenure + cap);
    }
  });

  it('follows the policy: with no months beyond the tenure, a deferral that would need them is not offered', () => {
    const strict = policyWith((p) => {
      p.termCap.maxMonthsBeyondOriginalTenure = 0;
      p.maxPlansOffered = 10;
    });
    const decision = makeOffers(
      { loan: ln90002, risk: { probability: 0.3, band: 'low' }, budget: richBudget, vulnerable: false, crisis: false, temporary: true, today },
      strict,
    );
    expect(decision.plans.map((p) => p.type)).not.toContain('deferral');
    expect(decision.inputs.considered.find((c) => c.type === 'deferral')).toMatchObject({ outcome: 'beyond_term_cap' });
  });
});

describe('makeOffers: records it cannot price', () => {
  const context = (record = loan()) => ({
    loan: record,
    risk: { probability: 0.3, band: 'medium' as const },
    budget: computeBudget(budgetInput(2000), policy),
    vulnerable: false,
    crisis: false,
    temporary: null,
    today,
  });

  // Reported: a zero balance threw.
  it('a zero balance goes to a person with a clear reason instead of throwing', () => {
    const decision = makeOffers(context(loan({ Outstanding_Loan_Amount: 0 })), policy);
    expect(decision).toMatchObject({ action: 'escalate', escalationReason: 'no_balance', plans: [] });
    expect(decision.explanation).toMatch(/nothing left to pay|no balance/i);
    expect(decision.inputs.terms).toBeUndefined();
  });

  // Reported: an EMI of 0 invented a "usual payment".
  it('an EMI of 0 goes to a person, and no usual payment is invented', () => {
    const decision = makeOffers(context(loan({ Monthly_EMI: 0 })), policy);
    expect(decision).toMatchObject({ action: 'escalate', escalationReason: 'no_contract_payment', plans: [] });
    expect(decision.explanation).not.toMatch(/₹/);
  });
});
