/**
 * The one calendar: dates as UTC calendar days, so a schedule or a date the
 * borrower typed does not shift with the server's time zone.
 */

/** Same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A valid UTC calendar date, or null ("31/02" is not a date). */
export function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return date;
}

/** Midnight UTC of the reference day's local calendar date. */
export function startOfDay(today: Date): Date {
  return new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
}

export function endOfMonth(year: number, month: number): Date {
  return new Date(Date.UTC(year, month + 1, 0));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar day as people read it in `locale`: "23 December 2026" (en-IN, en-GB), "23 दिसंबर 2026" (hi-IN). */
export function formatDate(iso: string, locale: string): string {
  return dayFormat(locale, 'UTC').format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** The day an instant falls on in `timeZone`, written as formatDate writes it (a link's expiry, say). */
export function formatDayIn(at: Date, locale: string, timeZone: string): string {
  return dayFormat(locale, timeZone).format(at);
}
