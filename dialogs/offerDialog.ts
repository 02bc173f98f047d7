import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { decideOffers, hasCurrentDecision, protectionsOf } from '../models/intake/decideOffers';
import { ArrangementConflictError, type Plan } from '../models/offers';
import { LIVE_ARRANGEMENT_DIALOG, LiveArrangementDialog } from './liveArrangementDialog';
import { recordDecision } from './recordDecision';
import { escalate } from './escalate';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { TALK_TO_SOMEONE } from './interruptibleDialog';
import { readOfferAction, type OfferChoice } from '../models/offers/offerChoice';
import { offerCard } from './offerCard';
import { formatDate } from '../models/shared/calendar';
import { formatMoney } from '../models/shared/money';
import type { RiskBand } from '../models/risk/bands';
import { withQuickReplies } from './replies';
import { conversationOf, sendForReview } from './fraudReview';
import type { FraudDecision } from '../models/fraud/decision';
import type { IntakeServices } from '../models/ports/intakeServices';

/** The services this dialog uses, and no others. */
export type OfferServices = Pick<IntakeServices, 'loans' | 'risk' | 'offers' | 'arrangements' | 'escalations' | 'nlp' | 'settings' | 'now' | 'fraud'>;

export const OFFER_DIALOG = 'offerDialog';
const DECIDE = 'offer.decide';
const CHOICE_LOOP = 'offer.choice';

const BATCH = 3;
const NEED_TIME = 'I need time to think';
const NONE_OF_THESE = 'None of these';
const OTHER_OPTIONS = 'Other options';

/** What the borrower can do with the plans shown; no figures, so it can follow anything (help, a safety check). */
const CHOICES = () =>
  withQuickReplies('You can tap "Accept this plan" on the option you want, see other options, take time to think, or talk to someone.', [
    OTHER_OPTIONS,
    NEED_TIME,
    NONE_OF_THESE,
    TALK_TO_SOMEONE,
  ]);

/** Waits for the borrower's choice; asked again, it repeats what they can do. */
class ChoiceLoop extends WaterfallDialog {
  override async repromptDialog(context: TurnContext): Promise<void> {
    await context.sendActivity(CHOICES());
  }
}

/** Step 5 and 6: score the risk, offer affordable plans as cards, and act on the borrower's choice. */
export class OfferDialog extends ComponentDialog {
  constructor(
    private readonly services: OfferServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(OFFER_DIALOG);
    this.addDialog(new WaterfallDialog(DECIDE, [this.decideStep.bind(this)]));
    this.addDialog(new ChoiceLoop(CHOICE_LOOP, [async () => Dialog.EndOfTurn, this.choiceStep.bind(this)]));
    this.addDialog(new LiveArrangementDialog(services, intakeState));
    this.initialDialogId = DECIDE;
  }

  private async decideStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = await this.intakeState.get(step.context, freshIntake());
    // One live arrangement per loan: a borrower who has one sees it instead of new offers.
    const live = await this.services.arrangements.liveForLoan(intake.verifiedLoanId ?? '', this.services.now());
    if (live) return step.replaceDialog(LIVE_ARRANGEMENT_DIALOG, { arrangement: live });
    const { decision, fraud } = hasCurrentDecision(intake) ? { decision: intake.decision!, fraud: undefined } : await this.decide(step, intake);
    // The borrower hears why these plans, in plain words; the figures behind it are for staff.
    if (intake.risk?.borrowerSummary)
      await step.context.sendActivity(`Thanks. I've looked at your account and what you've told me. ${intake.risk.borrowerSummary}`);

