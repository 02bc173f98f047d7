/**
 * Self-harm and suicidal language, including indirect phrasing. Deliberately not
 * negation-aware: a false alarm costs a hand-over, a miss can cost a life.
 */
const CRISIS = [
  /\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?)\s+myself\b|\bsuicid\w*|\bself[- ]?harm\w*|\bend(?:ing)? (?:it all|my life|it)\b|\btak(?:e|ing) my (?:own )?life\b/,
  /\b(?:don'?t|do not|dont) (?:want to|wanna) (?:be here|live|be alive|wake up)\b|\bnot (?:want to )?wake up\b|\b(?:don'?t|dont|can'?t) see (?:the |any )?point\b|\bno point (?:in )?(?:living|anything|going on|anymore)\b|\bwhat'?s the point (?:in|of) (?:living|life|anything|going on)\b/,
  /\bbetter off (?:without me|dead)\b|\bno reason to (?:live|go on)\b|\bcan'?t go on\b|\bnot worth living\b|\bwish i (?:was|were) (?:dead|not here|never born)\b|\bdisappear (?:forever|for good)\b|\boverdose\b|\bwant to die\b/,
];

export function detectCrisis(normalized: string): boolean {
  return CRISIS.some((pattern) => pattern.test(normalized));
}
