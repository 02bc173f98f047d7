import type { LoanRecord } from '../loanBook/loanRecord';
import { type Affordability, affordability, fits, monthlyPayment } from './affordability';
import type { Budget } from './budget';
import { addMonths, isoDate } from '../shared/calendar';
import { type OfferEscalationReason, explainDecision, explainPlan } from './explain';
import { OfferInputError } from './inputError';
import { type LoanTerms, loanTerms } from './loanTerms';
import { roundMoney } from '../shared/money';
import { expectedRecovery, npv } from './npv';
import { firstPaymentMonth, totalMonths, totalPaid } from './phases';
import { RISK_BANDS } from '../risk/bands';
import { type Plan, type PlanType, type RiskInput, SETTLEMENT_TYPES } from './plan';
import { PLAN_BUILDERS } from './plans';
import type { Draft, PlanContext } from './plans/draft';
import type { BandRules, OfferPolicy } from './policy';

export type { OfferEscalationReason } from './explain';

export interface OfferContext {
  loan: LoanRecord;
  risk: RiskInput;
  budget: Budget;
  vulnerable: boolean;
  crisis: boolean;
  today: Date;
}

/** Why a plan type the band allows was or was not offered, for supervisors. */
export interface ConsideredPlan {
  type: PlanType;
  outcome: 'offered' | 'ranked_out' | 'unaffordable' | 'not_applicable' | 'excluded_no_settlement_pressure';
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
  budget: Budget;
  terms: LoanTerms;
  affordability: Affordability;
  bandRules: Pick<BandRules, 'action' | 'plans'>;
  considered: ConsideredPlan[];
}

export interface OfferDecision {
  action: 'offer' | 'escalate';
  escalationReason?: OfferEscalationReason;
  /** Ranked by the lender's expected recovery, ties to the borrower's benefit; for 'escalate', the options prepared for the agent. */
  plans: Plan[];
  explanation: string;
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

function toPlan(draft: Draft, ctx: OfferContext, terms: LoanTerms, policy: OfferPolicy): Plan {
  const first = firstPaymentMonth(draft.phases);
  const total = totalPaid(draft.phases);
  const numbers = {
    monthlyPayment: monthlyPayment(draft),
    termMonths: totalMonths(draft.phases),
    totalPaid: total,
    borrowerSaving: roundMoney(terms.contractTotal - total),
    firstPaymentDate: isoDate(addMonths(ctx.today, first)),
  };
  return {
    id: `${draft.type}-${draft.key}`,
    type: draft.type,
    ...explainPlan(draft, numbers, terms, policy),
    ...numbers,
    startDate: isoDate(ctx.today),
    expectedRecovery: expectedRecovery(draft.phases, policy.npv.annualDiscountRatePct, ctx.risk.probability),
    details: { ...draft.details, npv: roundMoney(npv(draft.phases, policy.npv.annualDiscountRatePct)) },
    phases: draft.phases,
  };
}

/** Lender's expected recovery first; ties go to the borrower (pays less overall, then less a month). */
function byRank(a: Plan, b: Plan): number {
  return b.expectedRecovery - a.expectedRecovery || b.borrowerSaving - a.borrowerSaving || a.monthlyPayment - b.monthlyPayment || a.id.localeCompare(b.id);
}

function escalationReason(ctx: OfferContext, rules: BandRules, offered: number): OfferEscalationReason | undefined {
  if (ctx.crisis) return 'crisis';
  if (ctx.vulnerable) return 'vulnerable';
  if (ctx.budget.needsHumanReview) return 'budget_needs_review';
  if (rules.action === 'escalate') return 'high_risk';
  if (offered === 0) return 'none_affordable';
  return undefined;
}

export function makeOffers(ctx: OfferContext, policy: OfferPolicy): OfferDecision {
  validate(ctx);
  const terms = loanTerms(ctx.loan);
  const rules = policy.bands[ctx.risk.band];
  const afford = affordability(ctx.budget, policy, ctx.loan.Hardship_Temporary === true);
  const planContext: PlanContext = { terms, policy, band: ctx.risk.band };
  const noSettlementPressure = ctx.vulnerable || ctx.crisis;

  const considered: ConsideredPlan[] = [];
  const plans: Plan[] = [];
  for (const type of rules.plans) {
    if (noSettlementPressure && SETTLEMENT_TYPES.includes(type)) {
      considered.push({ type, outcome: 'excluded_no_settlement_pressure' });
      continue;
    }
    let smallest = Infinity;
    let chosen: Draft | undefined;
    for (const draft of PLAN_BUILDERS[type](planContext)) {
      if (fits(draft, afford)) {
        chosen = draft;
        break;
      }
      smallest = Math.min(smallest, draft.type === 'settlement_lump_sum' ? totalPaid(draft.phases) : monthlyPayment(draft));
    }
    if (chosen) plans.push(toPlan(chosen, ctx, terms, policy));
    considered.push(
      chosen
        ? { type, outcome: 'offered' }
        : smallest < Infinity
          ? { type, outcome: 'unaffordable', smallestPaymentNeeded: smallest }
          : { type, outcome: 'not_applicable' },
    );
  }
  plans.sort(byRank);

  const reason = escalationReason(ctx, rules, plans.length);
  // The chat shows a short list; an agent gets every prepared option.
  const shown = reason ? plans : plans.slice(0, policy.maxPlansOffered);
  for (const plan of plans.slice(shown.length)) {
    const entry = considered.find((c) => c.type === plan.type);
    if (entry) entry.outcome = 'ranked_out';
  }
  return {
    action: reason ? 'escalate' : 'offer',
    ...(reason && { escalationReason: reason }),
    plans: shown,
    explanation: explainDecision(ctx.budget, shown.length, policy, reason),
    inputs: {
      loanId: ctx.loan.Loan_ID,
      borrowerId: ctx.loan.Borrower_ID,
      today: isoDate(ctx.today),
      risk: { probability: ctx.risk.probability, band: ctx.risk.band },
      vulnerable: ctx.vulnerable,
      crisis: ctx.crisis,
      budget: ctx.budget,
      terms,
      affordability: afford,
      bandRules: { action: rules.action, plans: rules.plans },
      considered,
    },
    policyVersion: policy.version,
  };
}
