import type { AmountMention, Period } from '../models/language/analysis';
import { NUMBER_WORDS, parseNumberWords } from './numberWords';
import { localizeNumbers } from './localNumbers';
import { normalize } from './text';

/**
 * Money amounts with their period. A bare number only counts as money when something
 * says so (a currency, "k", a period, or a money verb before it); "3 months", "2 kids",
 * "80%" and years never do.
 */
const CURRENCY_BEFORE = '(?:[£$€₹]|rm|usd|gbp|eur|myr|aud|cad|inr|rs\\.?)';
// Indian grouping (1,20,000) before Western (120,000), so neither is cut at its first comma.
const NUMERAL = '\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CURRENCY_AFTER = '(?:pounds?|quid|dollars?|bucks|euros?|ringgit|rupees?|rupaye|rupaiye|rupaya|rupiya|rupay|usd|gbp|eur|inr|rs|rm)';
const MULTIPLIER = '(?:k|grand|thousand|lakhs?|lacs?|l|crores?|cr|lpa|million|mil|juta)';
/** LPA is lakhs per annum, the way Indian salaries are quoted. */
const MULTIPLIERS: [RegExp, number][] = [
  [/^(?:lakhs?|lacs?|l|lpa)$/, 100_000],
  [/^(?:crores?|cr)$/, 10_000_000],
  [/^(?:k|grand|thousand)$/, 1_000],
  [/^(?:million|mil|juta)$/, 1_000_000],
];
function multiplierOf(word: string): number {
  return MULTIPLIERS.find(([pattern]) => pattern.test(word.trim()))?.[1] ?? 1;
}
const PERIOD_WORDS: [RegExp, Period][] = [
  [/^(?:a |per |every |each |\/ ?|an? |in an? )?(?:month|mo|mth|calendar month)\b|^(?:monthly|pm|p\/m|pcm|sebulan)\b|^p\.m\b/, 'month'],
  [/^(?:a |per |every |each |\/ ?)?(?:fortnight)\b|^(?:fortnightly|biweekly|bi-weekly)\b|^every (?:two|2) weeks\b/, 'fortnight'],
  [/^(?:a |per |every |each |\/ ?)?(?:week|wk)\b|^(?:weekly|pw|p\/w)\b/, 'week'],
  [/^(?:a |per |every |each |\/ ?)?(?:year|yr|annum)\b|^(?:yearly|annually|annual|pa|p\/a)\b/, 'year'],
  [/^(?:as a |in a )?(?:one[- ]off|one time|lump sum)\b/, 'once'],
  // Hinglish and Malay: "18 hazaar mahina", "har mahine", "sebulan", "setahun", "ek baar", "sekali gus".
  [
    /^(?:har |per |ek |is |every |a )?(?:mahina|mahine|maheena|mahiney|mahinay|mahena|mahene)\b|^(?:setiap|tiap|tiap-tiap|per|satu|a) bulan\b|^(?:bulanan|sebln)\b/,
    'month',
  ],
  [/^(?:har |per |ek )?(?:hafta|hafte|hafton)\b|^(?:seminggu|mingguan)\b|^(?:setiap|tiap|per) minggu\b/, 'week'],
  [/^(?:har |per |ek |is )?(?:saal|sal)\b|^(?:salana|saalana|setahun|tahunan)\b|^(?:setiap|tiap|per) tahun\b/, 'year'],
  [/^(?:ek (?:hi )?baar|ekmusht|ek sath|ek saath|sekali(?: gus| bayar| sahaja)?|sekaligus)\b/, 'once'],
];
const AMOUNT = new RegExp(`(${CURRENCY_BEFORE}\\s?)?(${NUMERAL}|${NUMBER_WORDS})(\\s?${MULTIPLIER}\\b)?(\\s?${CURRENCY_AFTER}\\b)?`, 'g');
/** "one income", "two jobs": a count of incomes, not an amount. */
const COUNTED_AFTER = /^\s?(?:incomes?|salar(?:y|ies)|jobs?|wages?|earners?)\b/;
const NOT_MONEY_AFTER =
  /^\s?(?:%|percent|per cent|hours?|hrs?|days?|weeks?|months?|years?|yrs?|kids?|children|times|people|companies|am|st|nd|rd|th|x)\b|^%|^\s?(?:mahine|mahina|mahino|mahinon|saal|saalon|sal|hafte|hafton|din|bachche|bacche|bachhe|log|bulan|tahun|minggu|hari|orang|anak|kali|jam|ghante)\b(?! (?:ka|ki|ke)\b)/;
