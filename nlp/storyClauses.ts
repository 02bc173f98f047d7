/**
 * A long story read one clause at a time for its reasons: over a whole 3–8 sentence story the classifier's evidence
 * for each reason is diluted by every other sentence, while the clause that says "then the shop closed" carries it
 * plainly. Clauses end at sentence ends (the danda too) and at the words borrowers use to add one more thing:
 * "and then", "also", "plus", "on top of that", "phir", "upar se", "lepas tu", "फिर", "ऊपर से".
 */
const CLAUSE_BREAK = new RegExp(
  [
    '[.!?\\u0964\\u0965;\\n]+',
    '\\b(?:and then|after that|on top of that|at the same time|same time|meanwhile|apart from that|besides|also|plus)\\b',
    '\\b(?:aur phir|phir|fir|uske baad|iske baad|upar se|saath mein|iske alawa)\\b',
    '\\b(?:lepas tu|lepastu|pastu|selepas itu|tambahan pula|selain itu|lagi satu)\\b',
    '(?:फिर|उसके बाद|इसके बाद|उसी समय|साथ में|ऊपर से|इसके अलावा)',
  ].join('|'),
  'u',
);
/** A clause needs a few letters to be worth a classifier call ("ok", "sir" are not). */
const MIN_LETTERS = 8;

export function storyClauses(normalized: string): string[] {
  return normalized
    .split(CLAUSE_BREAK)
    .map((clause) => clause.replace(/^[\s,]+|[\s,]+$/g, ''))
    .filter((clause) => clause.replace(/[^\p{L}\p{M}]/gu, '').length >= MIN_LETTERS);
}
