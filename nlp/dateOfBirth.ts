import { isoDate, utcDate } from '../models/shared/calendar';
import { MONTH_PATTERN, monthIndex } from './calendar';
import { normalize } from './text';

/**
 * Date of birth from a short answer, day first as written in the UK and Malaysia
 * ("12/03/1985" is 12 March). Impossible or implausible dates give null.
 */
const NUMERIC_DMY = /\b(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})\b/;
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_PATTERN})\\.?,? (\\d{4})\\b`);
const MONTH_DAY = new RegExp(`\\b(${MONTH_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`);
const MAX_AGE = 120;

function fullYear(year: string, today: Date): number {
  if (year.length === 4) return Number(year);
  const short = Number(year);
  const century = short > today.getFullYear() % 100 ? 1900 : 2000;
  return century + short;
}

export function parseDateOfBirth(text: string, today: Date = new Date()): string | null {
  const answer = normalize(text).slice(0, 200);
  let parts: [number, number, number] | null = null;
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(answer))) parts = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  else if ((match = NUMERIC_DMY.exec(answer))) parts = [fullYear(match[3], today), Number(match[2]) - 1, Number(match[1])];
  else if ((match = DAY_MONTH.exec(answer))) parts = [Number(match[3]), monthIndex(match[2]), Number(match[1])];
  else if ((match = MONTH_DAY.exec(answer))) parts = [Number(match[3]), monthIndex(match[1]), Number(match[2])];
  if (!parts) return null;
  const date = utcDate(...parts);
  if (!date || date.getTime() > today.getTime() || today.getFullYear() - parts[0] > MAX_AGE) return null;
  return isoDate(date);
}
