import type { EscalationReason } from '../intake/escalationReason';
import type { Budget } from './budget';
import type { LoanTerms } from './loanTerms';
import { formatMoney, type MoneyFormat } from '../shared/money';
import { formatDate } from '../shared/calendar';
import type { Plan } from './plan';
import type { Draft } from './plans/draft';

/** All borrower-facing wording of the offer engine: plain English, figures formatted once here. */

export type PlanNumbers = Pick<Plan, 'monthlyPayment' | 'termMonths' | 'totalPaid' | 'borrowerSaving' | 'firstPaymentDate'>;
export type PlanText = Pick<Plan, 'title' | 'explanation' | 'figures'>;

const monthsText = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

function assertUnreachable(x: never): never {
  throw new Error(`unhandled plan type ${String(x)}`);
}

export function explainPlan(draft: Draft, n: PlanNumbers, terms: LoanTerms, format: MoneyFormat): PlanText {
  const money = (x: number) => formatMoney(x, format);
  const d = draft.details;
  const overall =
    n.borrowerSaving === 0
      ? 'Overall you pay the same as under your current agreement.'
      : n.borrowerSaving > 0
        ? `Overall you pay ${money(n.borrowerSaving)} less than under your current agreement.`
        : `Overall you pay ${money(-n.borrowerSaving)} more than under your current agreement, ${extraCostCause(draft, n, terms)}.`;
  // A payment re-derived from the loan's terms (loanTerms) is not one the borrower has been paying: say what it is.
  const usual = (amount: number) =>
    terms.paymentRederived ? `the ${money(amount)} a month that repays your loan on time` : `your usual payment of ${money(amount)}`;
  const common = [
    { label: 'Total you will pay', value: money(n.totalPaid) },
    { label: 'Compared with your current agreement', value: `${money(Math.abs(n.borrowerSaving))} ${n.borrowerSaving >= 0 ? 'less' : 'more'}` },
    { label: 'First payment', value: formatDate(n.firstPaymentDate, format.locale) },
    { label: 'Length', value: monthsText(n.termMonths) },
  ];
  const withCommon = (title: string, explanation: string, rows: PlanText['figures']): PlanText => ({
    title,
    explanation: `${explanation} ${overall}`,
    figures: [...rows, ...common],
  });

  switch (draft.type) {
    case 'deferral':
      return withCommon(
        `Pause payments for ${monthsText(d.deferralMonths)}`,
        `You pay nothing for the next ${monthsText(d.deferralMonths)}. ` +
          (d.interestCapitalised > 0
            ? `Interest of ${money(d.interestCapitalised)} is added to your balance. `
            : 'No interest is added while payments are paused. ') +
          `Then ${usual(d.resumePayment)} starts on ${formatDate(n.firstPaymentDate, format.locale)}, and your loan runs until it is repaid.`,
        [
          { label: 'Payment during the pause', value: money(0) },
          { label: 'Monthly payment afterwards', value: money(d.resumePayment) },
        ],
      );
    case 'term_extension':
      return withCommon(
        `Spread your loan over ${monthsText(d.extensionMonths)} more`,
        `Your loan is spread over ${monthsText(d.newTermMonths)} instead of ${monthsText(terms.remainingMonths)}, so your monthly payment drops from ${money(terms.paymentNow)} to ${money(d.newPayment)}.` +
          (d.arrearsCapitalised > 0 ? ` The ${money(d.arrearsCapitalised)} you have missed is added to the loan, so you are up to date straight away.` : ''),
        [{ label: 'New monthly payment', value: money(d.newPayment) }],
      );
    case 'rate_reduction':
      return withCommon(
        `Lower interest rate of ${d.newRatePct}%`,
        `We reduce your interest rate from ${d.oldRatePct}% to ${d.newRatePct}% a year, so your monthly payment becomes ${money(d.newPayment)} for the rest of your loan.` +
          (d.arrearsCapitalised > 0 ? ` The ${money(d.arrearsCapitalised)} you have missed is added to the loan.` : ''),
        [
          { label: 'New interest rate', value: `${d.newRatePct}%` },
          { label: 'New monthly payment', value: money(d.newPayment) },
        ],
      );
    case 'reduced_payment':
      return withCommon(
        `Pay ${money(d.reducedPayment)} a month for ${monthsText(d.reducedMonths)}`,
        `For ${monthsText(d.reducedMonths)} you pay ${money(d.reducedPayment)} instead of ${money(d.resumePayment)}. The difference, with its interest, stays on your loan; then ${usual(d.resumePayment)} starts again until the loan is repaid.`,
        [
          { label: 'Reduced monthly payment', value: money(d.reducedPayment) },
          { label: 'Monthly payment afterwards', value: money(d.resumePayment) },
        ],
      );
    case 'arrears_plan':
      return withCommon(
        `Catch up over ${monthsText(d.catchUpMonths)}`,
        `You pay ${usual(d.contractPayment)} plus about ${money(d.catchUpPayment)} towards the ${money(d.arrears)} you have missed, for ${monthsText(d.catchUpMonths)}. No extra interest is charged on the missed payments.`,
        [
          { label: 'Monthly payment while catching up', value: money(n.monthlyPayment) },
          { label: 'Monthly payment afterwards', value: money(d.contractPayment) },
        ],
      );
    case 'settlement_lump_sum':
      return withCommon(
        `Settle for ${money(d.settlementAmount)} in one payment`,
        `Pay ${money(d.settlementAmount)} by ${formatDate(n.firstPaymentDate, format.locale)} and your loan is settled in full: we write off the remaining ${money(d.writtenOff)}.`,
        [{ label: 'One payment', value: money(d.settlementAmount) }],
      );
    case 'settlement_instalments':
      return withCommon(
        `Settle for ${money(d.settlementAmount)} over ${monthsText(d.instalments)}`,
        `Pay ${money(d.settlementAmount)} in ${d.instalments} monthly payments of about ${money(d.instalmentAmount)} and your loan is settled in full: we write off the remaining ${money(d.writtenOff)}.`,
        [{ label: 'Monthly payment', value: money(d.instalmentAmount) }],
      );
    default:
      return assertUnreachable(draft.type);
  }
}

