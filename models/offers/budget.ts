import { roundMoney } from '../shared/money';
import { type Amount, toMonthly } from './period';
import { defaultOfferPolicy, type OfferPolicy } from './policy';

/** What the borrower told us, in the spirit of the UK Standard Financial Statement. */
export interface BudgetInput {
  income: Amount[];
  housing?: Amount;
  utilities?: Amount;
  food?: Amount;
  transport?: Amount;
  childcare?: Amount;
  priorityBills?: Amount;
  otherCosts?: Amount;
  otherDebtRepayments?: Amount;
  dependants?: number;
}

export const ESSENTIAL_COSTS = ['housing', 'utilities', 'food', 'transport', 'childcare', 'priorityBills', 'otherCosts'] as const;
export type EssentialCost = (typeof ESSENTIAL_COSTS)[number];

export type BudgetFlagKind = 'negative' | 'not_a_number' | 'implausible_high' | 'costs_exceed_income' | 'invalid_dependants';

export interface BudgetFlag {
  /** e.g. "housing", "income[1]", "dependants". */
  field: string;
  kind: BudgetFlagKind;
  message: string;
}

export interface Budget {
  monthlyIncome: number;
  essentialCosts: Record<EssentialCost, number>;
  monthlyEssentialCosts: number;
  monthlyOtherRepayments: number;
  /** Monthly income − essential costs − other debt repayments; negative is a deficit. */
  disposableIncome: number;
  /**
   * One-off amounts (period 'once') are not monthly money: one-off income (a
   * redundancy payment, a gift) less one-off costs is what the borrower could
   * put towards a lump-sum settlement, never counted as monthly income.
   */
  oneOffIncome: number;
  oneOffCosts: number;
  lumpSumAvailable: number;
  flags: BudgetFlag[];
  /** A figure is unusable or implausible: a person should check it before anything is agreed. */
  needsHumanReview: boolean;
}

// A deficit is real information (it leads to escalation as nothing is affordable), not a figure to doubt.
const REVIEW_KINDS: ReadonlySet<BudgetFlagKind> = new Set(['negative', 'not_a_number', 'implausible_high', 'invalid_dependants']);

export function computeBudget(input: BudgetInput, policy: OfferPolicy = defaultOfferPolicy()): Budget {
  const rules = policy.budget;
  const flags: BudgetFlag[] = [];
  const once = { income: 0, costs: 0 };

  let dependants = input.dependants ?? 0;
  if (!Number.isInteger(dependants) || dependants < 0) {
    flags.push({ field: 'dependants', kind: 'invalid_dependants', message: `Dependants should be a whole number of 0 or more, not ${dependants}; assumed 0.` });
    dependants = 0;
  }
  const householdScale = 1 + (rules.perDependantPct / 100) * dependants;

  /** Monthly value of one stated amount; unusable values count as 0 and are flagged. One-offs are set aside. */
  const monthly = (field: string, amount: Amount | undefined, side: 'income' | 'costs'): number => {
    if (!amount) return 0;
    if (!Number.isFinite(amount.value)) {
      flags.push({ field, kind: 'not_a_number', message: `${field} is not a number (${amount.value}); counted as 0.` });
      return 0;
    }
    if (amount.value < 0) {
      flags.push({ field, kind: 'negative', message: `${field} is negative (${amount.value}); counted as 0.` });
      return 0;
    }
    const value = toMonthly(amount);
    if (value === null) {
      once[side] += amount.value;
      return 0;
    }
    return value;
  };
  const flagIfAbove = (field: string, value: number, limit: number, what: string) => {
    if (value > limit)
      flags.push({
        field,
        kind: 'implausible_high',
        message: `${field} of ${roundMoney(value)} a month is far above ${what} (${roundMoney(limit)}); please check it.`,
      });
  };

  const monthlyIncome = roundMoney(input.income.reduce((sum, a, i) => sum + monthly(`income[${i}]`, a, 'income'), 0));
  flagIfAbove('income', monthlyIncome, rules.maxMonthlyIncome, 'the most we expect');

  const typical = (field: keyof typeof rules.typicalMonthly) => rules.typicalMonthly[field] * householdScale * rules.implausibleFactor;
  const essentialCosts = {} as Record<EssentialCost, number>;
  for (const field of ESSENTIAL_COSTS) {
    essentialCosts[field] = roundMoney(monthly(field, input[field], 'costs'));
    flagIfAbove(field, essentialCosts[field], typical(field), 'typical levels');
  }
  const monthlyOtherRepayments = roundMoney(monthly('otherDebtRepayments', input.otherDebtRepayments, 'costs'));
  flagIfAbove('otherDebtRepayments', monthlyOtherRepayments, typical('otherDebtRepayments'), 'typical levels');

  const monthlyEssentialCosts = roundMoney(ESSENTIAL_COSTS.reduce((sum, f) => sum + essentialCosts[f], 0));
  const disposableIncome = roundMoney(monthlyIncome - monthlyEssentialCosts - monthlyOtherRepayments);
  if (disposableIncome < 0)
    flags.push({
      field: 'disposableIncome',
      kind: 'costs_exceed_income',
      message: `Costs and repayments exceed income by ${roundMoney(-disposableIncome)} a month.`,
    });

  const oneOffIncome = roundMoney(once.income);
  const oneOffCosts = roundMoney(once.costs);
  return {
    monthlyIncome,
    essentialCosts,
    monthlyEssentialCosts,
    monthlyOtherRepayments,
    disposableIncome,
    oneOffIncome,
    oneOffCosts,
    lumpSumAvailable: roundMoney(Math.max(0, oneOffIncome - oneOffCosts)),
    flags,
    needsHumanReview: flags.some((f) => REVIEW_KINDS.has(f.kind)),
  };
}
