import { DEFAULT_LANGUAGE, type BorrowerLanguage } from '../i18n/languages';
import type { LoanRecord } from '../loanBook/loanRecord';
import { type Affordability, affordability, fits, monthlyPayment } from './affordability';
import type { Budget } from './budget';
import { addMonths, isoDate } from '../shared/calendar';
import { type CureContext, cureProbability, expectedRecovery } from './cure';
import { type OfferEscalationReason, explainDecision, explainPlan } from './explain';
import { OfferInputError } from './inputError';
import { type LoanTerms, loanProblem, loanTerms } from './loanTerms';
import { roundMoney } from '../shared/money';
import { npv } from './npv';
import { firstPaymentMonth, totalMonths, totalPaid } from './phases';
import { RISK_BANDS } from '../risk/bands';
import { type Plan, type PlanType, type RiskInput, SETTLEMENT_TYPES } from './plan';
import { PLAN_BUILDERS } from './plans';
import type { Draft, PlanContext } from './plans/draft';
import type { BandRules, OfferPolicy } from './policy';
import { rankPlans, shownPlans } from './ranking';

export type { OfferEscalationReason } from './explain';

export interface OfferContext {
  loan: LoanRecord;
  risk: RiskInput;
  budget: Budget;
  vulnerable: boolean;
  crisis: boolean;
  /** The borrower's own answer to "will it get better?" (the intake's story.temporary): null = "I don't know", undefined = not asked. */
  temporary: boolean | null | undefined;
  today: Date;
  /** The borrower's language, for the plans' and the decision's words; English when unset. Staff keep the English. */
  language?: BorrowerLanguage;
}

/** Why a plan type the band allows was or was not offered, for supervisors. */
export interface ConsideredPlan {
  type: PlanType;
  outcome: 'offered' | 'ranked_out' | 'unaffordable' | 'beyond_term_cap' | 'not_applicable' | 'excluded_no_settlement_pressure';
  /** The smallest regular payment any variant needed, when none fitted. */
  smallestPaymentNeeded?: number;
}

/** Everything the decision used, for the audit trail. */
export interface DecisionInputs {
  loanId: string;
  borrowerId: string;
  today: string;
  risk: RiskInput;
  vulnerable: boolean;
  crisis: boolean;
  temporary: boolean | null;
  budget: Budget;
  /** Absent when the record could not be priced (no balance, no instalment on file). */
  terms?: LoanTerms;
  /** The longest any plan may run from today: the remaining term plus the policy's months beyond the original tenure. */
  maxTermMonths?: number;
  affordability: Affordability;
  bandRules: Pick<BandRules, 'action' | 'plans'>;
  considered: ConsideredPlan[];
}

export interface OfferDecision {
  action: 'offer' | 'escalate';
  escalationReason?: OfferEscalationReason;
  /** Ranked by the lender's expected recovery under the fairness guard (models/offers/ranking.ts); for 'escalate', every option prepared for the agent. */
  plans: Plan[];
  /** For staff and the audit trail, in English. */
  explanation: string;
  /** The same in the borrower's language (what the chat sends). */
  borrowerExplanation: string;
  inputs: DecisionInputs;
  policyVersion: string;
}

function validate(ctx: OfferContext): void {
  const { risk, today } = ctx;
  if (!(Number.isFinite(risk.probability) && risk.probability >= 0 && risk.probability <= 1))
    throw new OfferInputError(`risk.probability must be between 0 and 1, got ${risk.probability}`);
  if (!RISK_BANDS.includes(risk.band)) throw new OfferInputError(`risk.band must be one of ${RISK_BANDS.join(', ')}, got ${String(risk.band)}`);
  if (!(today instanceof Date) || Number.isNaN(today.getTime())) throw new OfferInputError('today must be a valid Date');
}

/** A priced draft as the borrower sees it; agents' hand-built plans (agentPlans.ts) are worded and scored the same way. */
export function toPlan(draft: Draft, ctx: Pick<OfferContext, 'today' | 'language'>, cure: CureContext, policy: OfferPolicy): Plan {
  const { terms } = cure;
  const first = firstPaymentMonth(draft.phases);
  const total = totalPaid(draft.phases);
  const numbers = {
    monthlyPayment: monthlyPayment(draft),
    termMonths: totalMonths(draft.phases),
    totalPaid: total,
    borrowerSaving: roundMoney(terms.contractTotal - total),
    firstPaymentDate: isoDate(addMonths(ctx.today, first)),
  };
  // Rounded before use, so the expected recovery recomputes exactly from the figures shown.
  const cureChance = Math.round(cureProbability(draft, cure) * 10000) / 10000;
  return {
    id: `${draft.type}-${draft.key}`,
    type: draft.type,
    ...explainPlan(draft, numbers, terms, policy),
    ...(ctx.language &&
      ctx.language !== DEFAULT_LANGUAGE && { borrower: { ...explainPlan(draft, numbers, terms, policy, ctx.language), language: ctx.language } }),
    ...numbers,
    startDate: isoDate(ctx.today),
    cureProbability: cureChance,
    expectedRecovery: expectedRecovery(draft.phases, cureChance, terms.balance, policy),
    details: { ...draft.details, npv: roundMoney(npv(draft.phases, policy.npv.annualDiscountRatePct)) },
    phases: draft.phases,
  };
}

