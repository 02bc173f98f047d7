import type { EscalationReason } from '../intake/escalationReason';
import type { Budget } from './budget';
import type { LoanTerms } from './loanTerms';
import { formatMoney, type MoneyFormat } from '../shared/money';
import { formatDate } from '../shared/calendar';
import type { Plan, PlanText } from './plan';
import { borrowerLocale, DEFAULT_LANGUAGE, type BorrowerLanguage } from '../i18n/languages';
import { sayIn, type MessageKey } from '../i18n/translate';
import type { Draft } from './plans/draft';

/**
 * All borrower-facing wording of the offer engine, from the message catalogs (`plan` and `decision` groups) in the
 * borrower's language; figures are formatted once here, in the deployment's locale whatever the language.
 */

export type PlanNumbers = Pick<Plan, 'monthlyPayment' | 'termMonths' | 'totalPaid' | 'borrowerSaving' | 'firstPaymentDate'>;

function assertUnreachable(x: never): never {
  throw new Error(`unhandled plan type ${String(x)}`);
}

export function explainPlan(draft: Draft, n: PlanNumbers, terms: LoanTerms, format: MoneyFormat, language: BorrowerLanguage = DEFAULT_LANGUAGE): PlanText {
  const say = sayIn(language);
  const money = (x: number) => formatMoney(x, format);
  const months = (count: number) => say('plan.months', { count });
  // Dates in the borrower's language ("5 मार्च 2026"); money in the deployment's format whatever the language.
  const date = formatDate(n.firstPaymentDate, borrowerLocale(language, format.locale));
  const d = draft.details;
  const overall =
    n.borrowerSaving === 0
      ? say('plan.overallSame')
      : n.borrowerSaving > 0
        ? say('plan.overallLess', { amount: money(n.borrowerSaving) })
        : say('plan.overallMore', { amount: money(-n.borrowerSaving), cause: say(extraCostCause(draft, n, terms)) });
  // A payment re-derived from the loan's terms (loanTerms) is not one the borrower has been paying: say what it is.
  const usual = (amount: number) => say(terms.paymentRederived ? 'plan.usualRederived' : 'plan.usual', { amount: money(amount) });
  const arrearsAdded = (key: 'plan.arrearsAdded' | 'plan.arrearsAddedShort') =>
    d.arrearsCapitalised > 0 ? ` ${say(key, { amount: money(d.arrearsCapitalised) })}` : '';
  const saving = money(Math.abs(n.borrowerSaving));
  const common = [
    { label: say('plan.labelTotal'), value: money(n.totalPaid) },
    { label: say('plan.labelCompared'), value: say(n.borrowerSaving >= 0 ? 'plan.less' : 'plan.more', { amount: saving }) },
    { label: say('plan.labelFirst'), value: date },
    { label: say('plan.labelLength'), value: say('plan.length', { count: n.termMonths }) },
  ];
  const withCommon = (title: string, explanation: string, rows: PlanText['figures']): PlanText => ({
    title,
    explanation: `${explanation} ${overall}`,
    figures: [...rows, ...common],
  });
  const row = (label: MessageKey, value: string) => ({ label: say(label), value });

  switch (draft.type) {
    case 'deferral':
      return withCommon(
        say('plan.deferralTitle', { months: months(d.deferralMonths) }),
        [
          say('plan.deferral', { months: months(d.deferralMonths) }),
          d.interestCapitalised > 0 ? say('plan.deferralInterest', { amount: money(d.interestCapitalised) }) : say('plan.deferralNoInterest'),
          say('plan.deferralThen', { usual: usual(d.resumePayment), date }),
        ].join(' '),
        [row('plan.labelDuringPause', money(0)), row('plan.labelAfterwards', money(d.resumePayment))],
      );
    case 'term_extension':
      return withCommon(
        say('plan.extensionTitle', { months: months(d.extensionMonths) }),
        say('plan.extension', {
          newTerm: months(d.newTermMonths),
          oldTerm: months(terms.remainingMonths),
          from: money(terms.paymentNow),
          to: money(d.newPayment),
        }) + arrearsAdded('plan.arrearsAdded'),
        [row('plan.labelNewPayment', money(d.newPayment))],
      );
    case 'rate_reduction':
      return withCommon(
        say('plan.rateTitle', { rate: d.newRatePct }),
        say('plan.rate', { oldRate: d.oldRatePct, rate: d.newRatePct, payment: money(d.newPayment) }) + arrearsAdded('plan.arrearsAddedShort'),
        [row('plan.labelNewRate', `${d.newRatePct}%`), row('plan.labelNewPayment', money(d.newPayment))],
      );
    case 'reduced_payment':
      return withCommon(
        say('plan.reducedTitle', { amount: money(d.reducedPayment), months: months(d.reducedMonths) }),
        say('plan.reduced', { months: months(d.reducedMonths), amount: money(d.reducedPayment), full: money(d.resumePayment), usual: usual(d.resumePayment) }),
        [row('plan.labelReduced', money(d.reducedPayment)), row('plan.labelAfterwards', money(d.resumePayment))],
      );
    case 'arrears_plan':
      return withCommon(
        say('plan.catchUpTitle', { months: months(d.catchUpMonths) }),
        say('plan.catchUp', { usual: usual(d.contractPayment), extra: money(d.catchUpPayment), arrears: money(d.arrears), months: months(d.catchUpMonths) }),
        [row('plan.labelCatchingUp', money(n.monthlyPayment)), row('plan.labelAfterwards', money(d.contractPayment))],
      );
    case 'settlement_lump_sum':
      return withCommon(
        say('plan.lumpSumTitle', { amount: money(d.settlementAmount) }),
        say('plan.lumpSum', { amount: money(d.settlementAmount), date, writtenOff: money(d.writtenOff) }),
        [row('plan.labelOnePayment', money(d.settlementAmount))],
      );
    case 'settlement_instalments':
      return withCommon(
        say('plan.instalmentsTitle', { amount: money(d.settlementAmount), months: months(d.instalments) }),
        say('plan.instalments', {
          amount: money(d.settlementAmount),
          count: d.instalments,
          instalment: money(d.instalmentAmount),
          writtenOff: money(d.writtenOff),
        }),
        [row('plan.labelMonthly', money(d.instalmentAmount))],
      );
    default:
      return assertUnreachable(draft.type);
  }
}

