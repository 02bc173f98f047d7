import type { BudgetLine, Correction } from '../models/language/analysis';

/** Words that change an earlier answer rather than give the current one. */
const CHANGES =
  /\bgo back\b|\b(?:change|correct|fix|edit|update|amend)\b|\bactually\b|\bmistake\b|\bwrong\b|\bi meant\b|\bshould (?:be|have been)\b|\bnot \d|\bgalat\b|\b(?:pichhe|peeche|piche|wapas) (?:jao|chalo|jaana)\b|\bbadal(?:na|o|do)?\b/;

/** Back to the previous question, whatever it was. */
const BACK = /\bgo back\b|\b(?:previous|last|earlier|first) (?:one|question|answer)\b|\b(?:pichhe|peeche|piche|wapas) (?:jao|chalo|jaana)\b|\bpichla\b/;

/** How borrowers name each budget line; Hinglish where it is common ("kiraya", "kharcha"). */
const LINE_WORDS: [BudgetLine, RegExp][] = [
  ['housing', /\b(?:rent|rents|mortgage|housing|home loan|house loan|kiraya|kiraaya|bhada|bhaada)\b/],
  ['income', /\b(?:income|salary|salaries|wages?|take[- ]home|earnings?|earn|kamai|tankhwah|tankha|aamdani|pay ?check|paycheque)\b/],
  [
    'essentials',
    /\b(?:bills?|food|groceries|grocery|transport|travel|childcare|essentials|expenses|living costs|kharcha|kharch|ration|school fees|electricity|utilities)\b/,
  ],
  ['otherDebtRepayments', /\b(?:other (?:loans?|debts?|emis?)|credit cards?|cards?|debts?|emis?|loan repayments?)\b/],
];

/** A request to change an earlier budget answer, or null; the named line is the first one mentioned. */
export function detectCorrection(normalized: string): Correction | null {
  if (!CHANGES.test(normalized)) return null;
  let line: BudgetLine | null = null;
  let at = Infinity;
  for (const [candidate, words] of LINE_WORDS) {
    const index = normalized.search(words);
    if (index >= 0 && index < at) [line, at] = [candidate, index];
  }
  return { line, back: BACK.test(normalized) };
}