    if (decision.action === 'escalate') {
      await step.context.sendActivity(decision.explanation);
      // The free-advice referral is the market's (deployment profile), not the policy's.
      if (decision.escalationReason === 'none_affordable')
        await step.context.sendActivity(`Free, independent debt advice is also available from ${this.services.settings.debtAdvice}.`);
      if (fraud?.escalate) await sendForReview(step.context, this.services, this.intakeState, fraud, decision.plans);
      else await escalate(step.context, this.services, this.intakeState, decision.escalationReason ?? 'asked_for_human', { plans: decision.plans });
      return step.endDialog();
    }
    intake.plansShown = 0;
    await step.context.sendActivity(withQuickReplies(decision.explanation, [NEED_TIME, NONE_OF_THESE]));
    await this.showNextPlans(step, intake);
    return step.replaceDialog(CHOICE_LOOP);
  }

  /** Scores the risk and asks the policy engine, recording both; kept on the intake so a return visit shows the same plans. */
  private async decide(
    step: WaterfallStepContext,
    intake: IntakeState,
  ): Promise<{ decision: NonNullable<IntakeState['decision']>; fraud: FraudDecision | undefined }> {
    const loan = this.services.loans.get(intake.verifiedLoanId ?? '');
    const { budget, story } = intake;
    if (!loan || !budget || !story) throw new Error('offer step reached without a verified loan, story and budget');
    const { fraud: watch, now } = this.services;
    const conversation = conversationOf(step.context);
    const screen =
      watch && ((risk: { band: RiskBand }) => watch.beforeOffers({ conversation, loan, budget, hardshipReasons: story.reasons, band: risk.band }, now()));
    const { risk, decision, fraud } = decideOffers(loan, { ...intake, budget }, { ...this.services, screen }, now());
    intake.risk = risk;
    await recordDecision(step.context, 'risk_score', {
      probability: risk.probability,
      band: risk.band,
      reasons: risk.reasons,
      modelVersion: risk.modelVersion,
    });
    const { action, escalationReason, plans, explanation, policyVersion } = decision;
    intake.decision = { action, escalationReason, plans, explanation, policyVersion, protections: protectionsOf(intake) };
    await recordDecision(step.context, 'offers_shown', {
      action,
      escalationReason: escalationReason ?? null,
      plans: plans.map(({ id, type, monthlyPayment, termMonths, cureProbability, expectedRecovery }) => ({
        id,
        type,
        monthlyPayment,
        termMonths,
        cureProbability,
        expectedRecovery,
      })),
      inputs: decision.inputs,
      policyVersion,
    });
    return { decision: intake.decision, fraud };
  }

  private async showNextPlans(step: WaterfallStepContext, intake: IntakeState): Promise<boolean> {
    const plans = intake.decision?.plans ?? [];
    const from = intake.plansShown ?? 0;
    const batch = plans.slice(from, from + BATCH);
    if (batch.length === 0) return false;
    const cards = batch.map((plan, i) => offerCard(plan, { index: from + i + 1, total: plans.length }));
    await step.context.sendActivity(MessageFactory.carousel(cards));
    intake.plansShown = from + batch.length;
    return true;
  }

  private readChoice(step: WaterfallStepContext, visible: Plan[]): OfferChoice {
    const fromCard = readOfferAction(step.context.activity.value);
    if (fromCard) return fromCard;
    const text = (step.context.activity.text ?? '').trim().toLowerCase();
    if (text === OTHER_OPTIONS.toLowerCase() || /\b(other|more|different)\b/.test(text)) return { action: 'other' };
    if (text === NEED_TIME.toLowerCase() || /\b(time|think|later|tomorrow)\b/.test(text)) return { action: 'later' };
    if (text === NONE_OF_THESE.toLowerCase() || /\b(none|neither|decline)\b/.test(text) || this.services.nlp.parseConfirmation(text) === 'no')
      return { action: 'decline' };
    const ordinal = /\b(?:option\s*)?(1|2|3|first|second|third)\b/.exec(text);
    if (ordinal && /\b(accept|take|want|choose|go with|option)\b/.test(text)) {
      const index = { '1': 0, first: 0, '2': 1, second: 1, '3': 2, third: 2 }[ordinal[1] as '1'];
      if (visible[index]) return { action: 'accept', planId: visible[index].id };
    }
    if (visible.length === 1 && (/\b(accept|agree|take it)\b/.test(text) || this.services.nlp.parseConfirmation(text) === 'yes'))
      return { action: 'accept', planId: visible[0].id };
    return { action: 'unclear' };
  }

  private async choiceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = await this.intakeState.get(step.context, freshIntake());
    const plans = intake.decision?.plans ?? [];
    const shown = intake.plansShown ?? 0;
    const visible = plans.slice(Math.max(0, shown - BATCH), shown);
    const choice = this.readChoice(step, visible);
    await recordDecision(step.context, 'offer_choice', { choice });
    switch (choice.action) {
      case 'accept': {
        const plan = plans.find((p) => p.id === choice.planId);
        if (!plan) break;
        return this.accept(step, intake, plan);
      }
      case 'other':
        if (await this.showNextPlans(step, intake)) return step.replaceDialog(CHOICE_LOOP);
        await step.context.sendActivity(
          withQuickReplies('Those are all the options I can offer on my own. A member of our team may be able to do more.', [TALK_TO_SOMEONE, NEED_TIME]),
        );
        return step.replaceDialog(CHOICE_LOOP);
      case 'later':
        intake.resumeStage = 'offer';
        intake.stage = 'parked';
        await recordDecision(step.context, 'parked', { stage: 'offer' });
        await step.context.sendActivity(
          "Of course, take your time. I've saved your options. When you're ready, just message us again and verify your details, and we'll carry on from here.",
        );
        return step.endDialog();
      case 'human':
        await escalate(step.context, this.services, this.intakeState, 'asked_for_human', { plans });
        return step.endDialog();
      case 'decline':
        intake.stage = 'declined';
        await step.context.sendActivity("That's fine. I'll ask a member of our team to look at other ways we can help.");
        await escalate(step.context, this.services, this.intakeState, 'declined_offers', { plans });
        return step.endDialog();
      case 'unclear':
        break;
    }
    await step.context.sendActivity(CHOICES());
    return step.replaceDialog(CHOICE_LOOP);
  }

  private async accept(step: WaterfallStepContext, intake: IntakeState, plan: Plan): Promise<DialogTurnResult> {
    const loan = this.services.loans.get(intake.verifiedLoanId ?? '')!;
    const arrangement = this.services.offers.createArrangement({ loan, plan, channel: step.context.activity.channelId, now: this.services.now() });
    try {
      await this.services.arrangements.save(arrangement);
    } catch (err) {
      // Agreed meanwhile elsewhere (another chat, an agent): the loan keeps the one it has.
      if (err instanceof ArrangementConflictError) return step.replaceDialog(LIVE_ARRANGEMENT_DIALOG, { arrangement: err.live });
      throw err;
    }
    intake.arrangementReference = arrangement.reference;
    intake.stage = 'closed';
    await recordDecision(step.context, 'arrangement', { reference: arrangement.reference, planId: plan.id, type: plan.type, schedule: arrangement.schedule });
    const { currency, locale, contactDetails } = this.services.settings;
    const first = arrangement.schedule[0];
    const firstPayment = first
      ? `Your first payment of ${formatMoney(first.amount, { currency, locale })} is due on ${formatDate(first.dueDate, locale)}.`
      : '';
    await step.context.sendActivity(`All set: "${plan.title}" is now in place. ${firstPayment}`);
    await step.context.sendActivity(
      `Your reference is ${arrangement.reference}. Please keep it and quote it if you contact us. If anything changes, message us here or contact us at ${contactDetails}. Thank you for talking to us today.`,
    );
    return step.endDialog();
  }
}
