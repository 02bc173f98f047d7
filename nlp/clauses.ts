/**
 * The safety rules (crisis and concern) prepared for one message. Rules that only make sense at the end or start of
 * a thought ("end it", "i can't go on", "this is my last message") are anchored with `$` and `^`; a borrower writes
 * them in the middle of a long story as often as at its end, so those are also tried on every sentence and comma
 * clause. Every other rule runs once, on the whole text (rules with a window, like "letters to my kids … just in
 * case", may span clauses). Rules written in Devanagari are skipped for text without it and Latin rules for text
 * without Latin letters: that keeps a 2,000-character story inside the analyze budget.
 */
export interface SafetyRule {
  pattern: RegExp;
  /** The same rule with the `g` flag, for reading every match's negation scope. */
  every: RegExp;
  anchored: boolean;
  devanagari: boolean;
}

const ANCHOR = /(?<!\\)\$(?!\{)|(?<![\\[])\^/;
const DEVANAGARI = /[\u0900-\u097f]/;
const LATIN = /[a-z]/;
const CLAUSE_END = /\s*[.!?।;,]+\s*/;

export function safetyRules(patterns: readonly RegExp[]): SafetyRule[] {
  return patterns.map((rule) => ({
    pattern: new RegExp(rule.source, rule.flags.replace('g', '')),
    every: new RegExp(rule.source, rule.flags.includes('g') ? rule.flags : `${rule.flags}g`),
    anchored: ANCHOR.test(rule.source),
    devanagari: DEVANAGARI.test(rule.source),
  }));
}

/** Each piece of text paired with the rules worth trying on it, whole text first. */
export function* rulesFor(rules: readonly SafetyRule[], text: string): Generator<[string, SafetyRule]> {
  const deva = DEVANAGARI.test(text);
  const latin = LATIN.test(text);
  const fitting = rules.filter((rule) => (rule.devanagari ? deva : latin));
  for (const rule of fitting) yield [text, rule];
  const clauses = text.split(CLAUSE_END).filter((clause) => clause.length > 0);
  if (clauses.length < 2) return;
  const anchored = fitting.filter((rule) => rule.anchored);
  for (const clause of clauses) for (const rule of anchored) yield [clause, rule];
}
