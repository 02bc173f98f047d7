/**
 * Whether the hardship should pass. A permanent cue wins over a temporary one
 * ("never able to work again, can pay 20 until then" is still permanent); durations
 * count only when they look ahead ("for 3 months", not "been looking for 3 months").
 */
const UNIT = '(?:days?|weeks?|fortnight|months?|years?|wks?|mths?)';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple(?: of)?|several)';
const PERMANENT =
  /\bpermanent(?:ly)?\b|\bnever (?:be able|work|going back|go back|find|get better|recover)|\bfor good\b|\bforever\b|\bfor the rest of my life\b|\bwon'?t (?:ever|find another|be able|get better|go back)|\bnot going to get better\b|\bchronic\b|\bprogressive\b|\blifelong\b|\bno end in sight\b|\bterminal\b|\bretired\b|\bat my age\b|\bcan'?t (?:work|drive)(?: for work)? any ?more\b/;
const TEMPORARY = [
  /\btemporar\w*|\bfor now\b|\bfor the time being\b|\bshort[- ]term\b|\bnot for long\b|\bblip\b|\buntil\b|\buntill\b|\btill\b|\btil\b/,
  /\b(?:be|get|getting|go|going) back (?:to work|at work|on my feet|to normal)|\bback (?:to work|at work|on my feet|to normal) (?:in|by|next|after|on)\b|\bshould be (?:back|out|better)\b|\bcall us back\b|\bjust got out\b/,
  /\bstart(?:s|ing)? (?:a |my )?new (?:job|role|one|position)\b|\bnew (?:job|role|one) (?:starts|starting)\b|\bstarting (?:in|on|next)\b|\binterviews?\b|\bshould have something\b|\bpicks? up\b/,
  new RegExp(`\\bfor (?:the next |another )?${COUNT} ?${UNIT}|\\bin (?:a |an )?${COUNT} ?${UNIT}\\b|\\b(?:back|out) in \\d+`),
];
/** Looking back rather than ahead: "been out of work for 3 months". */
const PAST_DURATION = new RegExp(`\\b(?:been|for the (?:past|last)|already)\\b[^.,;]*\\bfor ${COUNT} ?${UNIT}|\\b${COUNT} ?${UNIT} ago\\b`);

export function detectTemporary(normalized: string): boolean | null {
  if (PERMANENT.test(normalized) && !/\bnot permanent/.test(normalized)) return false;
  const durationOnly = TEMPORARY.slice(0, 3).every((cue) => !cue.test(normalized));
  if (!durationOnly) return true;
  if (TEMPORARY[3].test(normalized) && !PAST_DURATION.test(normalized)) return true;
  return /\bnot permanent/.test(normalized) ? true : null;
}
