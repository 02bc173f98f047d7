import type { HardshipReason, LoanRecord } from '../loanBook/loanRecord';
import type { Budget } from '../offers/budget';
import { formatMoney, type MoneyFormat } from '../shared/money';
import type { FraudPolicy } from './fraudPolicy';
import { type FraudSignal, fraudSignal, scoreAgainstLimit, scoreBelowFloor } from './signal';

/**
 * Budgets that contradict the loan book: the figures a borrower states are
 * checked against what the lender already knows. Each check is one signal; a
 * hardship that explains a fall in income (job loss, illness…) clears the
 * income check, because that is exactly what a hardship intake expects.
 */

export interface BudgetCheck {
  loan: Pick<LoanRecord, 'Monthly_Income' | 'Num_Dependents' | 'Income_Change_Pct'>;
  budget: Pick<Budget, 'monthlyIncome' | 'monthlyEssentialCosts' | 'disposableIncome'>;
  /** The hardships the borrower confirmed. */
  hardshipReasons: readonly HardshipReason[];
  /** Disposable incomes at which a settlement becomes affordable (settlementThresholds); [] when none is offered. */
  settlementThresholds: readonly number[];
  money: MoneyFormat;
  at: Date;
}

const pct = (x: number): number => Math.round(x * 100);

/**
 * The income the book expects now: Monthly_Income, moved by the book's own
 * Income_Change_Pct when the lender recorded one (a change it already knows of).
 */
function expectedIncome(loan: BudgetCheck['loan']): number {
  return loan.Monthly_Income * (1 + (loan.Income_Change_Pct ?? 0) / 100);
}

function incomeSignal(check: BudgetCheck, policy: FraudPolicy): FraudSignal {
  const { incomeDropPct, incomeRisePct, explainingHardships } = policy.budget;
  const expected = expectedIncome(check.loan);
  const stated = check.budget.monthlyIncome;
  const explained = check.hardshipReasons.some((r) => explainingHardships.includes(r));
  const dropPct = expected > 0 ? Math.max(0, pct(1 - stated / expected)) : 0;
  const risePct = expected > 0 ? Math.max(0, pct(stated / expected - 1)) : 0;
  const dropScore = explained ? 0 : scoreAgainstLimit(dropPct, incomeDropPct);
  const riseScore = scoreAgainstLimit(risePct, incomeRisePct);
  const m = (x: number) => formatMoney(x, check.money);
  const reason =
    riseScore > dropScore
      ? `Stated income of ${m(stated)} a month is ${risePct}% above the ${m(expected)} on the loan book (limit ${incomeRisePct}%).`
      : dropPct > 0 && explained
        ? `Stated income of ${m(stated)} a month is ${dropPct}% below the loan book, explained by the hardship described.`
        : `Stated income of ${m(stated)} a month is ${dropPct}% below the ${m(expected)} on the loan book, and no hardship described explains a fall (limit ${incomeDropPct}%).`;
  return fraudSignal(
    'income_contradiction',
    Math.max(dropScore, riseScore),
    policy.thresholds.income_contradiction,
    [reason],
    { statedVsBookPct: pct(stated / Math.max(1, expected)), explainedByHardship: explained ? 1 : 0 },
    check.at,
  );
}

function costsSignal(check: BudgetCheck, policy: FraudPolicy): FraudSignal {
  const { floor, ceiling } = policy.budget.essentialsPerPersonMonthly;
  const household = 1 + Math.max(0, check.loan.Num_Dependents);
  const costs = check.budget.monthlyEssentialCosts;
  const low = scoreBelowFloor(costs, floor * household);
  const high = scoreAgainstLimit(costs, ceiling * household);
  const m = (x: number) => formatMoney(x, check.money);
  const people = `${household} ${household === 1 ? 'person' : 'people'}`;
  const reason =
    high > low
      ? `Essential costs of ${m(costs)} a month for a household of ${people} are above ${m(ceiling * household)}, the most expected (${m(ceiling)} a person).`
      : `Essential costs of ${m(costs)} a month for a household of ${people} are against a least plausible ${m(floor * household)} (${m(floor)} a person).`;
  return fraudSignal(
    'implausible_costs',
    Math.max(low, high),
    policy.thresholds.implausible_costs,
    [reason],
    { householdSize: household, costsPerPerson: Math.round(costs / household), floorPerPerson: floor, ceilingPerPerson: ceiling },
    check.at,
  );
}

function thresholdSignal(check: BudgetCheck, policy: FraudPolicy): FraudSignal {
  const tolerance = policy.budget.settlementThresholdTolerance;
  const disposable = check.budget.disposableIncome;
  const nearest = check.settlementThresholds.reduce<number | undefined>(
    (best, t) => (best === undefined || Math.abs(disposable - t) < Math.abs(disposable - best) ? t : best),
    undefined,
  );
  const distance = nearest === undefined || disposable <= 0 ? Infinity : Math.abs(disposable - nearest);
  const m = (x: number) => formatMoney(x, check.money);
  const reason =
    nearest === undefined
      ? 'No settlement is priced for this loan, so the budget cannot be aimed at one.'
      : disposable <= 0
        ? `Disposable income of ${m(disposable)} a month makes no settlement affordable.`
        : `Disposable income of ${m(disposable)} a month is ${m(distance)} from ${m(nearest)}, the least that makes a settlement affordable (within ${m(tolerance)} counts as exact).`;
  return fraudSignal(
    'settlement_threshold_budget',
    Number.isFinite(distance) ? scoreBelowFloor(distance, tolerance) : 0,
    policy.thresholds.settlement_threshold_budget,
    [reason],
    { distanceToThreshold: Number.isFinite(distance) ? Math.round(distance * 100) / 100 : -1, thresholdsChecked: check.settlementThresholds.length },
    check.at,
  );
}

/** The three budget signals for one completed budget (scores may be low). */
export function budgetContradictions(check: BudgetCheck, policy: FraudPolicy): FraudSignal[] {
  return [incomeSignal(check, policy), costsSignal(check, policy), thresholdSignal(check, policy)];
}
