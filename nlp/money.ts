import type { AmountMention } from '../models/language/analysis';
import { NUMBER_WORDS, parseNumberWords } from './numberWords';
import { localizeNumbers } from './localNumbers';
import { periodAt, periodBefore } from './moneyPeriods';
import { normalize } from './text';

/**
 * Money amounts with their period, each where it stands in the message. A bare number only
 * counts as money when something says so (a currency, "k", a period, a money word before or
 * after it, or being a four-figure sum); "3 months", "2 kids", "80%", "at 5 pm", "24/7", years,
 * phone numbers and loan numbers never do.
 */
export const CURRENCY_BEFORE = '(?:[£$€₹]|rm|usd|gbp|eur|myr|aud|cad|inr|rs\\.?)';
// Indian grouping (1,20,000) before Western (120,000), so neither is cut at its first comma.
export const NUMERAL = '\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CURRENCY_AFTER = '(?:pounds?|quid|dollars?|bucks|euros?|ringgit|rupees?|rupaye|rupaiye|rupaya|rupiya|rupay|rupiah|rps|usd|gbp|eur|inr|myr|rs|rm|\\/-)';
export const MULTIPLIER = '(?:k|grand|thousands?|thou|lakhs?|laakh|lacs?|lakh|lkh|lk|l|crores?|cr|karod|karor|lpa|million|mil|juta)';
/** LPA is lakhs per annum, the way Indian salaries are quoted. */
const MULTIPLIERS: [RegExp, number][] = [
  [/^(?:lakhs?|laakh|lacs?|lkh|lk|l|lpa)$/, 100_000],
  [/^(?:crores?|cr|karod|karor)$/, 10_000_000],
  [/^(?:k|grand|thousands?|thou)$/, 1_000],
  [/^(?:million|mil|juta)$/, 1_000_000],
];
export function multiplierOf(word: string): number {
  return MULTIPLIERS.find(([pattern]) => pattern.test(word.trim()))?.[1] ?? 1;
}
const AMOUNT = new RegExp(`(${CURRENCY_BEFORE}\\s?)?(${NUMERAL}|${NUMBER_WORDS})(\\s?${MULTIPLIER}\\b)?(\\s?${CURRENCY_AFTER}(?=\\W|$))?`, 'g');
/** "one income", "two jobs": a count of incomes, not an amount. */
const COUNTED_AFTER = /^\s?(?:incomes?|salar(?:y|ies)|jobs?|wages?|earners?|loans?|emis?|cards?)\b/;
/** Counts and measures whatever the size. */
const COUNT_AFTER =
  /^\s?(?:%|percent|per cent|hours?|hrs?|kids?|children|times|people|persons|staff|workers|employees|companies|am|st|nd|rd|th|x|kg|km|sq ?ft|bachche|bacche|bachhe|log|logon|orang|anak|kali|jam|ghante|baje|pekerja|peratus|cibil|ctos|ccris|score|skor|persen|pratishat|customers|clients|students|tareekh|tarikh|tarik|tareek|tarik|hb|haribulan|date)\b|^%/;
/** "salary 7 ko aati hai", "5 tak": a day of the month. */
const DAY_OF_MONTH_AFTER = /^\s?(?:ko|tak|se)\b/;
/** Durations: "3 months", "2 mahine se"; a figure of 100 or more before "mahina" is money ("15000 mahina"). */
const DURATION_AFTER =
  /^\s?(?:days?|weeks?|months?|mnths?|years?|yrs?|mahine|mahina|mahino|mahinon|saal|saalon|sal|hafte|hafton|din|bulan|tahun|minggu|hari)\b(?! (?:ka|ki|ke)\b)/;
const MONEY_BEFORE =
  /\b(?:pay|paid|afford|earn|earning|earns|make|making|give|offer|manage|income|salary|wage|rent|bill|bills|emi|about|around|roughly|approx|approximately|nearly|almost|maybe|only|just|instead of|upto|up to|max|maximum|minimum|at least|atleast|less than|more than|tankhwah|tankha|tanakh|kamai|kiraya|kiraaya|lagbhag|takriban|kareeb|karib|qareeb|sirf|bas|kewal|gaji|sewa|pendapatan|sekitar|lebih kurang|kira-kira|dalam|bayar|byr|dapat|cuma|hanya|mampu|tinggal)\s*$/;
/** "charged me 590", "a fine of 1500": what the lender or a bill took. */
const CHARGED_BEFORE =
  /\b(?:charged?|charges|charging|fined?|penalty|fees?|cost|costs|costing|spent|spend|spending|kharcha|kharch|kata|kaat|kaata)\b(?:\s+(?:me|us|of|only|about|around))?\s*$/;
