import type { AmountMention } from '../models/language/analysis';
import { CURRENCY_BEFORE, MULTIPLIER, NUMERAL, moneyText, multiplierOf, placeAmounts, type PlacedAmount } from './money';

/**
 * The amounts a borrower meant, from the amounts they wrote (nlp/money.ts):
 * - a range or "X or Y" ("15-16k", "15 to 16 thousand", "RM1500-RM2000", "antara 1500 hingga 2000",
 *   "15 ya 16 hazaar") is one amount at its lower end that keeps its upper end;
 * - a correction ("15000 no wait 20000", "nahi nahi 20 hazaar", "eh silap, 2000", "sorry 20k not 15k")
 *   keeps the figure the borrower settled on, with the period the first one had if the second has none;
 * - a change ("went from 15k to 20k", "25 hazaar se 15 hazaar ho gayi") keeps both figures.
 */
const RANGE = new RegExp(
  `(?<![\\d,.])(${CURRENCY_BEFORE}\\s?)?(${NUMERAL})(\\s?${MULTIPLIER}\\b)?\\s?(-|–|—|~|to|or|and|ya|atau|hingga|sehingga|sampai|se)\\s?(?=(?:${CURRENCY_BEFORE}\\s?)?\\d)`,
  'g',
);
/** "and" joins the ends of a range only after "between". */
const BETWEEN = /\b(?:between|antara|beech|bich)\s*$/;
/** "went from 15k to 20k", "cut from 30000 to 18000": the figures before and after a change. */
const CHANGE_BEFORE =
  /\b(?:went|gone|go|goes|increased?|decreased?|dropped?|fell|rose|jumped|reduced|cut|raised|hiked|changed?|moved|slashed|halved|came|come|up|down|naik|turun)\b[^.;\d]{0,20}\bfrom\s*$/;
const CHANGE_AFTER = /^[^.;\d]{0,12}\b(?:ho gay\w*|ho gai\w*|hua|hui|kar di\w*|reh gay\w*|reh gai\w*|rah gay\w*|rah gai\w*|par aa\w*|pe aa\w*)/;
const EITHER = /^(?:or|ya|atau)$/;

/** Words between two figures that take the first back, when nothing else stands between them. */
const CORRECTION =
  /\b(?:no wait|wait|sorry|sry|i mean|i meant|actually|correction|no|make it|rather|oops|typo|my bad|scratch that|nahi|nhi|nahin|matlab|galti|galat|maaf|arre|eh|silap|salah|maksud|bukan)\b/;
