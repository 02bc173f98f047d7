/**
 * Turns per-feature contributions into the reasons people are shown: the
 * largest first, as many as it takes to cover COVERAGE of the total
 * attribution (at most MAX_NAMED), then one "other factors" line for the rest
 * when the named ones fall short. Each reason carries a staff sentence with
 * the figure and a borrower sentence without one; the score also gets a
 * one-sentence borrower summary built from the strongest specific reasons,
 * in the borrower's language (staff sentences stay English).
 * A contribution that mostly comes from the forest going against a feature's
 * policy direction (possible only in a model trained without monotone
 * constraints) is said to be so for staff, and never explained to the
 * borrower as if it made sense.
 */
import type { FeatureName } from './features';
import { DEFAULT_LANGUAGE, type BorrowerLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import type { RiskReason } from './score';
import {
  borrowerReason,
  borrowerSentence,
  describeFeature,
  GENERIC_REASON,
  isGeneric,
  PLAIN_WORDING,
  type BorrowerReason,
  type ReasonWording,
} from './wording';

/** Contributions smaller than this (in probability) are not worth a sentence of their own. */
const NEGLIGIBLE = 0.005;
const COVERAGE = 0.8;
const MAX_NAMED = 5;
export const OTHER_FACTORS = 'other_factors';
const UNUSUAL = ', against the usual direction (this model was trained without monotone constraints)';

export interface Explanation {
  reasons: RiskReason[];
  borrowerSummary: string;
}

const movedBy = (c: number): string =>
  Math.abs(c) < NEGLIGIBLE ? 'changed the estimate by less than 0.01' : `${c > 0 ? 'raised' : 'lowered'} the estimate by ${Math.abs(c).toFixed(2)}`;

export function explain(
  features: readonly FeatureName[],
  values: ArrayLike<number>,
  contributions: ArrayLike<number>,
  against: ArrayLike<number> = [],
  wording: ReasonWording = PLAIN_WORDING,
  language: BorrowerLanguage = DEFAULT_LANGUAGE,
): Explanation {
  const ranked = features
    .map((feature, i) => {
      const contribution = contributions[i];
      const unusual = (against[i] ?? 0) * contribution > 0 && Math.abs(against[i]) >= 0.5 * Math.abs(contribution);
      return { feature, value: values[i], contribution, unusual };
    })
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const total = ranked.reduce((s, r) => s + Math.abs(r.contribution), 0);
  const named: typeof ranked = [];
  let covered = 0;
  for (const r of ranked) {
    if (covered >= COVERAGE * total || named.length === MAX_NAMED || Math.abs(r.contribution) < NEGLIGIBLE) break;
    named.push(r);
    covered += Math.abs(r.contribution);
  }
  const borrower: BorrowerReason[] = named.map((r) => (r.unusual ? GENERIC_REASON : borrowerReason(r.feature, r.value, r.contribution > 0)));
  const reasons: RiskReason[] = named.map((r, i) => ({
    feature: r.feature,
    contribution: r.contribution,
    text: `${describeFeature(r.feature, r.value, wording, r.contribution > 0)} ${movedBy(r.contribution)}${r.unusual ? UNUSUAL : ''}`,
    borrowerText: borrowerSentence([borrower[i]], language),
  }));
  const rest = ranked.slice(named.length);
  if (total > 0 && covered < COVERAGE * total && rest.length > 0) {
    const contribution = rest.reduce((s, r) => s + r.contribution, 0);
    reasons.push({
      feature: OTHER_FACTORS,
      contribution,
      text: `${rest.length} other factors together ${movedBy(contribution)}`,
      borrowerText: translate(language, 'riskReason.other'),
    });
  }
  return { reasons, borrowerSummary: summary(named, borrower, language) };
}

/** The two strongest specific reasons, those that raised the estimate first: why these plans. */
function summary(named: readonly { contribution: number }[], borrower: readonly BorrowerReason[], language: BorrowerLanguage): string {
  const specific = borrower.map((b, i) => ({ b, raised: named[i].contribution > 0 })).filter(({ b }) => !isGeneric(b));
  const ordered = [...specific.filter((s) => s.raised), ...specific.filter((s) => !s.raised)];
  const picked: BorrowerReason[] = [];
  for (const { b } of ordered) if (picked.length < 2 && !picked.some((p) => p.because === b.because)) picked.push(b);
  return picked.length > 0 ? borrowerSentence(picked, language) : translate(language, 'riskReason.none');
}