/** Why a plan costs more overall, in the borrower's terms: the longer term, or the arrears and relief that now carry interest. */
function extraCostCause(draft: Draft, n: PlanNumbers, terms: LoanTerms): MessageKey {
  if (n.termMonths > terms.remainingMonths) return 'plan.causeLonger';
  if ((draft.details.arrearsCapitalised ?? 0) > 0) return 'plan.causeArrears';
  return 'plan.causeDeferred';
}

/** The reasons the offer engine itself escalates for (a subset of every escalation reason). */
export type OfferEscalationReason = Extract<
  EscalationReason,
  'high_risk' | 'vulnerable' | 'crisis' | 'none_affordable' | 'budget_needs_review' | 'no_balance' | 'no_contract_payment'
>;

export function explainDecision(
  budget: Budget,
  planCount: number,
  format: MoneyFormat,
  reason?: OfferEscalationReason,
  language: BorrowerLanguage = DEFAULT_LANGUAGE,
): string {
  const say = sayIn(language);
  const left = say('decision.left', { amount: formatMoney(Math.max(0, budget.disposableIncome), format) });
  switch (reason) {
    case undefined:
      return say('decision.options', { left, count: planCount });
    case 'crisis':
      return say('decision.crisis');
    case 'vulnerable':
      return say('decision.vulnerable');
    case 'budget_needs_review':
      return say('decision.budgetReview');
    case 'high_risk':
      return say(planCount > 0 ? 'decision.highRiskPrepared' : 'decision.highRisk', { left });
    case 'no_balance':
      return say('decision.noBalance');
    case 'no_contract_payment':
      return say('decision.noContract');
    case 'none_affordable':
      return say('decision.noneAffordable', { left });
    default:
      return assertUnreachable(reason);
  }
}
