import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { decideOffers, hasCurrentDecision, protectionsOf } from '../models/intake/decideOffers';
import { ArrangementConflictError, type Plan } from '../models/offers';
import { planWording } from '../models/offers/plan';
import { armAssignment, arrangementTag } from '../models/offers/experiment';
import { LIVE_ARRANGEMENT_DIALOG, LiveArrangementDialog } from './liveArrangementDialog';
import { recordDecision } from './recordDecision';
import { escalate } from './escalate';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { WaitForReply } from './waitForReply';
import { readOfferAction, type OfferChoice } from '../models/offers/offerChoice';
import { offerCard } from './offerCard';
import { formatMoney } from '../models/shared/money';
import type { RiskBand } from '../models/risk/bands';
import { tapped, withQuickReplies } from './replies';
import { conversationOf, sendForReview } from './fraudReview';
import type { FraudDecision } from '../models/fraud/decision';
import type { IntakeServices } from '../models/ports/intakeServices';
import { dayIn, speech } from './speech';
import { DEFAULT_LANGUAGE } from '../models/i18n/languages';
import { sendConfirmation } from './confirmationMessage';

/** The services this dialog uses, and no others. */
export type OfferServices = Pick<
  IntakeServices,
  'loans' | 'risk' | 'offers' | 'arrangements' | 'escalations' | 'nlp' | 'settings' | 'messages' | 'now' | 'fraud' | 'confirmations' | 'experiments'
>;

export const OFFER_DIALOG = 'offerDialog';
const DECIDE = 'offer.decide';
const CHOICE_LOOP = 'offer.choice';
const CHOICE_WAIT = 'offer.choice.wait';
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** Step 5 and 6: score the risk, offer affordable plans as cards, and act on the borrower's choice. */
export class OfferDialog extends ComponentDialog {
  constructor(
    private readonly services: OfferServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(OFFER_DIALOG);
    this.addDialog(new WaterfallDialog(DECIDE, [this.decideStep.bind(this)]));
    this.addDialog(new WaitForReply(CHOICE_WAIT, (context) => this.askForChoice(context)));
    this.addDialog(new WaterfallDialog(CHOICE_LOOP, [async (step) => step.beginDialog(CHOICE_WAIT), this.choiceStep.bind(this)]));
    this.addDialog(new LiveArrangementDialog(services, intakeState));
    this.initialDialogId = DECIDE;
  }

  private async decideStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = await this.intakeState.get(step.context, freshIntake());
    // One live arrangement per loan: a borrower who has one sees it instead of new offers.
    const live = await this.services.arrangements.liveForLoan(intake.verifiedLoanId ?? '', this.services.now());
    if (live) return step.replaceDialog(LIVE_ARRANGEMENT_DIALOG, { arrangement: live });
    const { decision, fraud } = this.savedDecision(step.context, intake) ?? (await this.decide(step, intake));
    const say = speech(this.services, intake);
    // The borrower hears why these plans, in plain words; the figures behind it are for staff.
    if (intake.risk?.borrowerSummary) await step.context.sendActivity(say('offer.summary', { summary: intake.risk.borrowerSummary }));

