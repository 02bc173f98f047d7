/**
 * The one place money is rounded. Every figure the offer engine shows or stores
 * goes through here so that totals, schedules and tests agree to the cent.
 */

// Binary floats store 1.005 as 1.00499…; a relative nudge far below a cent
// makes half-cents round the way a person would, even for large balances.
const NUDGE = 1 + 8 * Number.EPSILON;

/** Nearest cent, halves away from zero. */
export function roundMoney(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 * NUDGE)) / 100 || 0;
}

/** Up to the next cent: instalments, so the last payment is never the largest. */
export function ceilMoney(x: number): number {
  return x < 0 ? -floorMoney(-x) : Math.ceil((x * 100) / NUDGE) / 100;
}

/** Down to the cent below: amounts that must stay within a limit. */
export function floorMoney(x: number): number {
  return x < 0 ? -ceilMoney(-x) : Math.floor(x * 100 * NUDGE) / 100;
}

/** Whole cents, for ledgers that must add up exactly. */
export function toCents(x: number): number {
  return Math.round(roundMoney(x) * 100);
}

/** `x` cents' worth of some rate, rounded half-up to whole cents (x ≥ 0). */
export function centsOf(cents: number, rate: number): number {
  return Math.round(cents * rate * NUDGE);
}

/** How the deployment writes money: its currency, in its locale's digit grouping (en-IN: ₹1,20,000). */
export interface MoneyFormat {
  currency: string;
  locale: string;
}

// `Intl.NumberFormat#format` is a getter that binds a new function on every read: keep the bound one.
const formatters = new Map<string, (x: number) => string>();

function formatter(format: MoneyFormat, fractionDigits: 0 | 2): (x: number) => string {
  const key = `${format.locale}|${format.currency}|${fractionDigits}`;
  let bound = formatters.get(key);
  if (!bound) {
    bound = new Intl.NumberFormat(format.locale, {
      style: 'currency',
      currency: format.currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format;
    formatters.set(key, bound);
  }
  return bound;
}

/**
 * The one display form of money, for borrowers and staff alike: whole amounts
 * without decimals ("₹5,60,000"), cents only where there are some
 * ("₹16,689.54"), always rounded as the ledger rounds.
 */
export function formatMoney(x: number, format: MoneyFormat): string {
  const rounded = roundMoney(x);
  return formatter(format, Number.isInteger(rounded) ? 0 : 2)(rounded);
}
