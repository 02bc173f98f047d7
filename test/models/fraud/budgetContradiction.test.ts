import { describe, expect, it } from 'vitest';
import { budgetContradictions, type BudgetCheck, type FraudSignal, isFlagged, settlementThresholds } from '../../../models/fraud';
import { computeBudget, loadPolicy } from '../../../models/offers';
import { at, loan, MONEY, policy } from './fixtures';

const offerPolicy = loadPolicy();
const book = loan(); // ₹1,20,000 a month on the book, 2 dependants: a household of 3
const thresholds = settlementThresholds(book, 'medium', offerPolicy);

function check(monthlyIncome: number, essentials: number, over: Partial<BudgetCheck> = {}): BudgetCheck {
  const budget = computeBudget({ income: [{ value: monthlyIncome, period: 'month' }], housing: { value: essentials, period: 'month' } }, offerPolicy);
  return { loan: book, budget, hardshipReasons: ['income_reduction'], settlementThresholds: thresholds, money: MONEY, at: at('2026-12-01T10:00:00Z'), ...over };
}
const byKind = (signals: FraudSignal[]) => Object.fromEntries(signals.map((s) => [s.kind, s]));

describe('budget contradictions', () => {
  it('prices the settlement thresholds the offer engine uses: instalment ÷ share of disposable income', () => {
    expect(thresholds.length).toBeGreaterThan(5);
    // 12 instalments of the undiscounted ₹3,00,000 balance need ₹25,000 a month, so ₹25,000 / 0.9 of disposable income.
    expect(thresholds).toContain(27777.78);
    expect(settlementThresholds(book, 'low', offerPolicy)).toEqual([]); // low band: no settlements to aim at
  });

  it('flags an invented budget on all three counts, with reasons an agent can read', () => {
    // Income cut to a third with only "extra expenses" as the story, ₹4,000 of essentials for three people,
    // and a disposable income that lands exactly on the 12-instalment settlement.
    const invented = check(27777.78 + 4000, 4000, { hardshipReasons: ['increased_expenses'] });
    expect(invented.budget.disposableIncome).toBe(27777.78);
    const signals = byKind(budgetContradictions(invented, policy));
    expect(Object.values(signals).every(isFlagged)).toBe(true);
    expect(signals.income_contradiction.reasons[0]).toMatch(/74% below the ₹1,20,000 on the loan book, and no hardship described explains a fall/);
    expect(signals.implausible_costs.reasons[0]).toMatch(/₹4,000 a month for a household of 3 people are against a least plausible ₹6,000/);
    expect(signals.settlement_threshold_budget.score).toBe(1);
    expect(signals.settlement_threshold_budget.reasons[0]).toMatch(/₹0 from ₹27,777.78, the least that makes a settlement affordable/);
    expect(signals.settlement_threshold_budget.evidence).toEqual({ distanceToThreshold: 0, thresholdsChecked: thresholds.length });
  });

  it('within a rupee still counts as exact; a few rupees off does not', () => {
    expect(isFlagged(byKind(budgetContradictions(check(27778.5 + 40000, 40000), policy)).settlement_threshold_budget)).toBe(true);
    expect(isFlagged(byKind(budgetContradictions(check(27785 + 40000, 40000), policy)).settlement_threshold_budget)).toBe(false);
  });

  it('leaves an honest budget alone: a fall in income that the hardship explains, ordinary costs, a round disposable income', () => {
    const honest = budgetContradictions(check(70000, 45000, { hardshipReasons: ['unemployment'] }), policy);
    expect(honest.filter(isFlagged)).toEqual([]);
    expect(byKind(honest).income_contradiction.reasons[0]).toMatch(/explained by the hardship described/);
  });

  it('reads the income change the book already records, and flags a stated income far above it', () => {
    const recordedFall = loan({ Income_Change_Pct: -50 });
    const matches = byKind(budgetContradictions(check(60000, 45000, { loan: recordedFall, hardshipReasons: ['increased_expenses'] }), policy));
    expect(isFlagged(matches.income_contradiction)).toBe(false);
    const inflated = byKind(budgetContradictions(check(300000, 45000), policy));
    expect(isFlagged(inflated.income_contradiction)).toBe(true);
    expect(inflated.income_contradiction.reasons[0]).toMatch(/150% above/);
  });

  it('flags essential costs far above what the household could plausibly spend', () => {
    const lavish = byKind(budgetContradictions(check(900000, 500000), policy));
    expect(isFlagged(lavish.implausible_costs)).toBe(true);
    expect(lavish.implausible_costs.reasons[0]).toMatch(/above ₹2,25,000, the most expected \(₹75,000 a person\)/);
  });

  it('has nothing to aim at when no settlement is priced or nothing is left over', () => {
    const none = byKind(budgetContradictions(check(70000, 45000, { settlementThresholds: [] }), policy));
    expect(none.settlement_threshold_budget.score).toBe(0);
    const deficit = byKind(budgetContradictions(check(30000, 45000), policy));
    expect(deficit.settlement_threshold_budget.score).toBe(0);
    expect(deficit.settlement_threshold_budget.reasons[0]).toMatch(/makes no settlement affordable/);
  });
});
