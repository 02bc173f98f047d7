import type { DateMention } from '../models/language/analysis';
import { addDays, addMonths, endOfMonth, isoDate, startOfDay, utcDate } from '../models/shared/calendar';
import { MONTH_PATTERN, monthIndex } from './calendar';

/**
 * Dates and durations resolved against a reference day. Written as rules rather than
 * compromise-dates, which takes ~30 ms a sentence and reads "since March" as a future
 * March; a bare month is past when the sentence looks back ("laid off in sept") and
 * future otherwise ("back to work in june").
 */
const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  'a couple of': 2,
  'couple of': 2,
  'a few': 3,
  few: 3,
  several: 3,
};
const COUNT = '(\\d{1,3}|a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const UNIT = '(days?|weeks?|wks?|fortnights?|months?|mths?|years?|yrs?)';
const LOOKS_BACK = /\b(?:since|ago|was|were|got|lost|had|died|passed|laid|been|did|went|left|fired|closed|started|happened)\b/;
const SEASONS: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

type Rule = { pattern: RegExp; resolve: (match: RegExpMatchArray, today: Date, past: boolean) => Omit<DateMention, 'text'> | null };

const range = (start: Date, end?: Date, kind: DateMention['kind'] = 'date'): Omit<DateMention, 'text'> => ({
  start: isoDate(start),
  ...(end ? { end: isoDate(end) } : {}),
  kind,
});

function shift(date: Date, amount: number, unit: string): Date {
  if (unit.startsWith('d')) return addDays(date, amount);
  if (unit.startsWith('w')) return addDays(date, 7 * amount);
  if (unit.startsWith('f')) return addDays(date, 14 * amount);
  if (unit.startsWith('y')) return addMonths(date, 12 * amount);
  return addMonths(date, amount);
}

function monthRange(month: number, today: Date, direction: 'past' | 'future', year?: number): Omit<DateMention, 'text'> {
  const current = today.getUTCMonth();
  let y = year ?? today.getUTCFullYear();
  if (year === undefined && direction === 'past' && month > current) y -= 1;
  if (year === undefined && direction === 'future' && month < current) y += 1;
  return range(new Date(Date.UTC(y, month, 1)), endOfMonth(y, month));
}