const CORRECTION_WORDS =
  /\b(?:no|wait|sorry|sry|i|mean|meant|actually|correction|make|it|its|it's|is|rather|oops|typo|my|bad|scratch|that|the|figure|amount|number|to|say|typed?|wrote|nahi|nhi|nahin|matlab|mera|galti|galat|se|likha|likh|diya|maaf|karo|kijiye|arre|eh|silap|salah|maksud|saya|aku|bukan|sir|madam|ji|bro|lah|la|ok|okay|haan|yes|sahi|correct|right|hai|hoga|tha|hi|toh|sebenarnya)\b/g;
/** "20k not 15k", "2000 bukan 1500": the figure after the negation is the one taken back. */
const NOT_NEXT = /^\W*(?:not|bukan|na ki|nahi ki)\W*$/;
/** "not 15k but 20k", "bukan 1500, 2000": the figure after "not" is taken back. */
const NOT_BEFORE = /\b(?:not|bukan)\s*$/;
const NOT_THEN = /^\W*(?:but|tapi|par|cuma|only)?\W*$/;
const LONGEST_CORRECTION_GAP = 40;

export interface MeantAmount extends PlacedAmount {
  high?: number;
}

function rangeAt(prepared: string, match: RegExpExecArray): MeantAmount | null {
  const [lead, , numeral, ownMultiplier, separator] = match;
  const start = match.index;
  const rest = prepared.slice(start + lead.length);
  const upper = placeAmounts(rest, { lenient: true })[0];
  if (!upper || upper.start !== 0 || upper.value === 0) return null;
  const before = prepared.slice(Math.max(0, start - 40), start);
  const after = rest.slice(upper.end);
  if (separator === 'and' && !BETWEEN.test(before)) return null;
  if (separator === 'to' && CHANGE_BEFORE.test(before)) return null;
  if (separator === 'se' && CHANGE_AFTER.test(after)) return null;
  const own = Number(numeral.replace(/,/g, ''));
  const upperNumeral = Number((/[\d.,]+/.exec(upper.text)?.[0] ?? '1').replace(/,/g, ''));
  let low = ownMultiplier ? own * multiplierOf(ownMultiplier) : own <= upperNumeral ? own * (upper.value / upperNumeral) : own;
  let high = upper.value;
  if (EITHER.test(separator) && low > high) [low, high] = [high, low];
  if (low > high || low === high) return null;
  const end = start + lead.length + upper.end;
  return { value: Math.round(low * 100) / 100, high, period: upper.period, text: prepared.slice(start, end).trim(), start, end };
}

function withRanges(prepared: string, placed: PlacedAmount[]): MeantAmount[] {
  const ranges: MeantAmount[] = [];
  for (const match of prepared.matchAll(RANGE)) {
    const range = rangeAt(prepared, match as RegExpExecArray);
    if (range && !ranges.some((r) => r.end > range.start)) ranges.push(range);
  }
  const outside = placed.filter((a) => !ranges.some((r) => a.start < r.end && a.end > r.start));
  return [...outside, ...ranges].sort((a, b) => a.start - b.start);
}

function withoutTakenBack(prepared: string, amounts: MeantAmount[]): MeantAmount[] {
  const kept: MeantAmount[] = [];
  for (const amount of amounts) {
    const previous = kept.at(-1);
    const gap = previous ? prepared.slice(previous.end, amount.start) : '';
    if (!previous || gap.length > LONGEST_CORRECTION_GAP) kept.push(amount);
    else if (NOT_NEXT.test(gap)) continue;
    else if (NOT_THEN.test(gap) && NOT_BEFORE.test(prepared.slice(0, previous.start))) kept[kept.length - 1] = amount;
    else if (CORRECTION.test(gap) && gap.replace(CORRECTION_WORDS, '').replace(/\W+/g, '') === '')
      kept[kept.length - 1] = { ...amount, period: amount.period ?? previous.period };
    else kept.push(amount);
  }
  return kept;
}

function readAsMeant(text: string, lenient: boolean): MeantAmount[] {
  const prepared = moneyText(text);
  return withoutTakenBack(prepared, withRanges(prepared, placeAmounts(prepared, { lenient })));
}

const NOW = 'now|currently|ab|abhi|sekarang|skrg|nowadays|aajkal|these days';
const THEN = 'earlier|pehle|previously|used to|before|was|were|tha|thi|dulu|sebelum|last time|formerly|from';
/** "from 3000 to 1800", "25 hazaar se 15 hazaar": what is left of "X to Y" after ranges is a change, and X is the old figure. */
const CHANGED_TO = /^\s(?:to|se|kepada|jadi|->|→)\s/;
/** "18k pm now": said right after the figure, with no comma (", now 18k" belongs to the next one). */
const TIME_AFTER = new RegExp(`^\\s(${NOW}|${THEN})\\b`);
/** The last time word before the figure in the same clause: "earlier 35k", "ab sirf 15k". */
const TIME_BEFORE = new RegExp(`^.*\\b(${NOW}|${THEN})\\b[^\\d.;]{0,25}$`);
const NOW_WORD = new RegExp(`^(?:${NOW})$`);

/** Whether the borrower put the figure in the present (true), the past (false), or did not say (null). */
function isCurrent(prepared: string, amount: MeantAmount): boolean | null {
  const word = TIME_AFTER.exec(prepared.slice(amount.end))?.[1] ?? TIME_BEFORE.exec(prepared.slice(Math.max(0, amount.start - 40), amount.start))?.[1];
  if (word !== undefined) return NOW_WORD.test(word);
  return CHANGED_TO.test(prepared.slice(amount.end)) ? false : null;
}

export interface ParsedMoney {
  value: number;
  period: AmountMention['period'];
  /** The upper end when the borrower gave a range; value is then the lower end. */
  high?: number;
}

/**
 * The amount in a short answer such as "about 2k a month", "1,20,000" or "nothing": after a
 * correction the figure settled on, in a range the lower end (with the upper kept), and of
 * "18k pm now, earlier 35k" the current one.
 */
export function parseMoney(text: string): ParsedMoney | null {
  const prepared = moneyText(text);
  const amounts = readAsMeant(text, true);
  if (amounts.length === 0) return null;
  const current = amounts.find((a) => isCurrent(prepared, a) === true) ?? amounts.find((a) => isCurrent(prepared, a) !== false) ?? amounts[0];
  return current.high === undefined ? { value: current.value, period: current.period } : { value: current.value, period: current.period, high: current.high };
}

/** Every money mention in a message, as the borrower meant it (a range keeps its upper end in `high`). */
export function amountsAsMeant(text: string): AmountMention[] {
  return readAsMeant(text, false).map(({ value, period, text: words, high }) =>
    high === undefined ? { value, period, text: words } : { value, period, text: words, high },
  );
}
