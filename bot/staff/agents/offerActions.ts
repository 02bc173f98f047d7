import { decideOffers, type FraudScreen } from '../../../models/intake/decideOffers';
import { fraudConversationKey } from '../../../dialogs/fraudReview';
import { MessageFactory } from 'botbuilder';
import type { ArrangementLedger } from '../../../models/ports/arrangements';
import type { IntakeServices } from '../../../models/ports/intakeServices';
import { offerCard } from '../../../dialogs/offerCard';
import { speech } from '../../../dialogs/speech';
import { confirmationMessage } from '../../../dialogs/confirmationMessage';
import { DEFAULT_LANGUAGE } from '../../../models/i18n/languages';
import { ArrangementConflictError, type Arrangement, type Plan } from '../../../models/offers';
import { planWording } from '../../../models/offers/plan';
import { armAssignment, arrangementTag } from '../../../models/offers/experiment';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import type { CaseStore } from '../../casework/cases/caseStore';
import { BorrowerOptedOutError, CaseConflictError } from './agentErrors';
import type { AgentMessenger } from './agentMessenger';
import { assertHolds, verifiedLoan, visibleCase, voiceOf, type Actor } from './caseAccess';
import type { CaseJournal } from './caseJournal';
import type { ConversationIntake } from '../../casework/intake/conversationIntake';

export interface OfferActionsDeps {
  cases: CaseStore;
  services: Pick<IntakeServices, 'loans' | 'risk' | 'offers' | 'messages' | 'settings' | 'now' | 'fraud' | 'confirmations' | 'experiments'>;
  arrangements: ArrangementLedger;
  journal: CaseJournal;
  messenger: AgentMessenger;
  conversations: ConversationIntake;
}

export type OfferRequest = { planId: string; fresh?: false } | { fresh: true; planId?: string };

/**
 * Agents offer only what the policy engine produced: one of the plans prepared
 * with the case, or a fresh decision for the case's intake. The borrower sees
 * the same card the bot shows; their acceptance (tapped, or said to the agent)
 * is recorded by the agent as the arrangement.
 */
export class OfferActions {
  constructor(private readonly deps: OfferActionsDeps) {}

  private async held(id: string, actor: Actor): Promise<CaseRecord> {
    const record = await visibleCase(this.deps.cases, id, actor);
    assertHolds(record, actor);
    return record;
  }

  private knownPlans(record: CaseRecord): Plan[] {
    const byId = new Map([...(record.intake.decision?.plans ?? []), ...record.plans].map((p) => [p.id, p]));
    return [...byId.values()];
  }

  /** A fresh policy decision for what the borrower told the bot (the same engine, inputs and experiment arm as the self-serve path). */
  private async freshPlans(record: CaseRecord): Promise<Plan[]> {
    const { services } = this.deps;
    const loan = verifiedLoan(record, services.loans);
    const { budget } = record.intake;
    if (!budget) throw new CaseConflictError('The borrower has not given a budget yet, so the policy engine cannot size a plan');
    const setting = await services.experiments?.current(loan.Loan_ID);
    const engines = { ...services, screen: this.fraudScreen(record), setting };
    const { risk, decision, fraud } = decideOffers(loan, { ...record.intake, budget }, engines, services.now());
    // A borrower first decided by an agent (handed over before the offers) joins the experiment here.
    const assignment = armAssignment(decision.experiment, loan.Loan_ID, risk.probability, services.now());
    if (assignment) await services.experiments?.record(assignment);
    if (decision.plans.length > 0) return decision.plans;
    throw new CaseConflictError(
      fraud?.withholdSettlements
        ? 'Settlement offers are withheld until a supervisor has reviewed the signals on this case, and no other plan fits'
        : `The policy engine found no plan for this borrower: ${decision.explanation}`,
    );
  }

  /**
   * The bot's fraud screen for an agent's fresh decision: the signals and verdicts the case's conversation has now,
   * so settlements stay withheld while a review is open or confirmed, as they are when the bot decides.
   */
  private fraudScreen(record: CaseRecord): FraudScreen | undefined {
    const { fraud } = this.deps.services;
    const conversation = fraudConversationKey(record.channelId, record.conversation.conversation?.id ?? '');
    return fraud && (() => fraud.standing(conversation));
  }