/** "500 badha diya", "3000 zyada": a rise or fall in a sum (a count this large is rare). */
const CHANGED_AFTER = /^\s?(?:badha\w*|badh gay\w*|badhi|kam ho\w*|kam kar\w*|zyada|jyada|extra|more|less|naik|turun|increase\w*|hike\w*)\b/;
/** "salary meri 25000", "gaji saya 3000": the money word with a word or two between. */
const MONEY_NOUN_NEAR = /\b(?:salary|income|tankhwah|tankha|kamai|gaji|pendapatan|rent|kiraya|sewa|emi|ansuran|bill)\s+(?:[a-z']+\s+){1,2}$/;
/** Words that say "money" only for sums large enough not to be a count ("ab 12000", "sekarang 1800"). */
const WEAK_BEFORE =
  /\b(?:from|to|of|is|are|now|ab|abhi|sekarang|skrg|earlier|pehle|dulu|was|were|be|been|tha|thi|the|get|gets|getting|got|receive|jadi|only|hi)\s*$/;
const NOT_MONEY_BEFORE =
  /\b(?:since|in|on|after|aged?|at|by|till|until|before|room|flat|house|unit|block|sector|plot|route|bus|train|pin|pincode|poskod)\b[^.,;]{0,12}$/;
/** "the 19th", "the 5": "the" starts a day of the month, but "the 12000 we were paying" is a sum. */
const THE_BEFORE = /\bthe\b[^.,;]{0,12}$/;
/** "sorry I mean 60": the figure a correction gives. */
const CORRECTED_BEFORE = /\b(?:i mean|i meant|sorry|no wait|wait|actually|make it|matlab|silap|salah|nahi nahi)\W*$/;
/** "LN 90001", "account no 1234": references, not sums. */
const REFERENCE_BEFORE =
  /\b(?:account|acct|a\/c|ac|id|no\s*[.:#]|number|num|ref|reference|case|customer|policy|otp|code|ticket|order|ln|invoice|pin|member|staff|akaun|rujukan|nombor|khata)\s*(?:no\.?|number|num|id|#)?\s*(?:is|saya|my|mera|meri|ka|ki|hai)?\s*[:#]?\s*$/;
/** "CIBIL score dropped to 620", "sugar is 180": a measure, not a sum. */
const MEASURE_BEFORE =
  /\b(?:score|skor|ctos|ccris|cibil|marks|rank|percentage|class|standard|grade|age|version|level|weight|height|temperature|fever|sugar|bp|oxygen)\b[^.,;\d]{0,20}$/;
/** "loan 2", "EMI no 3": which loan or instalment, not how much. */
const ORDINAL_BEFORE = /\b(?:loans?|emis?|instal?ments?|cards?)\s*(?:no\.?|number|#)?\s*$/;
/** "hours cut to 20 a week" counts hours, not money. */
const HOURS_BEFORE = /\b(?:hours?|hrs|days|shifts)\b[^.,;\d]{0,20}(?:from \d+ to )?$/;
const MONEY_AFTER =
  /^\s?(?:income|salary|wages?|rent|pay|payments?|emi|only|je|sahaja|saja|de sakta|de sakti|de sakte|de dunga|de dungi|de paunga|dunga|dungi|bhar sakta|bhar sakti|milte|milta|milti|mil rahe|mil raha|aate|aata|aati|kamata|kamati|kamate|baaki|baki|bacha|bache|ka loan|ki emi|ki salary|ka kiraya|ka rent|ka bill|lag jata|lag jaata|lagta|lagte|lag gaye|lagenge|lagega|kharch|tak|boleh|can|max|maximum|tinggal|lagi|bayar)\b/;
/** "the rent is 19000": a money word just before outweighs the "the" that usually starts a date ("the 19th"). */
const MONEY_NOUN_BEFORE =
  /\b(?:rent|salary|income|wages?|emi|bills?|pay|loans?|mortgage|outstanding|balance|total|dues?)\s+(?:is|was|are|were|of|comes to|come to|came to)?\s*(?:now|actually|about|around|roughly|only|just)?\s*$/;
const YEAR_BEFORE = /\b(?:in|since|from|until|till|by|before|after|year|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s*$/;
/** "at 5 pm", "5:30", "by 6pm": a clock time, not a monthly sum. */
const CLOCK_PERIOD = /^\s?(?:p\.?m|a\.?m)\b/;
const ZERO =
  /\b(?:can'?t|cannot|unable to|not able to)\s+(?:pay|afford|give)\s+(?:anything|nothing|a (?:penny|cent|thing))\b|\b(?:pay|paying|earn|earning|make|making|can pay|got)\s+nothing\b|\bnothing at all\b|\bzero (?:income|money)\b|^0 (?:hai|h|he|ada)\b|\b(?:income|salary|kamai|gaji|pendapatan) (?:is |abhi |sekarang )?(?:zero|0)\b(?! ?[.,]?\d)/;
// "no" answers "do you pay any other loans?"; the budget questions are all how-much questions.
const ZERO_ANSWER = /^(?:nothing|none|zero|nil|nada|0|no|nope|nah|nahi|nhi|kuch nahi|koi nahi|tiada|takde|tak ada|no loans?|no other loans?)\W*$/;
/** Phone numbers: ten or more digits, however spaced; never money. */
const PHONE = /(?<![\d,.])\+?\d(?:[\s-]?\d){9,}(?![\d,.])/g;

export interface MoneyOptions {
  /** Short answers to "how much?": any number counts, not only clearly monetary ones. */
  lenient: boolean;
}

/** An amount and where it was read, so ranges and corrections can be told from separate sums. */
export interface PlacedAmount extends AmountMention {
  start: number;
  end: number;
}

/** The text the money rules read: folded, lower-cased, local figures as digits, phone numbers blanked. */
export function moneyText(text: string): string {
  return localizeNumbers(normalize(text)).replace(PHONE, (phone) => '#'.repeat(phone.length));
}

function isYearShaped(number: string, value: number): boolean {
  return !/,/.test(number) && Number.isInteger(value) && value >= 1950 && value <= 2039;
}

/** Every amount in already-prepared text (moneyText), with its place. */
export function placeAmounts(prepared: string, options: MoneyOptions = { lenient: false }): PlacedAmount[] {
  const amounts: PlacedAmount[] = [];
  const zero = ZERO.exec(prepared);
  if (zero) amounts.push({ value: 0, period: null, text: zero[0], start: zero.index, end: zero.index + zero[0].length });
  else if (ZERO_ANSWER.test(prepared)) amounts.push({ value: 0, period: null, text: prepared, start: 0, end: prepared.length });
  const words = prepared.split(' ').length;
  for (const match of prepared.matchAll(AMOUNT)) {
    const [whole, currency, number, multiplier, currencyAfter] = match;
    const start = match.index ?? 0;
    // A bare "0" answer is already the zero above.
    if (amounts.some((a) => start >= a.start && start < a.end)) continue;
    const before = prepared.slice(Math.max(0, start - 40), start);
    const after = prepared.slice(start + whole.length, start + whole.length + 40);
    const isWords = !/\d/.test(number);
    if (/[\w./:#+-]$/.test(before) || /^[\w/:-]*\d/.test(after) || /^[.,]\d/.test(after) || (isWords && /^\w/.test(after))) continue; // inside a date, time, code or word
    let value = isWords ? parseNumberWords(number) : Number(number.replace(/,/g, ''));
    if (value === null || !Number.isFinite(value)) continue;
    if (!multiplier && (isWords || (value > 0 && value < 100)) && COUNTED_AFTER.test(after)) continue;
    if (multiplier) value *= multiplierOf(multiplier);
    const marked = Boolean(currency || currencyAfter || multiplier);
    const stated = periodAt(after);
    const period = stated ?? (multiplier?.trim() === 'lpa' ? { period: 'year' as const, length: 0 } : null);
    if (!marked && COUNT_AFTER.test(after)) continue;
    // "just one thing": a number word before another word counts that word, unless the word is money.
    if (isWords && !marked && !period && /^\s[a-z]/.test(after) && !MONEY_AFTER.test(after)) continue;
    if (!marked && value < 100 && DURATION_AFTER.test(after)) continue;
    if (!marked && value <= 31 && DAY_OF_MONTH_AFTER.test(after)) continue;
    if (!marked && value <= 12 && CLOCK_PERIOD.test(after)) continue;
    if (!marked && (REFERENCE_BEFORE.test(before) || MEASURE_BEFORE.test(before) || (value < 100 && ORDINAL_BEFORE.test(before)))) continue;
    const notMoneyBefore = NOT_MONEY_BEFORE.test(before) || (THE_BEFORE.test(before) && (value <= 31 || isYearShaped(number, value)));
    const wholeAnswer = whole.trim() === prepared.replace(/\W+$/, '');
    const isYear = !marked && !period && isYearShaped(number, value) && YEAR_BEFORE.test(before);
    if (!marked && HOURS_BEFORE.test(before)) continue;
    const large = !isWords && value >= 100;
    // "2000" in a sentence is more often rupees or ringgit than the year; "2019" is a year.
    const yearShaped = isYearShaped(number, value) && value % 100 !== 0;
    const cued =
      marked ||
      period !== null ||
      wholeAnswer ||
      MONEY_AFTER.test(after) ||
      ((MONEY_BEFORE.test(before) || MONEY_NOUN_NEAR.test(before)) && (!notMoneyBefore || MONEY_NOUN_BEFORE.test(before)) && !isYear) ||
      CORRECTED_BEFORE.test(before) ||
      (large && !isYear && (CHARGED_BEFORE.test(before) || CHANGED_AFTER.test(after))) ||
      (large && !notMoneyBefore && ((WEAK_BEFORE.test(before) && !isYear) || ((words <= 4 || value >= 1_000) && !yearShaped)));
    if (!cued && !(options.lenient && !isYear)) continue;
    if (!marked && notMoneyBefore && !period && !MONEY_NOUN_BEFORE.test(before)) continue;
    if (isWords && value === 0) continue;
    const end = start + whole.length + (period ? period.length : 0);
    amounts.push({
      value: Math.round(value * 100) / 100,
      period: period?.period ?? periodBefore(before),
      text: prepared.slice(start, end).trim(),
      start,
      end,
    });
  }
  return amounts;
}

export function extractAmounts(text: string, options: MoneyOptions = { lenient: false }): AmountMention[] {
  return placeAmounts(moneyText(text), options).map(({ value, period, text: words }) => ({ value, period, text: words }));
}
