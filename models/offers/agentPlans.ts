import { type Affordability, affordability } from './affordability';
import { amortise, repay, runLedger } from './amortisation';
import type { Budget } from './budget';
import type { LoanTerms } from './loanTerms';
import { toPlan } from './makeOffers';
import { formatMoney, roundMoney } from '../shared/money';
import { compact, largestPayment, totalMonths } from './phases';
import type { Plan, PlanText, RiskInput } from './plan';
import { DEFAULT_LANGUAGE, type BorrowerLanguage } from '../i18n/languages';
import { sayIn } from '../i18n/translate';
import type { Draft } from './plans/draft';
import type { OfferPolicy } from './policy';

/**
 * Plans an agent builds by hand, typically when the engine found none: each parameter is checked against the
 * policy's limits and the borrower's affordability, and every check is kept, passed or failed, in words a
 * supervisor can read. A plan that passes is priced, scored and worded exactly as the engine's are.
 */
export type AgentPlanRequest =
  | { kind: 'token_payment'; amount: number; months: number }
  | { kind: 'breathing_space'; days: number }
  | { kind: 'reduced_payment'; pctOfContract: number; months: number }
  | { kind: 'term_extension'; extensionMonths: number };

export interface PlanCheck {
  rule: string;
  /** 'note': within policy, but something whoever reviews the case should know. */
  outcome: 'pass' | 'fail' | 'note';
  detail: string;
}

export interface AgentPlanContext {
  terms: LoanTerms;
  budget: Budget;
  risk: RiskInput;
  temporary: boolean | null | undefined;
  today: Date;
  policy: OfferPolicy;
  /** The borrower's language: the plan carries its wording in it, as the engine's plans do. */
  language?: BorrowerLanguage;
}

export interface AgentPlanResult {
  /** Absent when any check failed. */
  plan?: Plan;
  checks: PlanCheck[];
}

type Checks = { add(rule: string, ok: boolean, pass: string, fail: string): void; note(rule: string, detail: string): void; list: PlanCheck[] };

function checkList(): Checks {
  const list: PlanCheck[] = [];
  return {
    list,
    add: (rule, ok, pass, fail) => list.push({ rule, outcome: ok ? 'pass' : 'fail', detail: ok ? pass : fail }),
    note: (rule, detail) => list.push({ rule, outcome: 'note', detail }),
  };
}

const monthsText = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

type Say = ReturnType<typeof sayIn>;

interface Drafted {
  draft?: Draft;
  title?: (money: (x: number) => string, say: Say) => string;
  extra?: (say: Say) => string;
}

/** Relief for some months, then the contractual payment until the balance is cleared (token and reduced payments, breathing space). */
function reliefDraft(ctx: AgentPlanContext, key: string, months: number, amount: number, capitalise: boolean): Draft | undefined {
  const { terms } = ctx;
  const relief = runLedger(terms.balance, capitalise ? terms.ratePct : 0, [{ months, amount }]);
  const after = repay(relief.balance, terms.ratePct, terms.contractPayment);
  if (!after) return undefined;
  const base = { key, phases: compact([...relief.paid, ...after]), resumesAtMonth: months + 1 };
  if (amount === 0)
    return {
      ...base,
      type: 'deferral',
      details: {
        deferralMonths: months,
        interestCapitalised: roundMoney(relief.balance - terms.balance),
        balanceAfterDeferral: relief.balance,
        resumePayment: terms.contractPayment,
      },
    };
  return {
    ...base,
    type: 'reduced_payment',
    details: {
      reducedMonths: months,
      reducedPct: roundMoney((amount / terms.contractPayment) * 100),
      reducedPayment: amount,
      balanceAfterReduced: relief.balance,
      resumePayment: terms.contractPayment,
    },
  };
}

function inRange(checks: Checks, rule: string, value: number, min: number, max: number, what: (x: number) => string): void {
  checks.add(
    rule,
    Number.isFinite(value) && value >= min && value <= max,
    `${what(value)} is within ${what(min)}–${what(max)}`,
    `${what(value)} is outside the policy's ${what(min)}–${what(max)}`,
  );
}

