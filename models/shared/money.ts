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

// `Intl.NumberFormat#format` is a getter that binds a new function on every read: keep the bound one.
const formatters = new Map<string, (x: number) => string>();

/** Display form for the borrower, e.g. "£1,234.50" (en-GB) or "₹1,20,000.00" (en-IN). */
export function formatMoney(x: number, currency: string, locale = 'en-GB'): string {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency }).format;
    formatters.set(key, format);
  }
  return format(roundMoney(x));
}