  /** Sends the plan to the borrower as an offer card and keeps it with the case. */
  async propose(id: string, actor: Actor, request: OfferRequest): Promise<{ plan: Plan; plans: Plan[] }> {
    const record = await this.held(id, actor);
    verifiedLoan(record, this.deps.services.loans);
    const candidates = request.fresh ? await this.freshPlans(record) : this.knownPlans(record);
    const plan = request.planId ? candidates.find((p) => p.id === request.planId) : candidates[0];
    if (!plan) throw new CaseConflictError(`No plan ${request.planId} for case ${id}; choose one of: ${candidates.map((p) => p.id).join(', ') || 'none'}`);
    const updated = await this.deps.cases.update(id, (c) => ({ ...c, plans: [...c.plans.filter((p) => p.id !== plan.id), plan] }));
    await this.deps.messenger.send(
      updated,
      MessageFactory.attachment(offerCard(plan, { index: 1, total: 1 }, speech(this.deps.services, record.intake), record.intake.language)),
      voiceOf(actor),
    );
    await this.deps.journal.audited(actor, 'case.offer', updated, { planId: plan.id, type: plan.type, fresh: Boolean(request.fresh) });
    return { plan, plans: candidates };
  }

  /**
   * Records the borrower's acceptance of a plan offered on this case as an arrangement agreed with an agent.
   * A loan has one live arrangement: while it has one, the agent must say it is being replaced (`replaces`,
   * its reference), which marks it replaced in the same step; otherwise the acceptance is refused.
   */
  async accept(id: string, actor: Actor, planId: string, replaces?: string): Promise<{ arrangement: Arrangement; borrowerNotified: boolean }> {
    const record = await this.held(id, actor);
    const loan = verifiedLoan(record, this.deps.services.loans);
    const plan = this.knownPlans(record).find((p) => p.id === planId);
    if (!plan) throw new CaseConflictError(`Plan ${planId} was not offered on case ${id}`);
    const language = record.intake.language ?? DEFAULT_LANGUAGE;
    // The borrower's arm goes with it (the control arm's outcomes are the agents' arrangements), as recorded when
    // it was first decided, so a fresh decision or a plan built by hand joins the report in the same arm.
    const { policyVersion, experiment: decided } = record.intake.decision ?? {};
    const experiment = arrangementTag(await this.deps.services.experiments?.assigned(loan.Loan_ID), decided, plan);
    const arrangement = this.deps.services.offers.createArrangement({
      ...{ loan, plan, channel: 'agent', now: this.deps.services.now() },
      ...{ language, policyVersion, experiment },
    });
    try {
      await (replaces ? this.deps.arrangements.replace(replaces, arrangement) : this.deps.arrangements.save(arrangement));
    } catch (err) {
      if (!(err instanceof ArrangementConflictError)) throw err;
      throw new CaseConflictError(
        `${err.message} To change it at the borrower's request, record the acceptance again replacing ${err.live.reference}; nothing was recorded.`,
      );
    }
    const updated = await this.deps.cases.update(id, (c) => ({ ...c, intake: { ...c.intake, arrangementReference: arrangement.reference } }));
    await this.deps.journal.audited(actor, 'case.arrangement', updated, { reference: arrangement.reference, planId: plan.id, ...(replaces && { replaces }) });
    await this.deps.journal.decision(updated, actor, 'arrangement', {
      reference: arrangement.reference,
      planId: plan.id,
      type: plan.type,
      schedule: arrangement.schedule,
      channel: 'agent',
      ...(replaces && { replaces }),
    });
    // The bot's record of the conversation learns it too, so it answers "your arrangement is in place" from now on.
    await this.deps.conversations.update(updated.conversation, async (intake) => {
      intake.arrangementReference = arrangement.reference;
      intake.stage = 'closed';
    });
    let borrowerNotified = true;
    try {
      await this.deps.messenger.send(
        updated,
        {
          text: speech(this.deps.services, updated.intake)('offer.agentAllSet', {
            title: planWording(plan, updated.intake.language).title,
            reference: arrangement.reference,
          }),
        },
        voiceOf(actor),
      );
      const conversation = fraudConversationKey(updated.channelId, updated.conversation.conversation?.id ?? '');
      const written = await confirmationMessage(this.deps.services, updated.intake, arrangement.reference, { conversation, actor: actor.user });
      if (written) await this.deps.messenger.send(updated, written, voiceOf(actor));
    } catch (err) {
      if (!(err instanceof BorrowerOptedOutError)) throw err;
      borrowerNotified = false;
    }
    return { arrangement, borrowerNotified };
  }
}
