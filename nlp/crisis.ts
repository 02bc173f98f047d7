import { spellOutShorthand } from './chatShorthand';
import { rulesFor, safetyRules } from './clauses';
import { expressesConcern } from './concern';
import { ENGLISH_CRISIS } from './crisisEnglish';
import { INDIC_CRISIS } from './crisisIndic';
import { MALAY_CRISIS } from './crisisMalay';
import { affirmedMatches } from './negation';

/**
 * Self-harm and suicidal language, including indirect phrasing: hopelessness, being a burden,
 * plans, means and goodbyes, in English, Indian and Malaysian English, Hinglish, Hindi and Malay.
 * Tuned for recall: a false alarm costs a hand-over to a person, a miss can cost a life. A crisis
 * phrase under a negator ("I'm not going to hurt myself") is not ignored but read as a concern:
 * the dialog still asks whether the borrower is safe. Ambiguous despair ("i cant do this anymore")
 * is a `concern` too (nlp/concern.ts).
 */
const CRISIS = safetyRules([...ENGLISH_CRISIS, ...INDIC_CRISIS, ...MALAY_CRISIS]);

/**
 * Negators the English NegEx scope (nlp/negation.ts) does not know: Malay puts them before the verb ("saya tak
 * akan bunuh diri"), Hindi and Hinglish after it ("khudkushi nahi karunga"), except "nahi to" ("otherwise").
 */
// Hinglish "tak" is "until" ("kal subah tak", "ab tak"), not the Malay negator.
const MALAY_BEFORE =
  /(?<!\b(?:subah|sham|shaam|raat|kal|aaj|ab|abhi|jab|tab|din|dino|mahine|saal|hafte|der|baje|\d+) )\b(?:tak|tidak|takkan|x|tk|jangan|jgn|bukan)(?: \w+)?\s*$/;
const HINDI_AFTER = /^\s*(?:\S+\s+)?(?:nahi|nhi|nahin|mat|नहीं|मत)(?!\s+(?:to|toh|तो))(?=\s|$)/;

function affirmed(unit: string, every: RegExp): boolean {
  return affirmedMatches(unit, every).some((match) => {
    const start = match.index ?? 0;
    return !MALAY_BEFORE.test(unit.slice(Math.max(0, start - 20), start)) && !HINDI_AFTER.test(unit.slice(start + match[0].length));
  });
}

/** A clear crisis wins over a concern in the same message. */
export type CrisisLevel = 'none' | 'concern' | 'crisis';

export function detectCrisis(normalized: string): CrisisLevel {
  const text = spellOutShorthand(normalized);
  let negated = false;
  for (const [unit, { pattern, every }] of rulesFor(CRISIS, text)) {
    if (!pattern.test(unit)) continue;
    if (affirmed(unit, every)) return 'crisis';
    negated = true;
  }
  return negated || expressesConcern(text) ? 'concern' : 'none';
}