/** Why a plan costs more overall, in the borrower's terms: the longer term, or the arrears and relief that now carry interest. */
function extraCostCause(draft: Draft, n: PlanNumbers, terms: LoanTerms): string {
  if (n.termMonths > terms.remainingMonths) return 'because interest runs for longer';
  if ((draft.details.arrearsCapitalised ?? 0) > 0) return 'because the payments you have missed are added to your loan and interest is charged on them';
  return 'because interest is charged on the payments you put off';
}

/** The reasons the offer engine itself escalates for (a subset of every escalation reason). */
export type OfferEscalationReason = Extract<
  EscalationReason,
  'high_risk' | 'vulnerable' | 'crisis' | 'none_affordable' | 'budget_needs_review' | 'no_balance' | 'no_contract_payment'
>;

export function explainDecision(budget: Budget, planCount: number, format: MoneyFormat, reason?: OfferEscalationReason): string {
  const left = `You have about ${formatMoney(Math.max(0, budget.disposableIncome), format)} a month left after essential costs and other repayments.`;
  switch (reason) {
    case undefined:
      return planCount === 1
        ? `${left} Here is an option that fits your budget. Accept it if it suits you, or ask to speak to someone.`
        : `${left} Here are ${planCount} options that fit your budget. Choose the one that suits you best, or ask to speak to someone.`;
    case 'crisis':
      return 'Your safety matters more than this loan. Someone from our team will contact you, and nothing will happen on your account until you have spoken to them.';
    case 'vulnerable':
      return 'We want to make sure you get the right support, so a member of our team will go through your options with you. There is no pressure to decide anything now.';
    case 'budget_needs_review':
      return 'Some of the figures you gave need a quick check by a member of our team before we can agree a plan. They will be in touch.';
    case 'high_risk':
      return `${left} A specialist from our team will go through the options with you${planCount > 0 ? '; we have prepared them already' : ''}.`;
    case 'no_balance':
      return 'Our records show no balance left to pay on this loan, so there is nothing to arrange. A member of our team will check your account and confirm it with you.';
    case 'no_contract_payment':
      return 'We could not find your regular monthly payment in our records, so a member of our team will check your account before we suggest a plan. They will be in touch.';
    case 'none_affordable':
      return `${left} We could not find a plan that fits your budget right now, so a member of our team will talk it through with you.`;
    default:
      return assertUnreachable(reason);
  }
}
