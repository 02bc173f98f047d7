import type { AmountMention, Period } from '../models/language/analysis';
import { NUMBER_WORDS, parseNumberWords } from './numberWords';
import { normalize } from './text';

/**
 * Money amounts with their period. A bare number only counts as money when something
 * says so (a currency, "k", a period, or a money verb before it); "3 months", "2 kids",
 * "80%" and years never do.
 */
const CURRENCY_BEFORE = '(?:[£$€]|rm|usd|gbp|eur|myr|aud|cad|rs\\.?)';
const NUMERAL = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CURRENCY_AFTER = '(?:pounds?|quid|dollars?|bucks|euros?|ringgit|usd|gbp|eur|rm)';
const PERIOD_WORDS: [RegExp, Period][] = [
  [/^(?:a |per |every |each |\/ ?|an? |in an? )?(?:month|mo|mth|calendar month)\b|^(?:monthly|pm|p\/m|pcm|sebulan)\b/, 'month'],
  [/^(?:a |per |every |each |\/ ?)?(?:fortnight)\b|^(?:fortnightly|biweekly|bi-weekly)\b|^every (?:two|2) weeks\b/, 'fortnight'],
  [/^(?:a |per |every |each |\/ ?)?(?:week|wk)\b|^(?:weekly|pw|p\/w)\b/, 'week'],
  [/^(?:a |per |every |each |\/ ?)?(?:year|yr|annum)\b|^(?:yearly|annually|annual|pa|p\/a)\b/, 'year'],
  [/^(?:as a |in a )?(?:one[- ]off|one time|lump sum)\b/, 'once'],
];
const AMOUNT = new RegExp(`(${CURRENCY_BEFORE}\\s?)?(${NUMERAL}|${NUMBER_WORDS})(\\s?(?:k|grand|thousand)\\b)?(\\s?${CURRENCY_AFTER}\\b)?`, 'g');
const NOT_MONEY_AFTER = /^\s?(?:%|percent|per cent|hours?|hrs?|days?|weeks?|months?|years?|yrs?|kids?|children|times|people|companies|am|st|nd|rd|th|x)\b|^%/;
const MONEY_BEFORE =
  /\b(?:pay|paid|afford|earn|earning|earns|make|making|give|offer|manage|income|salary|wage|rent|about|around|roughly|maybe|only|just|from|to|instead of|of|is)\s*$/;
const NOT_MONEY_BEFORE = /\b(?:since|in|on|after|aged?|the)\b[^.,;]{0,12}$/;
/** "hours cut to 20 a week" counts hours, not money. */
const HOURS_BEFORE = /\b(?:hours?|hrs|days|shifts)\b[^.,;]{0,12}$/;
const MONEY_AFTER = /^\s?(?:income|salary|wages?|rent|pay|payments?)\b/;
const YEAR_BEFORE = /\b(?:in|since|from|until|till|by|before|after|year|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s*$/;
const ZERO =
  /\b(?:can'?t|cannot|unable to|not able to)\s+(?:pay|afford|give)\s+(?:anything|nothing|a (?:penny|cent|thing))\b|\b(?:pay|paying|earn|earning|make|making|can pay|got)\s+nothing\b|\bnothing at all\b|\bzero (?:income|money)\b/;
const ZERO_ANSWER = /^(?:nothing|none|zero|nil|nada|0)\W*$/;

function periodAt(rest: string): { period: Period; length: number } | null {
  const trimmed = rest.replace(/^[\s,]+/, '');
  for (const [pattern, period] of PERIOD_WORDS) {
    const match = pattern.exec(trimmed);
    if (match) return { period, length: rest.length - trimmed.length + match[0].length };
  }
  return null;
}

/** A period stated before the amount ("paid fortnightly, about 900"). */
function periodBefore(before: string): Period | null {
  const match = /(?<!\d\s?)\b(monthly|weekly|fortnightly|biweekly|yearly|annually|one[- ]off|one time|lump sum)\b[^.;]{0,25}$/.exec(before);
  if (!match) return null;
  return periodAt(match[1])?.period ?? null;
}

export interface MoneyOptions {
  /** Short answers to "how much?": any number counts, not only clearly monetary ones. */
  lenient: boolean;
}

export function extractAmounts(text: string, options: MoneyOptions = { lenient: false }): AmountMention[] {
  const normalized = normalize(text);
  const amounts: AmountMention[] = [];
  const zero = ZERO.exec(normalized);
  if (zero) amounts.push({ value: 0, period: null, text: zero[0] });
  else if (ZERO_ANSWER.test(normalized)) amounts.push({ value: 0, period: null, text: normalized });
  for (const match of normalized.matchAll(AMOUNT)) {
    const [whole, currency, number, multiplier, currencyAfter] = match;
    const start = match.index ?? 0;
    const before = normalized.slice(Math.max(0, start - 40), start);
    const after = normalized.slice(start + whole.length, start + whole.length + 40);
    const isWords = !/\d/.test(number);
    if (/[\w./-]$/.test(before) || /^[\w/-]*\d/.test(after) || (isWords && /^\w/.test(after))) continue; // inside a date, code or word
    let value = isWords ? parseNumberWords(number) : Number(number.replace(/,/g, ''));
    if (value === null || !Number.isFinite(value)) continue;
    if (multiplier) value *= 1000;
    const period = periodAt(after);
    const marked = Boolean(currency || currencyAfter || multiplier);
    if (!marked && NOT_MONEY_AFTER.test(after)) continue;
    const wholeAnswer = whole.trim() === normalized.replace(/\W+$/, '');
    const isYear = !marked && !period && value >= 1900 && value <= 2100 && !/,/.test(number) && YEAR_BEFORE.test(before);
    if (!marked && HOURS_BEFORE.test(before)) continue;
    const cued =
      marked || period !== null || wholeAnswer || MONEY_AFTER.test(after) || (MONEY_BEFORE.test(before) && !NOT_MONEY_BEFORE.test(before) && !isYear);
    if (!cued && !(options.lenient && !isYear)) continue;
    if (!marked && NOT_MONEY_BEFORE.test(before) && !period) continue;
    if (isWords && value === 0) continue;
    amounts.push({
      value: Math.round(value * 100) / 100,
      period: period?.period ?? periodBefore(before),
      text: (whole + (period ? after.slice(0, period.length) : '')).trim(),
    });
  }
  return amounts;
}

/** The first amount in a short answer such as "about 2k a month", "1,200" or "nothing". */
export function parseMoney(text: string): { value: number; period: Period | null } | null {
  const [first] = extractAmounts(text, { lenient: true });
  return first ? { value: first.value, period: first.period } : null;
}
