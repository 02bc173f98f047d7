/**
 * NegEx-style scope: a cue is negated when a negator appears in the few words before
 * it within the same clause. Clauses end at punctuation and at conjunctions that start
 * a new assertion ("I didn't lose my job *but* my hours were cut").
 */
const CLAUSE_BOUNDARY = /[.,;:!?\n]|\b(?:but|and|though|although|however|because|cause|cos|since|so|after|when|while|then|just|only|instead)\b/g;
const NEGATOR =
  /\b(?:not|no|never|nobody|noone|no one|nothing|neither|nor|without|n't|didn'?t|don'?t|doesn'?t|wasn'?t|weren'?t|isn'?t|aren'?t|haven'?t|hasn'?t|hadn'?t|won'?t|wouldn'?t|cannot|can'?t|cant|aint|ain't)\b/;
/** Phrases that contain a negator but do not negate what follows. */
const PSEUDO_NEGATION = /\b(?:not only|no longer|no doubt|not sure|no idea)\b/g;
const SCOPE_WORDS = 3;

export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  let start = 0;
  for (const boundary of before.matchAll(CLAUSE_BOUNDARY)) start = (boundary.index ?? 0) + boundary[0].length;
  const words = before.slice(start).replace(PSEUDO_NEGATION, ' ').trim().split(' ').slice(-SCOPE_WORDS);
  return words.some((word) => NEGATOR.test(word) || word.endsWith("n't"));
}

/** Indexes of matches of `pattern` (which must be global) that are not negated. */
export function affirmedMatches(text: string, pattern: RegExp): RegExpMatchArray[] {
  return [...text.matchAll(pattern)].filter((match) => !isNegated(text, match.index ?? 0));
}

/** True when at least one of the patterns matches outside a negation scope. */
export function affirms(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => affirmedMatches(text, pattern).length > 0);
}

/** Word tokens with "NOT_" prepended inside a negation scope, for the classifier. */
export function markNegated(tokens: readonly string[]): string[] {
  let scope = 0;
  return tokens.map((token) => {
    if (TOKEN_BOUNDARY.has(token)) {
      scope = 0;
      return token;
    }
    const marked = scope > 0 ? `NOT_${token}` : token;
    scope = NEGATOR.test(token) || token.endsWith("n't") ? SCOPE_WORDS : Math.max(0, scope - 1);
    return marked;
  });
}
const TOKEN_BOUNDARY = new Set(['but', 'and', 'though', 'although', 'however', 'because', 'since', 'so', 'just', 'only', '.', ',', ';', '!', '?']);
