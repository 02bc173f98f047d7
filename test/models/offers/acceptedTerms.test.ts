import { describe, expect, it } from 'vitest';
import { canonicalJson, termsDigest } from '../../../models/offers/acceptedTerms';
import { createArrangement, instalmentSchedule } from '../../../models/offers/arrangement';
import { computeBudget } from '../../../models/offers/budget';
import { makeOffers } from '../../../models/offers/makeOffers';
import { seededRandom } from '../../../models/shared/random';
import { budgetInput, loan, policy } from './fixtures';

const now = new Date('2025-01-31T14:05:00Z');
const plan = makeOffers(
  {
    loan: loan(),
    risk: { probability: 0.2, band: 'high' },
    budget: computeBudget(budgetInput(2000), policy),
    vulnerable: false,
    crisis: false,
    temporary: true,
    today: now,
  },
  policy,
).plans[0];
const acceptance = { language: 'hi', policyVersion: policy.version, lenderName: 'Northwind Lending', currency: 'INR', timeZone: 'Asia/Kolkata' } as const;
const accept = () => createArrangement({ loan: loan(), plan, channel: 'webchat', now, random: seededRandom(3), acceptance });

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves arrays in order, so key order never changes the bytes', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('accepted terms', () => {
  it('freeze exactly what was accepted: plan, amounts, whole schedule, dates, policy, reasons, channel, time and language', () => {
    const a = accept();
    expect(a.terms).toMatchObject({
      version: 1,
      reference: a.reference,
      loanId: 'LN_1',
      planId: plan.id,
      planType: plan.type,
      title: plan.title,
      explanation: plan.explanation,
      currency: 'INR',
      monthlyPayment: plan.monthlyPayment,
      totalPaid: plan.totalPaid,
      termMonths: plan.termMonths,
      firstPaymentDate: plan.firstPaymentDate,
      policyVersion: policy.version,
      channel: 'webchat',
      language: 'hi',
      timeZone: 'Asia/Kolkata',
      acceptedAt: '2025-01-31T14:05:00.000Z',
    });
    expect(a.terms!.schedule).toEqual(instalmentSchedule(a));
    expect(a.terms!.figures).toEqual(plan.figures);
  });

  it('have a SHA-256 digest that is the same for the same terms and changes with any figure', () => {
    const [one, two] = [accept(), accept()];
    expect(one.termsDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(two.termsDigest).toBe(one.termsDigest);
    expect(termsDigest(JSON.parse(JSON.stringify(one.terms)))).toBe(one.termsDigest);
    const reordered = Object.fromEntries(Object.entries(one.terms!).reverse()) as typeof one.terms;
    expect(termsDigest(reordered!)).toBe(one.termsDigest);
    expect(termsDigest({ ...one.terms!, monthlyPayment: one.terms!.monthlyPayment + 0.01 })).not.toBe(one.termsDigest);
    expect(termsDigest({ ...one.terms!, language: 'en' })).not.toBe(one.termsDigest);
  });

  it('are not recorded without an acceptance context (older callers, tools)', () => {
    const a = createArrangement({ loan: loan(), plan, channel: 'webchat', now });
    expect(a.terms).toBeUndefined();
    expect(a.termsDigest).toBeUndefined();
  });
});
