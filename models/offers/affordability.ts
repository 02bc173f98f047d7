import type { Budget } from './budget';
import { floorMoney } from '../shared/money';
import { largestPayment, totalPaid } from './phases';
import type { Draft } from './plans/draft';
import type { OfferPolicy } from './policy';

export interface Affordability {
  /** Most a regular monthly payment may be: the policy's share of disposable income (negative in a deficit, so nothing fits). */
  monthlyLimit: number;
  /** Most a single payment may be: one-off money available plus one month's limit. */
  lumpSumLimit: number;
  /**
   * The borrower expects their income to recover, so a relief plan's return to
   * the contractual payment need not fit today's budget; otherwise it must.
   */
  hardshipTemporary: boolean;
}

export function affordability(budget: Budget, policy: OfferPolicy, hardshipTemporary: boolean): Affordability {
  const { disposableIncome } = budget;
  const monthlyLimit = disposableIncome > 0 ? floorMoney(disposableIncome * policy.affordability.maxShareOfDisposableIncome) : disposableIncome;
  return { monthlyLimit, lumpSumLimit: budget.lumpSumAvailable + Math.max(0, monthlyLimit), hardshipTemporary };
}

/** The regular payment the borrower commits to now; 0 for a lump sum. */
export function monthlyPayment(draft: Draft): number {
  return draft.type === 'settlement_lump_sum' ? 0 : largestPayment(draft.phases, 1, draft.resumesAtMonth);
}

/** The single affordability rule every plan passes through before it is offered. */
export function fits(draft: Draft, a: Affordability): boolean {
  if (draft.type === 'settlement_lump_sum') return totalPaid(draft.phases) <= a.lumpSumLimit;
  if (monthlyPayment(draft) > a.monthlyLimit) return false;
  return draft.resumesAtMonth === undefined || a.hardshipTemporary || largestPayment(draft.phases, draft.resumesAtMonth) <= a.monthlyLimit;
}
