import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../models/offers/budget';
import { cureProbability, expectedRecovery, monthlyHazard } from '../../../models/offers/cure';
import { loanTerms } from '../../../models/offers/loanTerms';
import { npv } from '../../../models/offers/npv';
import { parsePolicy } from '../../../models/offers/policy';
import { budgetInput, loan, policy } from './fixtures';

const terms = loanTerms(loan({ Num_Missed_Payments: 0 })); // 8,000 at 12 %, 316.01 a month
const budget = computeBudget(budgetInput(400), policy); // 400 a month to spare
const context = (probability: number, temporary: boolean | null = null) => ({ probability, terms, budget, temporary, policy });

describe('cureProbability', () => {
  it('gives a plan that changes nothing the risk score’s own chance of recovering', () => {
    expect(terms.remainingMonths).toBeGreaterThan(policy.cure.minHazardMonths);
    const unchanged = [{ months: terms.remainingMonths, amount: terms.contractPayment }];
    for (const p of [0, 0.1, 0.35, 0.8]) expect(cureProbability({ type: 'term_extension', phases: unchanged }, context(p))).toBeCloseTo(1 - p, 10);
    expect(1 - (1 - monthlyHazard(0.35, 34)) ** 34).toBeCloseTo(0.35, 12);
  });

  it('falls with every extra month and with a heavier payment, rises with a lighter one', () => {
    const run = (months: number, amount: number) => cureProbability({ type: 'term_extension', phases: [{ months, amount }] }, context(0.35));
    expect(run(46, 250)).toBeLessThan(run(34, 250));
    expect(run(34, 380)).toBeLessThan(run(34, 316.01));
    expect(run(34, 200)).toBeGreaterThan(run(34, 316.01));
  });

  it('after a pause, weighs the borrower’s own answer on whether the hardship is temporary', () => {
    const deferral = { type: 'deferral' as const, phases: [{ months: 3, amount: 0 }, ...terms.schedule], resumesAtMonth: 4 };
    const [yes, unsure, no] = [true, null, false].map((t) => cureProbability(deferral, context(0.35, t)));
    expect(yes).toBeGreaterThan(unsure);
    expect(unsure).toBeGreaterThan(no);
  });
});

describe('expectedRecovery', () => {
  it('adds what is recovered on failure, (1 − LGD) of the balance, to the NPV if the plan holds', () => {
    const phases = [{ months: 12, amount: 100 }];
    expect(expectedRecovery(phases, 1, 5000, policy)).toBe(Math.round(npv(phases, 8) * 100) / 100);
    expect(expectedRecovery(phases, 0, 5000, policy)).toBe(1950); // LGD 61 %
    expect(expectedRecovery(phases, 0.5, 1000, policy)).toBe(Math.round((npv(phases, 8) / 2 + 195) * 100) / 100);
  });
});

describe('policy: the new settings', () => {
  it('fills in documented defaults for a policy file written before them', () => {
    const { termCap, recoveryOnFailure, cure, fairness, ...older } = structuredClone(policy);
    const parsed = parsePolicy(older);
    expect(parsed).toMatchObject({ termCap, recoveryOnFailure, cure, fairness });
    expect(() => parsePolicy({ ...older, recoveryOnFailure: { lgdPct: 140 } })).toThrow(/recoveryOnFailure\.lgdPct/);
  });
});