const MONEY_BEFORE =
  /\b(?:pay|paid|afford|earn|earning|earns|make|making|give|offer|manage|income|salary|wage|rent|about|around|roughly|maybe|only|just|from|to|instead of|of|is|tankhwah|tankha|tanakh|kamai|kiraya|kiraaya|lagbhag|takriban|kareeb|qareeb|gaji|sewa|pendapatan|sekitar|lebih kurang|bayar|byr|dapat|cuma|hanya)\s*$/;
const NOT_MONEY_BEFORE = /\b(?:since|in|on|after|aged?|the)\b[^.,;]{0,12}$/;
/** "hours cut to 20 a week" counts hours, not money. */
const HOURS_BEFORE = /\b(?:hours?|hrs|days|shifts)\b[^.,;]{0,12}$/;
const MONEY_AFTER = /^\s?(?:income|salary|wages?|rent|pay|payments?)\b/;
/** "the rent is 19000": a money word just before outweighs the "the" that usually starts a date ("the 19th"). */
const MONEY_NOUN_BEFORE =
  /\b(?:rent|salary|income|wages?|emi|bills?|pay|loans?|mortgage)\s+(?:is|was|are|were|of|comes to|come to)?\s*(?:now|actually|about|around|roughly|only|just)?\s*$/;
const YEAR_BEFORE = /\b(?:in|since|from|until|till|by|before|after|year|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s*$/;
const ZERO =
  /\b(?:can'?t|cannot|unable to|not able to)\s+(?:pay|afford|give)\s+(?:anything|nothing|a (?:penny|cent|thing))\b|\b(?:pay|paying|earn|earning|make|making|can pay|got)\s+nothing\b|\bnothing at all\b|\bzero (?:income|money)\b/;
// "no" answers "do you pay any other loans?"; the budget questions are all how-much questions.
const ZERO_ANSWER = /^(?:nothing|none|zero|nil|nada|0|no|nope|nah|nahi|nhi|koi nahi|tiada|takde|tak ada|no loans?|no other loans?)\W*$/;

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
  const match =
    /(?<!\d\s?)\b(monthly|weekly|fortnightly|biweekly|yearly|annually|one[- ]off|one time|lump sum|har mahine|har mahina|sebulan|setiap bulan|tiap bulan|per bulan|bulanan|salana|setahun|har saal|har hafte|seminggu|mingguan|ek baar|sekali)\b[^.;]{0,25}$/.exec(
      before,
    );
  if (!match) return null;
  return periodAt(match[1])?.period ?? null;
}

export interface MoneyOptions {
  /** Short answers to "how much?": any number counts, not only clearly monetary ones. */
  lenient: boolean;
}

export function extractAmounts(text: string, options: MoneyOptions = { lenient: false }): AmountMention[] {
  const normalized = localizeNumbers(normalize(text));
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
    if (isWords && COUNTED_AFTER.test(after)) continue;
    if (multiplier) value *= multiplierOf(multiplier);
    const period = periodAt(after) ?? (multiplier?.trim() === 'lpa' ? { period: 'year' as const, length: 0 } : null);
    const marked = Boolean(currency || currencyAfter || multiplier);
    if (!marked && NOT_MONEY_AFTER.test(after)) continue;
    const wholeAnswer = whole.trim() === normalized.replace(/\W+$/, '');
    const isYear = !marked && !period && value >= 1900 && value <= 2100 && !/,/.test(number) && YEAR_BEFORE.test(before);
    if (!marked && HOURS_BEFORE.test(before)) continue;
    const cued =
      marked ||
      period !== null ||
      wholeAnswer ||
      MONEY_AFTER.test(after) ||
      (MONEY_BEFORE.test(before) && (!NOT_MONEY_BEFORE.test(before) || MONEY_NOUN_BEFORE.test(before)) && !isYear);
    if (!cued && !(options.lenient && !isYear)) continue;
    if (!marked && NOT_MONEY_BEFORE.test(before) && !period && !MONEY_NOUN_BEFORE.test(before)) continue;
    if (isWords && value === 0) continue;
    amounts.push({
      value: Math.round(value * 100) / 100,
      period: period?.period ?? periodBefore(before),
      text: (whole + (period ? after.slice(0, period.length) : '')).trim(),
    });
  }
  return amounts;
}