function escalationReason(ctx: OfferContext, rules: BandRules, offered: number): OfferEscalationReason | undefined {
  if (ctx.crisis) return 'crisis';
  if (ctx.vulnerable) return 'vulnerable';
  if (ctx.budget.needsHumanReview) return 'budget_needs_review';
  if (rules.action === 'escalate') return 'high_risk';
  if (offered === 0) return 'none_affordable';
  return undefined;
}

/** For each plan type the band allows: the smallest concession within the term cap that the borrower can afford. */
function candidatePlans(ctx: OfferContext, rules: BandRules, cure: CureContext, afford: Affordability, maxMonths: number, policy: OfferPolicy) {
  const planContext: PlanContext = { terms: cure.terms, policy, band: ctx.risk.band };
  const noSettlementPressure = ctx.vulnerable || ctx.crisis;
  const considered: ConsideredPlan[] = [];
  const plans: Plan[] = [];
  for (const type of rules.plans) {
    if (noSettlementPressure && SETTLEMENT_TYPES.includes(type)) {
      considered.push({ type, outcome: 'excluded_no_settlement_pressure' });
      continue;
    }
    let smallest = Infinity;
    let beyondCap = false;
    let chosen: Draft | undefined;
    for (const draft of PLAN_BUILDERS[type](planContext)) {
      if (totalMonths(draft.phases) > maxMonths) {
        beyondCap = true;
        continue;
      }
      if (fits(draft, afford)) {
        chosen = draft;
        break;
      }
      smallest = Math.min(smallest, draft.type === 'settlement_lump_sum' ? totalPaid(draft.phases) : monthlyPayment(draft));
    }
    if (chosen) plans.push(toPlan(chosen, ctx, cure, policy));
    considered.push(
      chosen
        ? { type, outcome: 'offered' }
        : smallest < Infinity
          ? { type, outcome: 'unaffordable', smallestPaymentNeeded: smallest }
          : { type, outcome: beyondCap ? 'beyond_term_cap' : 'not_applicable' },
    );
  }
  return { plans, considered };
}

export function makeOffers(ctx: OfferContext, policy: OfferPolicy): OfferDecision {
  validate(ctx);
  const rules = policy.bands[ctx.risk.band];
  const temporary = ctx.temporary ?? null;
  const afford = affordability(ctx.budget, policy, temporary === true);
  const decision = (
    reason: OfferEscalationReason | undefined,
    plans: Plan[],
    priced: Pick<DecisionInputs, 'terms' | 'maxTermMonths' | 'considered'>,
  ): OfferDecision => ({
    action: reason ? 'escalate' : 'offer',
    ...(reason && { escalationReason: reason }),
    plans,
    explanation: explainDecision(ctx.budget, plans.length, policy, reason),
    borrowerExplanation: explainDecision(ctx.budget, plans.length, policy, reason, ctx.language),
    inputs: {
      loanId: ctx.loan.Loan_ID,
      borrowerId: ctx.loan.Borrower_ID,
      today: isoDate(ctx.today),
      risk: { probability: ctx.risk.probability, band: ctx.risk.band },
      vulnerable: ctx.vulnerable,
      crisis: ctx.crisis,
      temporary,
      budget: ctx.budget,
      ...priced,
      affordability: afford,
      bandRules: { action: rules.action, plans: rules.plans },
    },
    policyVersion: policy.version,
  });

  const problem = loanProblem(ctx.loan);
  if (problem) {
    // Nothing can be priced, but crisis and vulnerability still set how the case is handled.
    const urgent = ctx.crisis ? 'crisis' : ctx.vulnerable ? 'vulnerable' : undefined;
    return decision(urgent ?? problem, [], { considered: [] });
  }

  const terms = loanTerms(ctx.loan);
  // The total term, months already behind included, stays within the original tenure plus the policy's months.
  const maxTermMonths = terms.originalTermMonths - terms.monthsElapsed + policy.termCap.maxMonthsBeyondOriginalTenure;
  const cure: CureContext = { probability: ctx.risk.probability, terms, budget: ctx.budget, temporary, policy };
  const { plans, considered } = candidatePlans(ctx, rules, cure, afford, maxTermMonths, policy);
  const ranked = rankPlans(plans, terms, policy);
  const reason = escalationReason(ctx, rules, ranked.length);
  // The chat shows a short list; an agent gets every prepared option.
  const shown = reason ? ranked : shownPlans(ranked, policy.maxPlansOffered);
  for (const plan of ranked.filter((p) => !shown.includes(p))) {
    const entry = considered.find((c) => c.type === plan.type);
    if (entry) entry.outcome = 'ranked_out';
  }
  return decision(reason, shown, { terms, maxTermMonths, considered });
}