function draftFor(request: AgentPlanRequest, ctx: AgentPlanContext, afford: Affordability, checks: Checks, money: (x: number) => string): Drafted {
  const { terms, policy } = ctx;
  const limits = policy.agentPlans;
  const affordable = (payment: number) =>
    checks.add(
      'affordability',
      payment <= afford.monthlyLimit,
      `${money(payment)} a month fits the borrower's budget (at most ${money(afford.monthlyLimit)})`,
      `${money(payment)} a month is more than the borrower's budget allows (${money(Math.max(0, afford.monthlyLimit))})`,
    );
  switch (request.kind) {
    case 'token_payment': {
      const { amount, months } = request;
      const cap = roundMoney((terms.contractPayment * limits.tokenPayment.maxPctOfContract) / 100);
      inRange(checks, 'token amount', amount, limits.tokenPayment.minAmount, cap, money);
      inRange(checks, 'token months', months, 1, limits.tokenPayment.maxMonths, monthsText);
      // With no room in the budget, a token payment is a gesture of engagement: only the policy's minimum is asked.
      if (afford.monthlyLimit >= limits.tokenPayment.minAmount) affordable(amount);
      else
        checks.add(
          'affordability',
          amount === limits.tokenPayment.minAmount,
          `The budget leaves no room, so only the minimum token of ${money(amount)} is asked`,
          `The budget leaves no room (${money(afford.monthlyLimit)} a month): only the minimum token of ${money(limits.tokenPayment.minAmount)} may be asked`,
        );
      return {
        draft: reliefDraft(ctx, `token-${amount}x${months}`, months, amount, true),
        title: (m, say) => say('plan.tokenTitle', { amount: m(amount), months: say('plan.months', { count: months }) }),
      };
    }
    case 'breathing_space': {
      const { days } = request;
      const allowed = limits.breathingSpace.days;
      checks.add(
        'breathing space length',
        allowed.includes(days),
        `${days} days is a length the policy allows`,
        `${days} days is not one of the policy's lengths (${allowed.join(' or ')} days)`,
      );
      checks.note('collection contact', `No payment is due and no collection contact is made for ${days} days; review the case before it ends`);
      const months = Math.max(1, Math.round(days / 30));
      return {
        draft: reliefDraft(ctx, `breathing-${days}`, months, 0, policy.deferral.capitaliseInterest),
        title: (_m, say) => say('plan.breathingTitle', { days }),
        extra: (say) => say('plan.breathingNoContact', { days }),
      };
    }
    case 'reduced_payment': {
      const { pctOfContract, months } = request;
      const { minPctOfContract, maxPctOfContract } = policy.reducedPayment;
      inRange(checks, 'reduced share', pctOfContract, minPctOfContract, maxPctOfContract, (x) => `${x}% of the instalment`);
      inRange(checks, 'reduced months', months, 1, limits.reducedPayment.maxMonths, monthsText);
      const amount = roundMoney((terms.contractPayment * pctOfContract) / 100);
      affordable(amount);
      return { draft: reliefDraft(ctx, `agent-${pctOfContract}x${months}`, months, amount, true) };
    }
    case 'term_extension': {
      const { extensionMonths } = request;
      inRange(checks, 'extension', extensionMonths, 1, policy.termExtension.maxMonths, monthsText);
      const newTerm = terms.remainingMonths + extensionMonths;
      checks.add(
        'total term',
        newTerm <= policy.termExtension.maxTotalTermMonths,
        `${monthsText(newTerm)} in all is within the policy's ${monthsText(policy.termExtension.maxTotalTermMonths)}`,
        `${monthsText(newTerm)} in all is longer than the policy's ${monthsText(policy.termExtension.maxTotalTermMonths)}`,
      );
      if (!(extensionMonths >= 1)) return {};
      const { payment, phases } = amortise(terms.balance, terms.ratePct, newTerm);
      checks.add(
        'relief',
        payment < terms.paymentNow,
        `The payment drops from ${money(terms.paymentNow)} to ${money(payment)}`,
        `${money(payment)} a month is no lower than the ${money(terms.paymentNow)} paid now`,
      );
      affordable(payment);
      const details = { extensionMonths, newTermMonths: newTerm, newPayment: payment, arrearsCapitalised: terms.arrears };
      return { draft: { type: 'term_extension', key: `agent-${extensionMonths}`, phases, details } };
    }
  }
}

/** Checks and, when every check passes, prices the plan an agent asked for. */
export function buildAgentPlan(request: AgentPlanRequest, ctx: AgentPlanContext): AgentPlanResult {
  const { terms, policy, budget } = ctx;
  const money = (x: number) => formatMoney(x, policy);
  const checks = checkList();
  const afford = affordability(budget, policy, ctx.temporary === true);
  const { draft, title, extra } = draftFor(request, ctx, afford, checks, money);
  if (!draft) {
    checks.add('repayable', false, '', `At ${money(terms.contractPayment)} a month afterwards the balance would never be repaid`);
    return { checks: checks.list };
  }
  const maxTermMonths = terms.originalTermMonths - terms.monthsElapsed + policy.termCap.maxMonthsBeyondOriginalTenure;
  const length = totalMonths(draft.phases);
  checks.add(
    'term cap',
    length <= maxTermMonths,
    `${monthsText(length)} is within the term cap of ${monthsText(maxTermMonths)}`,
    `${monthsText(length)} runs past the term cap of ${monthsText(maxTermMonths)}`,
  );
  if (draft.resumesAtMonth !== undefined) {
    const resume = largestPayment(draft.phases, draft.resumesAtMonth);
    if (resume > afford.monthlyLimit)
      checks.note('after the relief', `${money(resume)} a month resumes in month ${draft.resumesAtMonth}, more than today's budget allows: review before then`);
  }
  if (checks.list.some((c) => c.outcome === 'fail')) return { checks: checks.list };
  const cure = { probability: ctx.risk.probability, terms, budget, temporary: ctx.temporary, policy };
  const plan = toPlan(draft, ctx, cure, policy);
  // The kind the agent chose names the plan, for staff in English and for the borrower in their language.
  const reword = <T extends PlanText>(text: T, language: BorrowerLanguage): T => {
    const say = sayIn(language);
    return { ...text, ...(title && { title: title(money, say) }), ...(extra && { explanation: `${extra(say)} ${text.explanation}` }) };
  };
  return {
    plan: { ...reword(plan, DEFAULT_LANGUAGE), ...(plan.borrower && { borrower: reword(plan.borrower, plan.borrower.language) }), agentBuilt: true },
    checks: checks.list,
  };
}
