/**
 * A message cut into its sentences and comma clauses. The crisis rules that only make sense at the end of a
 * thought ("end it", "i can't go on", "this is my last message") are anchored with `$` and `^`; a borrower writes
 * them in the middle of a long story as often as at its end, so they are tried on every clause as well as on the
 * whole text (rules with a window, like "letters to my kids … just in case", may span clauses).
 */
const CLAUSE_END = /\s*[.!?।;,]+\s*/;

export function textAndClauses(normalized: string): string[] {
  const clauses = normalized.split(CLAUSE_END).filter((clause) => clause.length > 0);
  return clauses.length > 1 ? [normalized, ...clauses] : [normalized];
}