const RULES: Rule[] = [
  { pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, resolve: (m) => dateOf(Number(m[1]), Number(m[2]) - 1, Number(m[3])) },
  { pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, resolve: (m) => dateOf(Number(m[3]), Number(m[2]) - 1, Number(m[1])) },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_PATTERN})\\b(?:,? (\\d{4}))?`, 'g'),
    resolve: (m, today, past) => dayOfMonth(Number(m[1]), monthIndex(m[2]), m[3], today, past),
  },
  {
    pattern: new RegExp(`\\b(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`, 'g'),
    resolve: (m, today, past) => dayOfMonth(Number(m[2]), monthIndex(m[1]), m[3], today, past),
  },
  {
    pattern: new RegExp(
      `\\b(since|in|by|until|till|til|from|last|next|this|of|before|after|early|late|mid|end of)[ -](${MONTH_PATTERN})\\b(?: (\\d{4}))?`,
      'g',
    ),
    resolve: (m, today, past) => {
      const direction = /^(?:since|from|last)$/.test(m[1]) ? 'past' : /^(?:by|until|till|til|next)$/.test(m[1]) ? 'future' : past ? 'past' : 'future';
      return monthRange(monthIndex(m[2]), today, direction, m[3] ? Number(m[3]) : undefined);
    },
  },
  {
    pattern: new RegExp(`\\b(?:(in|for|within|after|since)\\s+)?(?:(the next|another|the past|the last)\\s+)?${COUNT}\\s?${UNIT}(\\s+ago)?\\b`, 'g'),
    resolve: (m, today, past) => {
      const amount = /\d/.test(m[3]) ? Number(m[3]) : COUNT_WORDS[m[3]];
      const [, preposition, qualifier, , unit, ago] = m;
      if (ago) return range(shift(today, -amount, unit));
      if (preposition === 'in' || preposition === 'within' || preposition === 'after') return range(shift(today, amount, unit));
      if (preposition === 'since' || /past|last/.test(qualifier ?? '') || (preposition === 'for' && past))
        return range(shift(today, -amount, unit), today, 'duration');
      if (preposition === 'for' || qualifier) return range(today, shift(today, amount, unit), 'duration');
      return null;
    },
  },
  { pattern: /\b(today|tonight|tomorrow|yesterday)\b/g, resolve: (m, today) => range(addDays(today, m[1] === 'tomorrow' ? 1 : m[1] === 'yesterday' ? -1 : 0)) },
  {
    pattern: /\b(next|last|this)\s+(week|month|year)\b/g,
    resolve: (m, today) => {
      const step = m[1] === 'next' ? 1 : m[1] === 'last' ? -1 : 0;
      if (m[2] === 'week') {
        const monday = addDays(today, -((today.getUTCDay() + 6) % 7) + 7 * step);
        return range(monday, addDays(monday, 6));
      }
      if (m[2] === 'month') {
        const first = addMonths(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), step);
        return range(first, endOfMonth(first.getUTCFullYear(), first.getUTCMonth()));
      }
      const year = today.getUTCFullYear() + step;
      return range(new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31)));
    },
  },
  {
    pattern: /\b(?:the )?end of (?:the |this )?(month|year)\b/g,
    resolve: (m, today) =>
      range(m[1] === 'month' ? endOfMonth(today.getUTCFullYear(), today.getUTCMonth()) : new Date(Date.UTC(today.getUTCFullYear(), 11, 31))),
  },
  { pattern: /\bthe new year\b/g, resolve: (_m, today) => range(new Date(Date.UTC(today.getUTCFullYear() + 1, 0, 1))) },
  {
    pattern: /\b(next|last|this|in|the|since|by|until|till)\s+(spring|summer|autumn|fall|winter)\b/g,
    resolve: (m, today, past) => {
      const direction =
        m[1] === 'last' || m[1] === 'since' || (past && m[1] !== 'next' && m[1] !== 'by' && m[1] !== 'until' && m[1] !== 'till') ? 'past' : 'future';
      const first = monthRange(SEASONS[m[2]], today, direction);
      const start = new Date(`${first.start}T00:00:00Z`);
      return range(start, addDays(addMonths(start, 3), -1));
    },
  },
  {
    pattern: /\b(next|last|this|on)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g,
    resolve: (m, today, past) => {
      const target = WEEKDAYS.indexOf(m[2]);
      const back = m[1] === 'last' || (m[1] === 'on' && past);
      const delta = back ? -((today.getUTCDay() - target + 7) % 7 || 7) : (target - today.getUTCDay() + 7) % 7 || 7;
      return range(addDays(today, delta));
    },
  },
];

function dateOf(year: number, month: number, day: number): Omit<DateMention, 'text'> | null {
  const date = utcDate(year, month, day);
  return date ? range(date) : null;
}

function dayOfMonth(day: number, month: number, year: string | undefined, today: Date, past: boolean): Omit<DateMention, 'text'> | null {
  if (year) return dateOf(Number(year), month, day);
  const thisYear = utcDate(today.getUTCFullYear(), month, day);
  if (!thisYear) return null;
  if (past && thisYear > today) return dateOf(today.getUTCFullYear() - 1, month, day);
  if (!past && thisYear < today) return dateOf(today.getUTCFullYear() + 1, month, day);
  return range(thisYear);
}

export function extractDates(normalized: string, today: Date = new Date()): DateMention[] {
  const reference = startOfDay(today);
  const past = LOOKS_BACK.test(normalized);
  const taken: [number, number][] = [];
  const found: (DateMention & { at: number })[] = [];
  for (const rule of RULES) {
    for (const match of normalized.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const resolved = rule.resolve(match, reference, past);
      if (!resolved) continue;
      taken.push([start, end]);
      found.push({ text: match[0], ...resolved, at: start });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...mention }) => mention);
}
