import { ceilMoney, roundMoney } from '../shared/money';

/**
 * A payment stream as runs of equal monthly payments, month 1 being one month
 * from the decision: compact (a 30-year loan is two or three runs), exact, and
 * cheap to discount in closed form.
 */
export interface Phase {
  months: number;
  amount: number;
}

export function totalMonths(phases: readonly Phase[]): number {
  return phases.reduce((sum, p) => sum + p.months, 0);
}

export function totalPaid(phases: readonly Phase[]): number {
  return roundMoney(phases.reduce((sum, p) => sum + p.months * p.amount, 0));
}

/** Largest monthly amount due in months [from, to) (1-based, `to` exclusive); 0 for an empty window. */
export function largestPayment(phases: readonly Phase[], from = 1, to = Infinity): number {
  let start = 1;
  let largest = 0;
  for (const p of phases) {
    const end = start + p.months;
    if (end > from && start < to) largest = Math.max(largest, p.amount);
    start = end;
  }
  return largest;
}

/** 1-based month of the first non-zero payment, or 0 when nothing is ever paid. */
export function firstPaymentMonth(phases: readonly Phase[]): number {
  let start = 1;
  for (const p of phases) {
    if (p.amount > 0 && p.months > 0) return start;
    start += p.months;
  }
  return 0;
}

/** Drops empty runs and merges neighbours with the same amount. */
export function compact(phases: readonly Phase[]): Phase[] {
  const out: Phase[] = [];
  for (const p of phases) {
    if (p.months <= 0) continue;
    const last = out[out.length - 1];
    if (last && last.amount === p.amount) last.months += p.months;
    else out.push({ months: p.months, amount: p.amount });
  }
  return out;
}

/** Month-by-month sum of two streams (e.g. the contract plus an arrears catch-up). */
export function addStreams(a: readonly Phase[], b: readonly Phase[]): Phase[] {
  const out: Phase[] = [];
  let i = 0;
  let j = 0;
  let leftA = a[0]?.months ?? 0;
  let leftB = b[0]?.months ?? 0;
  while (i < a.length || j < b.length) {
    const amountA = i < a.length ? a[i].amount : 0;
    const amountB = j < b.length ? b[j].amount : 0;
    const run = Math.min(i < a.length ? leftA : Infinity, j < b.length ? leftB : Infinity);
    out.push({ months: run, amount: roundMoney(amountA + amountB) });
    leftA -= run;
    leftB -= run;
    if (i < a.length && leftA === 0) leftA = a[++i]?.months ?? 0;
    if (j < b.length && leftB === 0) leftB = b[++j]?.months ?? 0;
  }
  return compact(out);
}

/**
 * `total` in `count` equal monthly payments rounded up to the cent, the last
 * taking the remainder; null when rounding up would already overpay.
 */
export function evenInstalments(total: number, count: number): Phase[] | null {
  const share = ceilMoney(total / count);
  const last = roundMoney(total - share * (count - 1));
  if (last <= 0) return null;
  return compact([
    { months: count - 1, amount: share },
    { months: 1, amount: last },
  ]);
}
