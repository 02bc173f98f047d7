import { describe, expect, it } from 'vitest';
import { buildAgentPlan, type AgentPlanRequest } from '../../../models/offers/agentPlans';
import { computeBudget } from '../../../models/offers/budget';
import { loanTerms } from '../../../models/offers/loanTerms';
import { parsePolicy } from '../../../models/offers/policy';
import { totalMonths, totalPaid } from '../../../models/offers/phases';
import { budgetInput, loan, policyWith } from './fixtures';

// The fixtures' £316.01 instalment: a token payment of at most 10 % of it, from £10.
const policy = policyWith((p) => (p.agentPlans.tokenPayment.minAmount = 10));
const terms = loanTerms(loan());
const context = (spare: number) => ({
  terms,
  budget: computeBudget(budgetInput(spare), policy),
  risk: { probability: 0.4, band: 'high' as const },
  temporary: null,
  today: new Date('2026-12-01T00:00:00Z'),
  policy,
});
const failed = (request: AgentPlanRequest, spare = 2000) =>
  buildAgentPlan(request, context(spare))
    .checks.filter((c) => c.outcome === 'fail')
    .map((c) => c.rule);

describe('plans an agent builds within policy', () => {
  it('prices reduced instalments and a longer term like the engine does, and says why each is allowed', () => {
    const reduced = buildAgentPlan({ kind: 'reduced_payment', pctOfContract: 40, months: 9 }, context(2000));
    expect(reduced.plan).toMatchObject({ type: 'reduced_payment', monthlyPayment: 126.4, startDate: '2026-12-01' });
    expect(reduced.plan!.details).toMatchObject({ reducedMonths: 9, reducedPct: 40 });
    expect(reduced.checks.map((c) => [c.rule, c.outcome])).toEqual([
      ['reduced share', 'pass'],
      ['reduced months', 'pass'],
      ['affordability', 'pass'],
      ['term cap', 'pass'],
    ]);
    const longer = buildAgentPlan({ kind: 'term_extension', extensionMonths: 6 }, context(2000)).plan!;
    expect(longer.type).toBe('term_extension');
    expect(longer.monthlyPayment).toBeLessThan(terms.paymentNow);
    expect(totalPaid(longer.phases)).toBeCloseTo(longer.totalPaid, 2);
    expect(totalMonths(longer.phases)).toBe(terms.remainingMonths + 6);
  });

  it('a breathing space is a pause of whole months, interest capitalised as the deferral policy says, with no contact noted', () => {
    const { plan, checks } = buildAgentPlan({ kind: 'breathing_space', days: 30 }, context(-500));
    expect(plan!.phases[0]).toEqual({ months: 1, amount: 0 });
    expect(plan!.details.interestCapitalised).toBeGreaterThan(0);
    expect(checks.filter((c) => c.outcome === 'note').map((c) => c.rule)).toEqual(['collection contact', 'after the relief']);
  });

  // Reported: plans an agent built by hand reached a Hindi or Malay borrower in English.
  it('names the plan for staff in English and for the borrower in their language, dates included', () => {
    const token = buildAgentPlan({ kind: 'token_payment', amount: 20, months: 3 }, { ...context(2000), language: 'hi' }).plan!;
    expect(token.title).toBe('Token payment: ₹20 a month for 3 months');
    expect(token.borrower).toMatchObject({ language: 'hi', title: 'सांकेतिक भुगतान: 3 महीने तक हर महीने ₹20' });
    expect(token.borrower!.figures.map((f) => f.value).join(' ')).toMatch(/जनवरी|फ़रवरी|दिसंबर/);
    const pause = buildAgentPlan({ kind: 'breathing_space', days: 30 }, { ...context(-500), language: 'ms' }).plan!;
    expect(pause.title).toBe('Breathing space: no payments for 30 days');
    expect(pause.borrower!.title).toBe('Ruang bernafas: tiada bayaran selama 30 hari');
    expect(pause.borrower!.explanation).toMatch(/^Kami tidak akan menghubungi anda untuk kutipan bayaran dalam tempoh 30 hari ini\./);
    expect(buildAgentPlan({ kind: 'token_payment', amount: 20, months: 3 }, context(2000)).plan!.borrower).toBeUndefined();
  });

  it('refuses what the policy or the budget does not allow, each for its own reason', () => {
    expect(failed({ kind: 'token_payment', amount: 40, months: 3 })).toEqual(['token amount']);
    expect(failed({ kind: 'token_payment', amount: 20, months: 3 }, -500)).toEqual(['affordability']);
    expect(failed({ kind: 'token_payment', amount: 10, months: 7 }, -500)).toEqual(['token months']);
    expect(failed({ kind: 'breathing_space', days: 90 })).toEqual(['breathing space length']);
    expect(failed({ kind: 'reduced_payment', pctOfContract: 75, months: 13 }, 100)).toEqual(['reduced months', 'affordability']);
    expect(failed({ kind: 'term_extension', extensionMonths: 61 })).toEqual(['extension', 'term cap']);
    expect(failed({ kind: 'term_extension', extensionMonths: 60 }, -500)).toEqual(['affordability', 'term cap']);
  });

  it('the policy file refuses a breathing space longer than a deferral may be', () => {
    const json = structuredClone(policy) as Record<string, unknown>;
    json.agentPlans = { ...policy.agentPlans, breathingSpace: { days: [30, 120] } };
    expect(() => parsePolicy(json)).toThrow(/agentPlans\.breathingSpace\.days: a breathing space pauses payments/);
  });
});
