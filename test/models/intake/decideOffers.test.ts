import { describe, expect, it } from 'vitest';
import { decideOffers, hasCurrentDecision, protectionsOf } from '../../../models/intake/decideOffers';
import type { IntakeState } from '../../../models/intake/intakeState';
import { computeBudget, defaultOfferPolicy, makeOffers, type OfferContext } from '../../../models/offers';
import { DEMO_BORROWERS, generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import { loadRiskModel } from '../../../models/risk';
import { experimentArms } from '../../../models/offers/experiment';
import type { OfferSetting } from '../../../models/ports/experiments';

const policy = defaultOfferPolicy();
const loan = generateLoanBook({ n: 10, seed: 20261123 }).find((l) => l.Loan_ID === DEMO_BORROWERS[1].loanId)!;
const budget = computeBudget(
  { income: [{ value: 58_500, period: 'month' }], housing: { value: 15_000, period: 'month' }, otherCosts: { value: 12_000, period: 'month' } },
  policy,
);
const risk = loadRiskModel();

function decide(intake: IntakeState) {
  const seen: OfferContext[] = [];
  const offers = { makeOffers: (ctx: OfferContext) => (seen.push(ctx), makeOffers(ctx, policy)) };
  decideOffers(loan, { ...intake, budget }, { risk, offers }, new Date('2026-11-23T10:00:00Z'));
  return seen[0];
}

describe('decideOffers: the one offer decision for the bot and for agents', () => {
  // Reported: the dialog passed `crisis: false` while the agent path used the case's reason, so the two could differ.
  it('reads crisis and vulnerability from the intake itself, whoever asks', () => {
    expect(decide({ stage: 'offer' })).toMatchObject({ vulnerable: false, crisis: false });
    expect(decide({ stage: 'crisis' })).toMatchObject({ vulnerable: true, crisis: true });
    expect(decide({ stage: 'escalated', escalation: { reason: 'crisis', caseId: 'C-1', at: '2026-11-23T10:00:00Z' } })).toMatchObject({ crisis: true });
    expect(decide({ stage: 'offer', vulnerabilityDrivers: ['bereavement'] })).toMatchObject({ vulnerable: true, crisis: false });
  });

  // Reported: temporariness came from the loan book's Hardship_Temporary, not from what the borrower said.
  it("passes the borrower's own answer on whether the hardship is temporary, whatever the loan book says", () => {
    const story = (temporary: boolean | null) => ({ stage: 'offer' as const, story: { reasons: ['income_reduction' as const], temporary } });
    expect(decide(story(true)).temporary).toBe(true);
    expect(decide(story(false)).temporary).toBe(false);
    expect(decide(story(null)).temporary).toBeNull();
    expect(decide({ stage: 'offer' }).temporary).toBeUndefined();
  });

  it('reuses the risk score already shown to the borrower', () => {
    const shown = { probability: 0.61, band: 'medium' as const, reasons: [], borrowerSummary: 'shown', modelVersion: 'shown' };
    expect(decide({ stage: 'offer', risk: shown }).risk).toBe(shown);
  });

  it('a decision made before a disclosure is not current after it', () => {
    const before: IntakeState = {
      stage: 'offer',
      decision: { action: 'offer', plans: [], explanation: '', policyVersion: 'p', protections: protectionsOf({ stage: 'offer' }) },
    };
    expect(hasCurrentDecision(before)).toBe(true);
    expect(hasCurrentDecision({ ...before, vulnerabilityDrivers: ['bereavement'] })).toBe(false);
    expect(hasCurrentDecision({ ...before, decision: { ...before.decision!, protections: undefined } })).toBe(false);
  });
});

describe('decideOffers in an offer experiment', () => {
  const offers = { makeOffers: (ctx: OfferContext, chosen = policy) => makeOffers(ctx, chosen) };
  const challenger = { ...policy, version: 'challenger', maxPlansOffered: 1 };
  const only = (arm: 'control' | 'challenger'): OfferSetting => ({
    champion: policy,
    experiment: {
      id: 'exp_0123456789abcdef',
      name: 'x',
      status: 'running',
      championVersion: policy.version,
      arms: experimentArms(0, [{ name: 'challenger', weight: arm === 'challenger' ? 1 : 0, policy: challenger }], arm === 'control' ? 1 : 0),
      createdBy: 'sam',
      createdAt: '2026-11-01T00:00:00Z',
    },
  });
  const today = new Date('2026-11-23T10:00:00Z');
  const story = { reasons: ['income_reduction' as const], temporary: true };

  it("sends the control arm to a person in the borrower's language, with the champion's plans for the agent", () => {
    const { decision } = decideOffers(loan, { stage: 'offer', story, budget, language: 'hi' }, { risk, offers, setting: only('control') }, today);
    const champion = decideOffers(loan, { stage: 'offer', story, budget }, { risk, offers }, today).decision;
    expect(champion.action).toBe('offer');
    expect(decision).toMatchObject({
      action: 'escalate',
      escalationReason: 'standard_treatment',
      policyVersion: policy.version,
      experiment: { arm: 'control' },
    });
    expect(decision.plans.map((p) => p.id)).toEqual(champion.plans.map((p) => p.id));
    expect(decision.borrowerExplanation).toMatch(/\p{Script=Devanagari}/u);
  });

  it('lets fraud signals take over the control arm, and keeps a protected borrower on the champion', () => {
    const flagged = {
      escalate: true,
      withholdSettlements: true,
      flagged: [],
      agentReasons: ['x'],
      borrowerMessage: 'A member of our team will look at your options with you.',
    };
    const screened = decideOffers(loan, { stage: 'offer', story, budget }, { risk, offers, setting: only('control'), screen: () => flagged }, today).decision;
    expect(screened).toMatchObject({ escalationReason: 'fraud_review', experiment: { arm: 'control' } });
    const vulnerable = decideOffers(
      loan,
      { stage: 'offer', story, budget, vulnerabilityDrivers: ['bereavement'] },
      { risk, offers, setting: only('challenger') },
      today,
    );
    expect(vulnerable.decision).toMatchObject({ policyVersion: policy.version, experiment: { arm: 'champion', excluded: true } });
  });
});