const CORRECTION = /\b(?:no wait|wait|sorry|i mean|actually|correction|no no|make it|rather|nahi)\b/;
/** "15-16k", "15 or 16 thousand", "between 20000 and 25000": the lower end borrows the upper's multiplier. */
const RANGE = new RegExp(`(?<![\\d,.])(${NUMERAL})\\s?(?:-|–|to|or|and)\\s?(?=(?:${CURRENCY_BEFORE}\\s?)?(?:${NUMERAL})(?:\\s?${MULTIPLIER}\\b)?)`);

export interface ParsedMoney {
  value: number;
  period: Period | null;
  /** The upper end when the borrower gave a range; value is then the lower end. */
  high?: number;
}

/**
 * The amount in a short answer such as "about 2k a month", "1,20,000" or "nothing".
 * A correction ("15000 no wait 20000") keeps the last figure; a range keeps both ends.
 */
export function parseMoney(text: string): ParsedMoney | null {
  const normalized = localizeNumbers(normalize(text));
  const range = RANGE.exec(normalized);
  const upper = range && extractAmounts(normalized.slice(range.index + range[0].length), { lenient: true })[0];
  if (range && upper) {
    const upperNumeral = Number((/[\d.,]+/.exec(upper.text)?.[0] ?? '1').replace(/,/g, ''));
    const own = Number(range[1].replace(/,/g, ''));
    const low = own <= upperNumeral ? own * (upper.value / upperNumeral) : own;
    if (low <= upper.value) return { value: Math.round(low * 100) / 100, period: upper.period, high: upper.value };
  }
  const amounts = extractAmounts(text, { lenient: true });
  if (amounts.length === 0) return null;
  const chosen = amounts.length > 1 && CORRECTION.test(normalized) ? amounts[amounts.length - 1] : amounts[0];
  return { value: chosen.value, period: chosen.period };
}

/**
 * Every money mention in a message, as the borrower meant it: a range ("15-16k pm") is one
 * amount at its lower end, and a correction ("15000 no wait 20000") keeps only the last
 * figure, so a budget is never built on a number the borrower took back or on the top of
 * a guess.
 */
export function amountsAsMeant(text: string): AmountMention[] {
  const normalized = localizeNumbers(normalize(text));
  const amounts = extractAmounts(text);
  const range = RANGE.exec(normalized);
  const parsed = range ? parseMoney(text) : null;
  if (range && parsed?.high !== undefined) {
    const ends = new Set([parsed.high, parsed.value, Number(range[1].replace(/,/g, ''))]);
    const rest = amounts.filter((a) => !ends.has(a.value));
    return [{ value: parsed.value, period: parsed.period, text: normalized.slice(range.index).trim() }, ...rest];
  }
  if (amounts.length > 1 && CORRECTION.test(normalized)) return [amounts[amounts.length - 1]];
  return amounts;
}
