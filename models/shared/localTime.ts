/**
 * Wall-clock time in a given IANA zone ("Asia/Kolkata"), for rules written in
 * local hours (contact windows, agent hours). Intl does the zone arithmetic,
 * so daylight saving in the UK and US is handled without a table of our own;
 * the offset is cached per quarter hour, which is how finely zones change.
 */
export interface LocalTime {
  /** YYYY-MM-DD in the zone: the day a daily cap counts against. */
  date: string;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

const QUARTER = 15 * 60_000;
const formats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Minutes the zone is ahead of UTC at `at` (330 for India). */
export function utcOffsetMinutes(at: Date, timeZone: string): number {
  const bucket = Math.floor(at.getTime() / QUARTER);
  const key = `${timeZone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const probe = new Date(bucket * QUARTER);
    const p = Object.fromEntries(
      formatFor(timeZone)
        .formatToParts(probe)
        .map((part) => [part.type, Number(part.value)]),
    );
    offset = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - probe.getTime()) / 60_000);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const local = new Date(at.getTime() + utcOffsetMinutes(at, timeZone) * 60_000);
  return { date: local.toISOString().slice(0, 10), hour: local.getUTCHours(), minute: local.getUTCMinutes(), weekday: local.getUTCDay() };
}

/** Minutes since local midnight. */
export function minuteOfDay(at: Date, timeZone: string): number {
  const t = localTime(at, timeZone);
  return t.hour * 60 + t.minute;
}