    if (decision.action === 'escalate') {
      await step.context.sendActivity(decision.borrowerExplanation ?? decision.explanation);
      // The free-advice referral is the market's (deployment profile), not the policy's.
      if (decision.escalationReason === 'none_affordable') await step.context.sendActivity(say('offer.debtAdvice'));
      if (fraud?.escalate) await sendForReview(step.context, this.services, this.intakeState, fraud, decision.plans);
      else await escalate(step.context, this.services, this.intakeState, decision.escalationReason ?? 'asked_for_human', { plans: decision.plans });
      return step.endDialog();
    }
    // The explanation says how many options there are, so all of them are shown (the policy caps how many).
    await step.context.sendActivity(decision.borrowerExplanation ?? decision.explanation);
    const cards = decision.plans.map((plan, i) => offerCard(plan, { index: i + 1, total: decision.plans.length }, say, intake.language));
    await step.context.sendActivity(MessageFactory.carousel(cards));
    intake.plansShown = decision.plans.length;
    return step.replaceDialog(CHOICE_LOOP);
  }

  /**
   * The decision kept on the intake, while it still holds. One held back for
   * fraud review is made again once a supervisor has marked the signals false
   * (the same checks, seen by a person, no longer withhold anything); while
   * the review is open or was confirmed it stands, with the reasons again.
   */
  private savedDecision(
    context: TurnContext,
    intake: IntakeState,
  ): { decision: NonNullable<IntakeState['decision']>; fraud: FraudDecision | undefined } | undefined {
    if (!hasCurrentDecision(intake)) return undefined;
    const decision = intake.decision!;
    if (decision.escalationReason !== 'fraud_review' || !this.services.fraud) return { decision, fraud: undefined };
    const standing = this.services.fraud.standing(conversationOf(context));
    return standing.escalate ? { decision, fraud: standing } : undefined;
  }

  /** Scores the risk and asks the policy engine, recording both; kept on the intake so a return visit shows the same plans. */
  private async decide(
    step: WaterfallStepContext,
    intake: IntakeState,
  ): Promise<{ decision: NonNullable<IntakeState['decision']>; fraud: FraudDecision | undefined }> {
    const loan = this.services.loans.get(intake.verifiedLoanId ?? '');
    const { budget, story } = intake;
    if (!loan || !budget || !story) throw new Error('offer step reached without a verified loan, story and budget');
    const { fraud: watch, now, experiments } = this.services;
    const conversation = conversationOf(step.context);
    const screen =
      watch && ((risk: { band: RiskBand }) => watch.beforeOffers({ conversation, loan, budget, hardshipReasons: story.reasons, band: risk.band }, now()));
    const setting = await experiments?.current(loan.Loan_ID);
    const { risk, decision, fraud } = decideOffers(loan, { ...intake, budget }, { ...this.services, screen, setting }, now());
    intake.risk = risk;
    const { experiment } = decision;
    const assignment = armAssignment(experiment, loan.Loan_ID, risk.probability, now());
    if (assignment) await experiments?.record(assignment);
    await recordDecision(step.context, 'risk_score', {
      probability: risk.probability,
      band: risk.band,
      reasons: risk.reasons,
      modelVersion: risk.modelVersion,
    });
    const { action, escalationReason, plans, explanation, borrowerExplanation, policyVersion } = decision;
    intake.decision = {
      ...{ action, escalationReason, plans, explanation, borrowerExplanation, policyVersion, protections: protectionsOf(intake) },
      ...(experiment && { experiment }),
    };
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
      experiment: experiment ?? null,
    });
    return { decision: intake.decision, fraud };
  }

  private readChoice(step: WaterfallStepContext, plans: Plan[], language: IntakeState['language']): OfferChoice {
    const fromCard = readOfferAction(step.context.activity.value);
    if (fromCard) return fromCard;
    const text = (step.context.activity.text ?? '').trim().toLowerCase();
    const button = (key: 'button.needTime' | 'button.noneOfThese') => tapped(text, key, this.services.messages, language);
    if (/\b(other|more|different)\b/.test(text)) return { action: 'other' };
    if (button('button.needTime') || /\b(time|think|later|tomorrow)\b/.test(text)) return { action: 'later' };
    if (button('button.noneOfThese') || /\b(none|neither|decline)\b/.test(text) || this.services.nlp.parseConfirmation(text) === 'no')
      return { action: 'decline' };
    const ordinal = /\b(?:option\s*)?([1-9]|first|second|third|fourth|fifth)\b/.exec(text);
    if (ordinal && /\b(accept|take|want|choose|go with|option)\b/.test(text)) {
      const chosen = plans[(ORDINALS[ordinal[1]] ?? Number(ordinal[1])) - 1];
      if (chosen) return { action: 'accept', planId: chosen.id };
    }
    if (plans.length === 1 && (/\b(accept|agree|take it)\b/.test(text) || this.services.nlp.parseConfirmation(text) === 'yes'))
      return { action: 'accept', planId: plans[0].id };
    return { action: 'unclear' };
  }

  private async choiceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = await this.intakeState.get(step.context, freshIntake());
    const plans = intake.decision?.plans ?? [];
    const choice = this.readChoice(step, plans, intake.language);
    const say = speech(this.services, intake);
    await recordDecision(step.context, 'offer_choice', { choice });
    switch (choice.action) {
      case 'accept': {
        const plan = plans.find((p) => p.id === choice.planId);
        if (!plan) break;
        return this.accept(step, intake, plan);
      }
      case 'other':
        await step.context.sendActivity(withQuickReplies(say('offer.other'), [say('button.talkToSomeone'), say('button.needTime')]));
        return step.replaceDialog(CHOICE_LOOP);
      case 'later':
        intake.resumeStage = 'offer';
        intake.stage = 'parked';
        await recordDecision(step.context, 'parked', { stage: 'offer' });
        await step.context.sendActivity(say('offer.parked'));
        return step.endDialog();
      case 'human':
        await escalate(step.context, this.services, this.intakeState, 'asked_for_human', { plans });
        return step.endDialog();
      case 'decline':
        intake.stage = 'declined';
        await step.context.sendActivity(say('offer.declined'));
        await escalate(step.context, this.services, this.intakeState, 'declined_offers', { plans });
        return step.endDialog();
      case 'unclear':
        break;
    }
    await this.askForChoice(step.context);
    return step.replaceDialog(CHOICE_LOOP);
  }

  private async askForChoice(context: TurnContext): Promise<void> {
    const say = speech(this.services, await this.intakeState.get(context, freshIntake()));
    await context.sendActivity(withQuickReplies(say('offer.askChoice'), [say('button.needTime'), say('button.noneOfThese'), say('button.talkToSomeone')]));
  }

  private async accept(step: WaterfallStepContext, intake: IntakeState, plan: Plan): Promise<DialogTurnResult> {
    const loan = this.services.loans.get(intake.verifiedLoanId ?? '')!;
    const { policyVersion, experiment: decided } = intake.decision ?? {};
    const experiment = arrangementTag(await this.services.experiments?.assigned(loan.Loan_ID), decided, plan);
    const arrangement = this.services.offers.createArrangement({
      ...{ loan, plan, channel: step.context.activity.channelId, now: this.services.now() },
      ...{ language: intake.language ?? DEFAULT_LANGUAGE, policyVersion, experiment },
    });
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
    const { currency, locale } = this.services.settings;
    const say = speech(this.services, intake);
    const first = arrangement.schedule[0];
    const firstPayment = first
      ? say('offer.firstPayment', { amount: formatMoney(first.amount, { currency, locale }), date: dayIn(this.services, intake)(first.dueDate) })
      : '';
    await step.context.sendActivity(say('offer.allSet', { title: planWording(plan, intake.language).title, firstPayment }));
    await step.context.sendActivity(say('offer.reference', { reference: arrangement.reference }));
    await sendConfirmation(step.context, this.services, intake, arrangement.reference);
    return step.endDialog();
  }
}
