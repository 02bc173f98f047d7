import type { Period } from '../models/language/analysis';

/**
 * How often an amount comes or goes, in the words that follow it ("15k pm", "RM500 sebulan",
 * "500 rupaye roz", "8 LPA") or, less often, come before it ("har mahine 12k", "daily 600").
 * Hindi in Devanagari arrives here in its Hinglish spelling (nlp/hindiMoneyWords.ts).
 */
const PERIOD_WORDS: [RegExp, Period][] = [
  [
    /^(?:a |per |every |each |\/ ?|an? |in an? )?(?:month|mo|mth|mnth|calendar month)\b|^\/ ?m\b|^(?:monthly|pm|p\/m|pcm|sebulan|per mensem)\b|^p\.m\b/,
    'month',
  ],
  [/^(?:a |per |every |each |\/ ?)?(?:fortnight)\b|^(?:fortnightly|biweekly|bi-weekly)\b|^every (?:two|2) weeks\b|^(?:dua|2) minggu sekali\b/, 'fortnight'],
  [/^(?:a |per |every |each |\/ ?)?(?:week|wk)\b|^(?:weekly|pw|p\/w)\b/, 'week'],
  [/^(?:a |per |every |each |\/ ?)?(?:year|yr|annum)\b|^(?:yearly|annually|annual|pa|p\.a|p\/a|lpa|ctc)\b/, 'year'],
  [/^(?:a |per |every |each |\/ ?)?day\b|^(?:daily|per diem)\b/, 'day'],
  [
    /^(?:as a |in a |as |in )?(?:redundancy |severance |gratuity |e?pf |retrenchment )?(?:one[- ]off|one[- ]time|one[- ]shot|lump ?sum|one go|single payment|full and final)\b|^(?:bonus|as bonus)\b/,
    'once',
  ],
  // Hinglish and Malay: "18 hazaar mahina", "har mahine", "sebulan", "setahun", "roz", "ek baar", "sekali gus".
  [
    /^(?:har |per |ek |every |a )?(?:mahina|mahine|maheena|mahiney|mahinay|mahena|mahene)\b|^(?:setiap|tiap|tiap-tiap|per|satu|a|se) bulan\b|^(?:bulanan|sebln|sebulan)\b/,
    'month',
  ],
  [/^(?:har |per |ek )?(?:hafta|hafte|hafton)\b|^(?:seminggu|mingguan)\b|^(?:setiap|tiap|per) minggu\b/, 'week'],
  [/^(?:har |per |ek )?(?:saal|sal)\b|^(?:salana|saalana|setahun|tahunan)\b|^(?:setiap|tiap|per) tahun\b/, 'year'],
  [/^(?:har |per |ek )din\b|^din ka\b|^(?:roz|rozana|roj|dihadi|daily wage|sehari|harian)\b|^(?:setiap|tiap|per) hari\b/, 'day'],
  [/^(?:ek (?:hi )?baar|ekmusht|ek sath|ek saath|ek shot|sekali(?: gus| bayar| sahaja| je)?|sekaligus)\b/, 'once'],
];

export function periodAt(rest: string): { period: Period; length: number } | null {
  const trimmed = rest.replace(/^[\s,]+/, '').replace(/^(?:rupaye|rupees|rs|only|sirf|je|sahaja|saja|fixed|net|salary|in hand|take home|approx|hai|h|he) /, '');
  const skipped = rest.length - trimmed.length;
  for (const [pattern, period] of PERIOD_WORDS) {
    const match = pattern.exec(trimmed);
    if (match) return { period, length: skipped + match[0].length };
  }
  return null;
}

/** A period stated before the amount ("paid fortnightly, about 900"), never one that belongs to an earlier figure. */
const PERIOD_BEFORE =
  /(?<!\d\s?(?:k|rs|rupaye|rupees)?\s?)\b(monthly|weekly|fortnightly|biweekly|yearly|annually|daily|per month|every month|each month|per week|every week|per day|every day|one[- ]off|one time|lump ?sum|bonus|ctc|har mahine|har mahina|mahine ke|mahine ka|mahine ki|saal ki|saal ka|saal ke|ek saath|ek sath|roz ke|tahunan|harian|sebulan|setiap bulan|tiap bulan|per bulan|bulanan|salana|setahun|har saal|har hafte|seminggu|mingguan|har din|roz|rozana|dihadi|sehari|setiap hari|ek baar|sekali)\b[^.;\d]{0,25}$/;

export function periodBefore(before: string): Period | null {
  const match = PERIOD_BEFORE.exec(before);
  if (!match) return null;
  return (
    periodAt(
      match[1]
        .replace(/^(?:mahine k[aei])$/, 'mahina')
        .replace(/^saal k[aei]$/, 'saal')
        .replace(/^roz ke$/, 'roz'),
    )?.period ?? null
  );
}
