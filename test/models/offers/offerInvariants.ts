import { runLedger } from '../../../models/offers/amortisation';
import { npv } from '../../../models/offers/npv';
import type { OfferContext, OfferDecision } from '../../../models/offers/makeOffers';
import { addStreams, evenInstalments, largestPayment, type Phase, totalMonths, totalPaid } from '../../../models/offers/phases';
import { type Plan, SETTLEMENT_TYPES } from '../../../models/offers/plan';
import type { OfferPolicy } from '../../../models/offers/policy';
import { extraCostLimit } from '../../../models/offers/ranking';
import type { LoanTerms } from '../../../models/offers/loanTerms';
import { floorMoney, formatMoney, roundMoney } from '../../../models/shared/money';

const same = (a: readonly Phase[], b: readonly Phase[]) => JSON.stringify(a) === JSON.stringify(b);

/** Re-runs the plan's payments through the ledger (or re-adds them) from the loan's own figures: null when they agree. */
function ledgerProblem(plan: Plan, terms: LoanTerms, policy: OfferPolicy): string | null {
  const d = plan.details;
  const clears = (balance: number, ratePct: number, phases: readonly Phase[]) => {
    const ledger = runLedger(balance, ratePct, phases);
    return ledger.balance === 0 && same(ledger.paid, phases);
  };
  switch (plan.type) {
    case 'term_extension':
      return clears(terms.balance, terms.ratePct, plan.phases) ? null : 'does not repay the balance at the loan rate';
    case 'rate_reduction':
      return clears(terms.balance, d.newRatePct, plan.phases) ? null : 'does not repay the balance at the new rate';
    case 'reduced_payment':
      return clears(terms.balance, terms.ratePct, plan.phases) ? null : 'does not repay the balance';
    case 'deferral': {
      const paused = runLedger(terms.balance, policy.deferral.capitaliseInterest ? terms.ratePct : 0, [{ months: d.deferralMonths, amount: 0 }]);
      const ok = paused.balance === d.balanceAfterDeferral && clears(paused.balance, terms.ratePct, plan.phases.slice(1));
      return ok && plan.phases[0].amount === 0 && plan.phases[0].months === d.deferralMonths ? null : 'does not repay the deferred balance';
    }
    case 'arrears_plan':
      return same(addStreams(terms.schedule, evenInstalments(terms.arrears, d.catchUpMonths) ?? []), plan.phases)
        ? null
        : 'is not the contract plus the catch-up';
    case 'settlement_lump_sum':
    case 'settlement_instalments':
      return totalPaid(plan.phases) === d.settlementAmount && roundMoney(terms.balance - d.settlementAmount) === d.writtenOff
        ? null
        : 'does not add up to the settlement';
  }
}

/**
 * Every rule a decision must keep, as a list of what it broke (empty when it keeps them all): the escalation
 * rules, the term cap, the affordable share, the fairness guard, the settlement floor and shown settlement,
 * and figures that recompute exactly from the plan's payments and the loan.
 */
