import type { LoanRecord } from '../loanBook/loanRecord';
import { type FraudSignal, isFlagged } from './signal';

/**
 * The fairness check for the dashboard. Signals never read Gender, Age or
 * language; this is where they are read, only to show whether the flag rate
 * differs by gender or by the borrower's language, so a signal that is biased
 * through a proxy (income, loan type…) becomes visible.
 */

export interface FairnessCase {
  /** Every signal computed for the case, flagged or not. */
  signals: readonly FraudSignal[];
  loan: Pick<LoanRecord, 'Gender'>;
  /** The borrower's language as the conversation saw it (e.g. "en", "other"). */
  language: string;
}

export interface GroupRate {
  group: string;
  cases: number;
  flagged: number;
  rate: number;
}

export interface FlagRates {
  overall: number;
  byGender: GroupRate[];
  byLanguage: GroupRate[];
  /**
   * Lowest group rate over highest, among groups with at least `minCases`
   * cases (1 = equal; the four-fifths rule reads below 0.8 as a disparity);
   * null when fewer than two groups are that large or nobody was flagged.
   */
  genderRatio: number | null;
  languageRatio: number | null;
}

function groupRates(cases: readonly FairnessCase[], groupOf: (c: FairnessCase) => string): GroupRate[] {
  const groups = new Map<string, { cases: number; flagged: number }>();
  for (const c of cases) {
    const key = groupOf(c);
    const g = groups.get(key) ?? { cases: 0, flagged: 0 };
    g.cases++;
    if (c.signals.some(isFlagged)) g.flagged++;
    groups.set(key, g);
  }
  return [...groups]
    .map(([group, g]) => ({ group, ...g, rate: Math.round((g.flagged / g.cases) * 1000) / 1000 }))
    .sort((a, b) => a.group.localeCompare(b.group));
}

function ratio(rates: readonly GroupRate[], minCases: number): number | null {
  const large = rates.filter((r) => r.cases >= minCases).map((r) => r.rate);
  if (large.length < 2 || Math.max(...large) === 0) return null;
  return Math.round((Math.min(...large) / Math.max(...large)) * 1000) / 1000;
}

export function flagRates(cases: readonly FairnessCase[], minCases = 20): FlagRates {
  const byGender = groupRates(cases, (c) => c.loan.Gender);
  const byLanguage = groupRates(cases, (c) => c.language);
  const flagged = cases.filter((c) => c.signals.some(isFlagged)).length;
  return {
    overall: cases.length > 0 ? Math.round((flagged / cases.length) * 1000) / 1000 : 0,
    byGender,
    byLanguage,
    genderRatio: ratio(byGender, minCases),
    languageRatio: ratio(byLanguage, minCases),
  };
}
