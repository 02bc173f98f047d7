import { describe, expect, it } from 'vitest';
import {
  BORROWER_REVIEW_MESSAGE,
  budgetContradictions,
  currentVerdict,
  decideFraud,
  fraudDashboard,
  fraudRecord,
  type FraudSignal,
  markVerdict,
} from '../../../models/fraud';
import { fraudSignal } from '../../../models/fraud/signal';
import { at, policy, policyWith } from './fixtures';

const t0 = at('2026-12-01T10:00:00Z');
const t1 = at('2026-12-01T11:00:00Z');
const probe = (score: number, when = t0): FraudSignal =>
  fraudSignal(
    'identity_probe_source',
    score,
    0.5,
    ['3 different loan references were tried from one address within 60 minutes (limit 3).'],
    { distinctLoans: 3 },
    when,
  );
const claims = (score: number, when = t0): FraudSignal =>
  fraudSignal('repeat_hardship_claims', score, 0.5, ['3 hardship claims on this loan within 30 days (limit 3).'], { claims: 3 }, when);

describe('what a case’s signals mean', () => {
  it('escalates with the reasons attached and withholds settlements when a signal is over its threshold', () => {
    const decision = decideFraud([probe(0.2), probe(0.67), claims(0.3)], policy);
    expect(decision).toMatchObject({ escalate: true, withholdSettlements: true, borrowerMessage: BORROWER_REVIEW_MESSAGE });
    expect(decision.flagged).toHaveLength(1);
    expect(decision.agentReasons).toEqual([
      'Several loans or identity checks from one source (score 0.67, threshold 0.50): 3 different loan references were tried from one address within 60 minutes (limit 3).',
    ]);
  });

  it('does nothing while every signal is below its threshold', () => {
    expect(decideFraud([probe(0.49), claims(0.1)], policy)).toEqual({
      escalate: false,
      withholdSettlements: false,
      flagged: [],
      agentReasons: [],
      borrowerMessage: null,
    });
  });

  it('keeps the strongest signal of each kind, strongest first', () => {
    const decision = decideFraud([claims(0.6), probe(0.5), probe(0.9), claims(0.55)], policy);
    expect(decision.flagged.map((s) => [s.kind, s.score])).toEqual([
      ['identity_probe_source', 0.9],
      ['repeat_hardship_claims', 0.6],
    ]);
  });

  it('tells the borrower nothing that accuses them, and none of the reasons', () => {
    const decision = decideFraud([probe(1), claims(1)], policy);
    expect(decision.borrowerMessage).toBe('A member of our team will look at your options with you.');
    expect(decision.borrowerMessage).not.toMatch(/fraud|suspic|lie|lying|false|fake|probe|identity|check|flag|investigat|verify|concern/i);
    for (const reason of decision.agentReasons) expect(decision.borrowerMessage).not.toContain(reason);
  });

  it('is cleared by a person who found nothing, for what they saw; anything noticed later counts again', () => {
    const review = { outcome: 'false_positive' as const, at: t0.toISOString() };
    expect(decideFraud([probe(0.9, t0)], policy, review).escalate).toBe(false);
    expect(decideFraud([probe(0.9, t0), claims(0.8, t1)], policy, review).flagged.map((s) => s.kind)).toEqual(['repeat_hardship_claims']);
    expect(decideFraud([probe(0.9, t0)], policy, { outcome: 'confirmed', at: t0.toISOString() })).toMatchObject({ escalate: true, withholdSettlements: true });
  });

  it('the same check run again after a "false" verdict stays cleared unless it comes out stronger than what the person saw', () => {
    const review = { outcome: 'false_positive' as const, at: t0.toISOString(), seen: [probe(0.7, t0)] };
    expect(decideFraud([probe(0.7, t1)], policy, review).escalate).toBe(false);
    expect(decideFraud([probe(0.6, t1)], policy, review).escalate).toBe(false);
    expect(decideFraud([probe(0.8, t1)], policy, review).flagged.map((s) => s.score)).toEqual([0.8]);
    expect(decideFraud([claims(0.6, t1)], policy, review).escalate).toBe(true);
    expect(decideFraud([probe(0.7, t1)], policy, { ...review, outcome: 'confirmed' }).withholdSettlements).toBe(true);
  });

  it('can leave settlements on offer when the policy says so', () => {
    const lenient = policyWith((p) => (p.decision.withholdSettlements = false));
    expect(decideFraud([probe(1)], lenient)).toMatchObject({ escalate: true, withholdSettlements: false });
  });
});

describe('supervisor review and the dashboard', () => {
  it('records a flagged case, takes a verdict without changing the original, and counts it', () => {
    const record = fraudRecord('case-1', decideFraud([probe(0.9), claims(0.7)], policy), t0);
    expect(record).toMatchObject({ caseId: 'case-1', flaggedAt: t0.toISOString(), verdicts: [] });
    const marked = markVerdict(record, 'false_positive', 'supervisor', t1);
    expect(record.verdicts).toEqual([]);
    expect(currentVerdict(marked)).toEqual({ outcome: 'false_positive', by: 'supervisor', at: t1.toISOString() });
    expect(() => markVerdict(record, 'confirmed', ' ', t1)).toThrow(/name/);

    const other = markVerdict(fraudRecord('case-2', decideFraud([probe(1)], policy), t0), 'confirmed', 'supervisor', t1);
    const open = fraudRecord('case-3', decideFraud([claims(0.8)], policy), t0);
    const board = fraudDashboard([marked, other, open]);
    expect(board).toMatchObject({ cases: 3, reviewed: 2, confirmed: 1, falsePositive: 1, confirmedRate: 0.5 });
    expect(board.byKind.identity_probe_source).toEqual({ signals: 2, reviewed: 2, confirmed: 1, confirmedRate: 0.5 });
    expect(board.byKind.repeat_hardship_claims).toEqual({ signals: 2, reviewed: 1, confirmed: 0, confirmedRate: 0 });
    expect(board.byKind.repayment_anomaly).toEqual({ signals: 0, reviewed: 0, confirmed: 0, confirmedRate: null });
    expect(board.signalsByFamily).toEqual({ identity_probing: 2, budget_contradiction: 0, velocity: 2, repayment_anomaly: 0 });
  });

  it('counts a changed mind by the latest verdict, keeping the earlier one', () => {
    const record = markVerdict(markVerdict(fraudRecord('c', decideFraud([probe(1)], policy), t0), 'false_positive', 'a', t0), 'confirmed', 'b', t1);
    expect(record.verdicts).toHaveLength(2);
    expect(fraudDashboard([record]).confirmed).toBe(1);
  });

  it('keeps evidence to numbers, so no personal data can ride along', () => {
    expect(() => fraudSignal('identity_probe_source', 1, 0.5, [], { n: NaN }, t0)).toThrow(/finite number/);
    const signals = budgetContradictions(
      {
        loan: { Monthly_Income: 100000, Num_Dependents: 1 },
        budget: { monthlyIncome: 90000, monthlyEssentialCosts: 30000, disposableIncome: 60000 },
        hardshipReasons: [],
        settlementThresholds: [],
        money: { currency: 'INR', locale: 'en-IN' },
        at: t0,
      },
      policy,
    );
    for (const s of signals) for (const v of Object.values(s.evidence)) expect(typeof v).toBe('number');
  });
});
