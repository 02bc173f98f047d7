import { intakeFacts } from '../../../models/intake/decideOffers';
import { type AgentPlanRequest, type AgentPlanResult, buildAgentPlan, type PlanCheck } from '../../../models/offers/agentPlans';
import { loanProblem, loanTerms } from '../../../models/offers/loanTerms';
import type { Plan } from '../../../models/offers';
import type { OfferPolicy } from '../../../models/offers/policy';
import type { IntakeServices } from '../../../models/ports/intakeServices';
import { DomainError } from '../../../models/shared/domainError';
import type { CaseStore } from '../../casework/cases/caseStore';
import { CaseConflictError } from './agentErrors';
import { assertHolds, verifiedLoan, visibleCase, type Actor } from './caseAccess';
import type { CaseJournal } from './caseJournal';
import type { OfferActions } from './offerActions';

/** The plan asked for breaks a policy limit or the borrower's affordability; the message lists every failed check. */
export class PlanOutOfPolicyError extends DomainError {
  readonly kind = 'unprocessable';
  override name = 'PlanOutOfPolicyError';
  constructor(readonly checks: PlanCheck[]) {
    const failed = checks.filter((c) => c.outcome === 'fail').map((c) => c.detail);
    super(`This plan is outside the policy: ${failed.join('; ')}. Nothing was sent.`);
  }
}

export interface PlanBuilderDeps {
  cases: CaseStore;
  services: Pick<IntakeServices, 'loans' | 'risk' | 'now'>;
  journal: CaseJournal;
  offers: Pick<OfferActions, 'propose'>;
  policy: OfferPolicy;
}

/**
 * Plans an agent builds with the borrower when the engine found none (token payment, breathing space,
 * reduced instalments, a longer term), within the policy's limits (models/offers/agentPlans.ts). A plan that
 * passes is kept with the case and sent as the bot's own offer card, so accepting it is recorded like any
 * other agent offer (OfferActions.accept).
 */
export class PlanBuilder {
  constructor(private readonly deps: PlanBuilderDeps) {}

  /** What the plan would be and every check it passes or fails; nothing is sent or kept. */
  async check(id: string, actor: Actor, request: AgentPlanRequest): Promise<AgentPlanResult> {
    const record = await visibleCase(this.deps.cases, id, actor);
    assertHolds(record, actor);
    const { services, policy } = this.deps;
    const loan = verifiedLoan(record, services.loans);
    const { budget } = record.intake;
    if (!budget) throw new CaseConflictError('The borrower has not given a budget yet: enter it with them under "Budget" first');
    const problem = loanProblem(loan);
    if (problem) throw new CaseConflictError(`Loan ${loan.Loan_ID} cannot be priced (${problem.replaceAll('_', ' ')}): no plan can be built for it`);
    const risk = record.intake.risk ?? services.risk.score(loan, intakeFacts({ ...record.intake, budget }));
    const { language } = record.intake;
    return buildAgentPlan(request, {
      terms: loanTerms(loan),
      budget,
      risk,
      temporary: record.intake.story?.temporary,
      today: services.now(),
      policy,
      language,
    });
  }

  /** Builds the plan, keeps it with the case and sends it to the borrower as an offer card; refused with reasons when outside policy. */
  async send(id: string, actor: Actor, request: AgentPlanRequest): Promise<{ plan: Plan; checks: PlanCheck[] }> {
    const { plan, checks } = await this.check(id, actor, request);
    const record = await visibleCase(this.deps.cases, id, actor);
    if (!plan) {
      await this.deps.journal.audited(actor, 'case.plan_refused', record, { request, checks });
      throw new PlanOutOfPolicyError(checks);
    }
    await this.deps.cases.update(id, (c) => ({ ...c, plans: [...c.plans.filter((p) => p.id !== plan.id), plan] }));
    await this.deps.journal.audited(actor, 'case.plan_built', record, { request, planId: plan.id, type: plan.type, checks });
    await this.deps.offers.propose(id, actor, { planId: plan.id });
    return { plan, checks };
  }
}
