import type { Period } from '../language/analysis';

/** A figure the borrower gave; a null period means they did not say, and monthly is assumed. */
export interface Amount {
  value: number;
  period: Period | null;
}

// Calendar-exact factors (52 weeks / 12), as the Standard Financial Statement converts; a daily
// wage counts 26 working days, the month India's Minimum Wages rules convert a daily rate by.
const PER_MONTH: Record<Exclude<Period, 'once'>, number> = {
  day: 26,
  week: 52 / 12,
  fortnight: 26 / 12,
  month: 1,
  year: 1 / 12,
};

/** Monthly equivalent of a recurring amount; null for a one-off, which is not a monthly figure at all. */
export function toMonthly(amount: Amount): number | null {
  const period = amount.period ?? 'month';
  return period === 'once' ? null : amount.value * PER_MONTH[period];
}
