import type { BudgetLine, Correction } from '../models/language/analysis';
import { LOCAL_BACK, LOCAL_CHANGES, LOCAL_LINE_WORDS } from './correctionLocal';

/** Words that change an earlier answer rather than give the current one. */
const CHANGES =
  /\bgo back\b|\b(?:change|fix|edit|update|amend)\b|\bcorrect (?:my|the|it|that|this)\b|\bactually\b|\bmistake\b|\bwrong\b|\bi meant\b|\bshould (?:be|have been)\b|\bnot \d|\bgalat\b|\b(?:pichhe|peeche|piche|wapas) (?:jao|chalo|jaana)\b|\bbadal(?:na|o|do)?\b(?! ?(?:gaye|gaya|gayi|gai|gya|gye|chuke|chuka|raha|rahe|rahi|pada|padi|pade|padta)\b)/;

/** Back to the previous question, whatever it was. */
const BACK = /\bgo back\b|\b(?:previous|last|earlier|first) (?:one|question|answer)\b|\b(?:pichhe|peeche|piche|wapas) (?:jao|chalo|jaana)\b|\bpichla\b/;

/** How borrowers name each budget line; Hinglish where it is common ("kiraya", "kharcha"), more in nlp/correctionLocal. */
const LINE_WORDS: [BudgetLine, RegExp][] = [
  ['housing', /\b(?:rent|rents|rental|mortgage|housing|home loan|house loan|kiraya|kiraaya|bhada|bhaada)\b/],
  ['income', /\b(?:income|salary|salaries|wages?|take[- ]home|earnings?|earn|kamai|tankhwah|tankha|aamdani|pay ?check|paycheque)\b/],
  [
    'essentials',
    /\b(?:bills?|food|groceries|grocery|transport|travel|childcare|essentials|expenses|living costs|kharcha|kharch|ration|school fees|electricity|utilities)\b/,
  ],
  ['otherDebtRepayments', /\b(?:other (?:loans?|debts?|emis?)|credit cards?|cards?|debts?|emis?|loan repayments?)\b/],
];

/** A request to change an earlier budget answer (a line named, or the previous question), or null; the named line is the first one mentioned. */
export function detectCorrection(normalized: string): Correction | null {
  if (!CHANGES.test(normalized) && !LOCAL_CHANGES.test(normalized)) return null;
  let line: BudgetLine | null = null;
  let at = Infinity;
  for (const [candidate, words] of LINE_WORDS) {
    const index = firstOf(normalized, words, LOCAL_LINE_WORDS[candidate]);
    if (index >= 0 && index < at) [line, at] = [candidate, index];
  }
  const back = BACK.test(normalized) || LOCAL_BACK.test(normalized);
  // "wrong" or "actually" alone names no earlier answer: the step reads the message as its own answer.
  return line || back ? { line, back } : null;
}

/** Where the earlier of two patterns first matches, or -1. */
function firstOf(text: string, english: RegExp, local: RegExp): number {
  const [a, b] = [text.search(english), text.search(local)];
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}