export function offerViolations(ctx: OfferContext, d: OfferDecision, policy: OfferPolicy): string[] {
  const out: string[] = [];
  const { budget, loan } = ctx;
  const rules = policy.bands[ctx.risk.band];
  const problem = roundMoney(loan.Outstanding_Loan_Amount) <= 0 ? 'no_balance' : roundMoney(loan.Monthly_EMI) <= 0 ? 'no_contract_payment' : undefined;
  const mustEscalate = Boolean(problem) || ctx.vulnerable || ctx.crisis || budget.needsHumanReview || rules.action === 'escalate' || d.plans.length === 0;
  if ((d.action === 'escalate') !== mustEscalate) out.push(`action ${d.action}`);
  if (problem) {
    const reason = ctx.crisis ? 'crisis' : ctx.vulnerable ? 'vulnerable' : problem;
    if (d.escalationReason !== reason || d.plans.length > 0 || d.inputs.terms) out.push(`unpriceable record escalated as ${d.escalationReason}`);
    return out;
  }
  const terms = d.inputs.terms;
  if (!terms) return [...out, 'no terms for a priced record'];
  const tenure = Math.round(loan.Loan_Tenure);
  if (terms.monthsElapsed + terms.remainingMonths > tenure) out.push(`remaining ${terms.remainingMonths} runs past the tenure`);
  const cap = tenure + policy.termCap.maxMonthsBeyondOriginalTenure;
  const monthlyLimit =
    budget.disposableIncome > 0 ? floorMoney(budget.disposableIncome * policy.affordability.maxShareOfDisposableIncome) : budget.disposableIncome;
  const lumpLimit = budget.lumpSumAvailable + Math.max(0, monthlyLimit);
  const fairness = extraCostLimit(terms, policy);
  const lgd = policy.recoveryOnFailure.lgdPct / 100;
  const floor = (terms.balance * policy.settlement.floorPctOfBalance) / 100;

  d.plans.forEach((plan, i) => {
    const bad = (what: string) => out.push(`${plan.id} ${what}`);
    const settlement = SETTLEMENT_TYPES.includes(plan.type);
    const reliefEnds = (plan.details.deferralMonths ?? plan.details.reducedMonths ?? Infinity) + 1;
    if (!rules.plans.includes(plan.type)) bad('is not allowed for the band');
    if (settlement && (ctx.vulnerable || ctx.crisis)) bad('is a settlement for a vulnerable borrower');
    if (terms.monthsElapsed + plan.termMonths > cap) bad(`runs ${terms.monthsElapsed + plan.termMonths} months in all, past the cap ${cap}`);
    // Affordability: the payment committed to now, and the rest unless the borrower said the hardship is temporary.
    if (plan.type === 'settlement_lump_sum') {
      if (plan.totalPaid > lumpLimit) bad('lump sum above what is available');
    } else {
      if (plan.monthlyPayment > monthlyLimit || largestPayment(plan.phases, 1, reliefEnds) > monthlyLimit) bad('pays above the affordable share');
      if (ctx.temporary !== true && largestPayment(plan.phases) > monthlyLimit) bad('returns to a payment above the affordable share');
    }
    if (settlement ? plan.totalPaid < floor - 1e-9 || plan.totalPaid > terms.balance : plan.totalPaid < terms.balance - 0.01) bad('pays outside its bounds');
    if ((plan.type === 'rate_reduction' || plan.type === 'term_extension') && plan.monthlyPayment >= Math.min(terms.contractPayment, loan.Monthly_EMI))
      bad('does not lower the payment');
    // Figures recompute exactly.
    const monthly = plan.type === 'settlement_lump_sum' ? 0 : largestPayment(plan.phases, 1, reliefEnds);
    const recovery = roundMoney(
      plan.cureProbability * npv(plan.phases, policy.npv.annualDiscountRatePct) + (1 - plan.cureProbability) * (1 - lgd) * terms.balance,
    );
    if (plan.totalPaid !== totalPaid(plan.phases) || plan.termMonths !== totalMonths(plan.phases) || plan.monthlyPayment !== monthly)
      bad('figures do not add up');
    if (plan.borrowerSaving !== roundMoney(terms.contractTotal - plan.totalPaid)) bad('saving does not recompute');
    if (plan.expectedRecovery !== recovery || plan.details.npv !== roundMoney(npv(plan.phases, policy.npv.annualDiscountRatePct)))
      bad('value does not recompute');
    if (!(plan.cureProbability >= 0 && plan.cureProbability <= 1)) bad(`cure probability ${plan.cureProbability}`);
    if (plan.figures.find((f) => f.label === 'Total you will pay')?.value !== formatMoney(plan.totalPaid, policy)) bad('shows another total');
    if (/NaN|undefined|Infinity/.test(plan.explanation + JSON.stringify(plan.figures))) bad('explanation is broken');
    const ledger = ledgerProblem(plan, terms, policy);
    if (ledger) bad(ledger);
    // Fairness: costing more than the agreement (beyond the limit) never comes above a plan cheaper by more than the limit.
    if (plan.totalPaid - terms.contractTotal > fairness)
      for (const below of d.plans.slice(i + 1)) if (plan.totalPaid - below.totalPaid > fairness) bad(`costs more yet is ranked above ${below.id}`);
  });
  const settlementAffordable = d.inputs.considered.some((c) => SETTLEMENT_TYPES.includes(c.type) && (c.outcome === 'offered' || c.outcome === 'ranked_out'));
  if (settlementAffordable && !d.plans.some((p) => SETTLEMENT_TYPES.includes(p.type))) out.push('an affordable settlement is hidden');
  return out;
}
