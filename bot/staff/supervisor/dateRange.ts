import { utcDate } from '../../../models/shared/calendar';
import { localTime, utcOffsetMinutes } from '../../../models/shared/localTime';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `v` is a real calendar day written YYYY-MM-DD ("2026-02-30" is not). */
export function isCalendarDay(v: string): boolean {
  const m = DAY.exec(v);
  return m !== null && utcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])) !== null;
}

/**
 * The instant local midnight of `day` falls on in `timeZone`. The zone's
 * offset is read at the guessed instant and once more at the answer, which
 * settles the days a clock change falls on.
 */
function localMidnight(day: string, timeZone: string): number {
  const wall = Date.parse(`${day}T00:00:00.000Z`);
  const guess = wall - utcOffsetMinutes(new Date(wall), timeZone) * 60_000;
  return wall - utcOffsetMinutes(new Date(guess), timeZone) * 60_000;
}

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);

/** A bare date is the start of that day in the deployment's zone; a date-time is taken as written. */
export function rangeStart(v: string, timeZone: string): number {
  return isCalendarDay(v) ? localMidnight(v, timeZone) : Date.parse(v);
}

/** A bare date includes that whole day in the deployment's zone. */
export function rangeEnd(v: string, timeZone: string): number {
  return isCalendarDay(v) ? localMidnight(nextDay(v), timeZone) - 1 : Date.parse(v);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`: what a chart's "per day" means. */
export function localDay(iso: string | number, timeZone: string): string {
  return localTime(new Date(iso), timeZone).date;
}
