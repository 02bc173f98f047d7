/**
 * How a feature is put into words, for two audiences:
 * - staff get a factual noun phrase ("6 missed payments") that explain.ts
 *   completes with the figure ("raised the estimate by 0.12");
 * - borrowers get a reason a plan was chosen ("Because some payments have
 *   been missed recently, we've looked at plans that bring the account up to
 *   date gently"), never a score, a figure or the word "risk", in their
 *   language (the catalog's `riskReason` group).
 * A phrase that judges the value ("Being up to date") is only used when the
 * contribution's sign agrees with it; otherwise the plain figure is named, so
 * wording and sign can never contradict each other.
 */
import { HARDSHIP_DURATION, HARDSHIP_SEVERITY_ORDER, type FeatureName } from './features';
import { DEFAULT_LANGUAGE, LIST_LOCALES, type BorrowerLanguage } from '../i18n/languages';
import { sayIn, type MessageKey } from '../i18n/translate';

/** How amounts are written in reasons; the loan book has no currency, so the caller may supply one. */
export interface ReasonWording {
  money(v: number): string;
}

export const PLAIN_WORDING: ReasonWording = { money: (v) => Math.round(v).toLocaleString('en-GB') };

const pct = (v: number): string => `${Math.round(v * 100)}%`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Noun phrase for "<phrase> raised the estimate"; `raised` picks a neutral phrase where a judging one would contradict it. */
export function describeFeature(name: FeatureName, v: number, wording: ReasonWording = PLAIN_WORDING, raised = false): string {
  switch (name) {
    case 'age':
      return `Age ${v}`;
    case 'monthly_income':
      return `A monthly income of ${wording.money(v)}`;
    case 'income_change_pct':
      return v < 0 ? `An income drop of ${Math.round(-v)}%` : v > 0 ? `An income rise of ${Math.round(v)}%` : 'No change in income';
    case 'loan_amount':
      return `A loan of ${wording.money(v)}`;
    case 'loan_tenure':
      return `A ${v}-month term`;
    case 'interest_rate':
      return `An interest rate of ${v.toFixed(1)}%`;
    case 'collateral_value':
      return v > 0 ? `Collateral worth ${wording.money(v)}` : 'Having no collateral';
    case 'loan_to_value':
      return v >= 3 ? 'An unsecured balance' : `A balance at ${pct(v)} of the collateral value`;
    case 'outstanding':
      return `An outstanding balance of ${wording.money(v)}`;
    case 'monthly_emi':
      return `A monthly payment of ${wording.money(v)}`;
    case 'payment_to_income':
      return `Payments taking ${pct(v)} of income`;
    case 'missed_payments':
      return v === 0 && !raised ? 'No missed payments' : plural(v, 'missed payment');
    case 'days_past_due':
      return v === 0 && !raised ? 'Being up to date' : `${v} days past due`;
    case 'payment_history':
      return v === 0 && !raised ? 'An on-time payment history' : `A payment history marked ${['on-time', 'delayed', 'missed'][v] ?? 'unknown'}`;
    case 'employment_type':
      return ['Being salaried', 'Being self-employed', 'Being a business owner', 'Being unemployed'][v] ?? 'The employment type';
    case 'loan_type':
      return `${['A personal', 'A home', 'An auto', 'A business'][v] ?? 'The'} loan`;
    case 'num_dependents':
      return plural(v, 'dependant');
    case 'hardship_reason':
      return v < 0 ? 'No hardship reason given' : `The hardship (${HARDSHIP_SEVERITY_ORDER[v].replace(/_/g, ' ')})`;
    case 'hardship_duration':
      if (v === HARDSHIP_DURATION.temporary) return raised ? 'A hardship expected to be temporary' : 'A temporary hardship';
      return v === HARDSHIP_DURATION.lasting ? 'A lasting hardship' : 'Not knowing yet how long the hardship lasts';
    case 'collection_attempts':
      return plural(v, 'collection attempt');
  }
}

/**
 * Why plans were chosen, for the borrower: one of the catalog's `riskReason` pairs, a clause after "Because"
 * (`because<Name>`) and what the plans aim to do (`plans<Name>`), so the sentence is said in the borrower's language.
 */
export interface BorrowerReason {
  because: Extract<MessageKey, `riskReason.because${string}`>;
  plans: Extract<MessageKey, `riskReason.plans${string}`>;
}

const reason = (name: string): BorrowerReason => ({ because: `riskReason.because${name}`, plans: `riskReason.plans${name}` }) as BorrowerReason;

const GENERIC = reason('Generic');
/** Said when nothing more specific would be both true and kind. */
export const GENERIC_REASON = GENERIC;
const BEHIND = reason('Behind');
const ON_TRACK = reason('OnTrack');
const STRETCHED = reason('Stretched');
const AFFORDABLE = reason('Affordable');
const OWED = reason('Owed');

/**
 * The borrower-facing reason for one feature, or GENERIC where a specific
 * sentence would be untrue for this value and sign, or too personal to say.
 */
export function borrowerReason(name: FeatureName, v: number, raised: boolean): BorrowerReason {
  switch (name) {
    case 'missed_payments':
    case 'days_past_due':
    case 'payment_history':
      if (raised) return v > 0 ? BEHIND : GENERIC;
      return v === 0 ? ON_TRACK : GENERIC;
    case 'income_change_pct':
      if (raised) return v < 0 ? reason('IncomeDown') : STRETCHED;
      return AFFORDABLE;
    case 'monthly_income':
    case 'payment_to_income':
      return raised ? STRETCHED : AFFORDABLE;
    case 'hardship_duration':
      if (v === HARDSHIP_DURATION.unknown) return reason('Unclear');
      if (v === HARDSHIP_DURATION.temporary) return raised ? GENERIC : reason('Improving');
      return raised ? reason('Lasting') : GENERIC;
    case 'hardship_reason':
      if (v < 0) return GENERIC;
      return raised ? reason('Recovery') : reason('Settles');
    case 'collateral_value':
    case 'loan_to_value':
      return raised ? OWED : reason('Secured');
    case 'outstanding':
      return raised ? OWED : reason('Repaid');
    case 'loan_amount':
    case 'monthly_emi':
      return raised ? OWED : GENERIC;
    case 'age':
    case 'loan_tenure':
    case 'interest_rate':
    case 'employment_type':
    case 'loan_type':
    case 'num_dependents':
    case 'collection_attempts':
      return GENERIC;
  }
}

export function isGeneric(reason: BorrowerReason): boolean {
  return reason === GENERIC;
}

/** "Because a, b and c, we've looked at plans that …", the clauses joined by the language's own list rules. */
export function borrowerSentence(reasons: readonly BorrowerReason[], language: BorrowerLanguage = DEFAULT_LANGUAGE): string {
  const say = sayIn(language);
  const because = new Intl.ListFormat(LIST_LOCALES[language], { type: 'conjunction' }).format(reasons.map((r) => say(r.because)));
  return say('riskReason.sentence', { because, plans: say(reasons[0].plans) });
}
