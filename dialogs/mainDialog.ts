import type { StatePropertyAccessor } from 'botbuilder';
import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { recordDecision } from './recordDecision';
import { answerWhileWaiting, waitingForPerson } from './waitingForPerson';
import { freshIntake, reached, type IntakeState, type Stage } from '../models/intake/intakeState';
import { InterruptibleDialog, type InterruptionServices } from './interruptibleDialog';
import { speech } from './speech';
import type { MessageKey } from '../models/i18n/translate';

/**
 * One dialog per stage of the flow, injected so each is built (and tested) with only what it uses; and the
 * missed-payment follow-up, which comes straight after verification when the live arrangement has a lapse.
 */
export type StageDialogs = Record<'welcome' | 'verify' | 'story' | 'budget' | 'offer' | 'missedPayment', Dialog>;

export const MAIN_DIALOG = 'mainDialog';
const FLOW = 'main.flow';

const STAGE_WORDS: Partial<Record<Stage, MessageKey>> = { story: 'main.stageStory', budget: 'main.stageBudget', offer: 'main.stageOffer' };

/**
 * The intake from welcome to close. Each stage is its own dialog; this one
 * routes by the saved stage, so a conversation (or a verified borrower on a new
 * one) picks up where it stopped, and it owns the interruptions via its base.
 */
export class MainDialog extends InterruptibleDialog {
  constructor(services: InterruptionServices, intakeState: StatePropertyAccessor<IntakeState>, stages: StageDialogs) {
    super(MAIN_DIALOG, services, intakeState);
    for (const dialog of Object.values(stages)) this.addDialog(dialog);
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.routeStep.bind(this),
        this.stageStep('welcome', stages.welcome.id),
        this.stageStep('verify', stages.verify.id),
        this.resumeStep.bind(this),
        this.missedPaymentStep(stages.missedPayment.id),
        this.stageStep('story', stages.story.id),
        this.stageStep('budget', stages.budget.id),
        this.stageStep('offer', stages.offer.id),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  private intake(step: WaterfallStepContext): Promise<IntakeState> {
    return this.intakeState.get(step.context, freshIntake());
  }

  /** States after the flow: answer briefly and stay out of the way of the people now handling the case. */
  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = await this.intake(step);
    const { context } = step;
    const text = (context.activity.text ?? '').trim();
    const say = speech(this.services, intake);
    switch (intake.stage) {
      case 'opted_out':
        if (!/^(start|unstop|resume)$/i.test(text)) return step.endDialog();
        await this.services.contacts.optIn(context.activity.channelId, context.activity.from.id, this.services.now());
        await recordDecision(context, 'opt_in', {});
        intake.stage = intake.resumeStage && intake.resumeStage !== 'opted_out' ? intake.resumeStage : 'welcome';
        await context.sendActivity(say('main.optedIn'));
        return step.next();
      case 'crisis':
      case 'escalated':
      case 'declined':
        if (!waitingForPerson(intake)) return step.endDialog();
        return (await answerWhileWaiting(context, this.services, this.intakeState)) === 'resumed' ? step.next() : step.endDialog();
      case 'closed':
        await context.sendActivity(
          say('main.closed', { reference: intake.arrangementReference ? say('main.referenceAside', { reference: intake.arrangementReference }) : '' }),
        );
        return step.endDialog();
      case 'parked': {
        intake.stage = intake.resumeStage ?? 'welcome';
        await recordDecision(context, 'resumed', { stage: intake.stage });
        const where = STAGE_WORDS[intake.stage];
        await context.sendActivity(where ? say('main.welcomeBackAt', { stage: say(where) }) : say('main.welcomeBack'));
        return step.next();
      }
      default:
        return step.next();
    }
  }

  private stageStep(stage: Stage, dialogId: string) {
    return async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
      const intake = await this.intake(step);
      if (intake.stage !== stage && reached(intake, stage)) return step.next();
      if (intake.stage !== stage) return step.endDialog();
      return step.beginDialog(dialogId);
    };
  }

  /** A verified borrower on the way to the story, budget or offers hears of a missed payment first (the dialog checks for one). */
  private missedPaymentStep(dialogId: string) {
    return async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
      const intake = await this.intake(step);
      const onTheWay = intake.stage === 'story' || intake.stage === 'budget' || intake.stage === 'offer';
      return intake.verifiedLoanId && onTheWay ? step.beginDialog(dialogId) : step.next();
    };
  }

  /** A verified borrower who started before, in another conversation, continues from where they stopped. */
  private async resumeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = await this.intake(step);
    if (intake.stage !== 'story' || !intake.verifiedLoanId || intake.story) return step.next();
    const saved = await this.services.progress.load(intake.verifiedLoanId);
    const savedStage = saved?.stage === 'parked' ? saved.resumeStage : saved?.stage;
    if (!saved || !savedStage || !['budget', 'offer'].includes(savedStage)) return step.next();
    // A safety check belongs to the conversation it was asked in; a language chosen here outranks the saved one.
    Object.assign(intake, {
      ...saved,
      language: intake.language ?? saved.language,
      stage: savedStage,
      verifiedAt: intake.verifiedAt,
      consentAt: intake.consentAt,
      escalation: undefined,
      safetyCheck: intake.safetyCheck,
    });
    await recordDecision(step.context, 'resumed', { stage: savedStage, from: 'borrower_progress' });
    const say = speech(this.services, intake);
    await step.context.sendActivity(say('main.resumed', { stage: say(STAGE_WORDS[savedStage]!) }));
    return step.next();
  }
}
