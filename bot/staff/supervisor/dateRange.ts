import { HttpError } from '../../infra/http/httpErrors';
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

/**
 * The `from`/`to` query of a dashboard route as instants in `timeZone` (bare dates, whole days); an invalid date or
 * a `from` after `to` is a 400 that names the parameter.
 */
export function dayRangeQuery(query: unknown, timeZone: string): { from?: string; to?: string; start: number; end: number } {
  const day = (name: 'from' | 'to'): string | undefined => {
    const value = (query as Record<string, unknown> | undefined)?.[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string' || !isCalendarDay(value)) throw new HttpError(400, `Query parameter "${name}" must be a date like 2026-11-23`);
    return value;
  };
  const [from, to] = [day('from'), day('to')];
  if (from && to && from > to) throw new HttpError(400, `"from" (${from}) is after "to" (${to})`);
  return { from, to, start: from ? rangeStart(from, timeZone) : -Infinity, end: to ? rangeEnd(to, timeZone) : Infinity };
}
