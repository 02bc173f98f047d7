import type { StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { planWording } from '../models/offers/plan';
import { type Arrangement, nextPayment } from '../models/offers';
import type { IntakeServices } from '../models/ports/intakeServices';
import { formatMoney } from '../models/shared/money';
import { escalate } from './escalate';
import { recordDecision } from './recordDecision';
import { tapped, withQuickReplies } from './replies';
import { WaitForReply } from './waitForReply';
import { dayIn, speech } from './speech';

export type LiveArrangementServices = Pick<IntakeServices, 'escalations' | 'settings' | 'messages' | 'now'>;

export const LIVE_ARRANGEMENT_DIALOG = 'liveArrangementDialog';
const FLOW = 'liveArrangement.flow';
const WAIT = 'liveArrangement.wait';

export interface LiveArrangementOptions {
  arrangement: Arrangement;
}

/**
 * A loan has one live arrangement at a time. A borrower who already has one is shown it (the plan, the next
 * payment, the reference) instead of new offers; changing it is for a person, so asking to goes to an agent.
 */
export class LiveArrangementDialog extends ComponentDialog {
  constructor(
    private readonly services: LiveArrangementServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(LIVE_ARRANGEMENT_DIALOG);
    this.addDialog(
      new WaitForReply(WAIT, async (context) => {
        const say = speech(this.services, await this.intakeState.get(context, freshIntake()));
        await context.sendActivity(withQuickReplies(say('live.question'), [say('button.changeArrangement'), say('button.keepArrangement')]));
      }),
    );
    this.addDialog(new WaterfallDialog(FLOW, [this.showStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async showStep(step: WaterfallStepContext<LiveArrangementOptions>): Promise<DialogTurnResult> {
    const { arrangement } = step.options;
    const { currency, locale } = this.services.settings;
    const next = nextPayment(arrangement, this.services.now()) ?? null;
    await recordDecision(step.context, 'arrangement_in_place', {
      reference: arrangement.reference,
      planId: arrangement.plan.id,
      type: arrangement.plan.type,
      nextPayment: next,
    });
    const intake = await this.intakeState.get(step.context, freshIntake());
    const say = speech(this.services, intake);
    const day = dayIn(this.services, intake);
    const due = next ? say('live.due', { amount: formatMoney(next.amount, { currency, locale }), date: day(next.dueDate) }) : '';
    const shown = say('live.shown', {
      title: planWording(arrangement.plan, intake.language).title,
      // The day it was agreed where the borrower lives, not the UTC date of the timestamp.
      agreedOn: day(new Date(arrangement.createdAt)),
      reference: arrangement.reference,
      due,
    });
    await step.context.sendActivity(withQuickReplies(shown, [say('button.changeArrangement'), say('button.keepArrangement')]));
    return step.beginDialog(WAIT);
  }

  private async answerStep(step: WaterfallStepContext<LiveArrangementOptions>): Promise<DialogTurnResult> {
    const { arrangement } = step.options;
    const text = (step.context.activity.text ?? '').trim().toLowerCase();
    const { language } = await this.intakeState.get(step.context, freshIntake());
    const change =
      tapped(text, 'button.changeArrangement', this.services.messages, language) ||
      /\b(change|alter|different|can'?t (afford|pay|keep)|cannot (afford|pay|keep)|no longer)\b/.test(text);
    if (change) {
      await escalate(step.context, this.services, this.intakeState, 'change_arrangement', {
        note: `Wants to change live arrangement ${arrangement.reference} ("${arrangement.plan.title}")`,
      });
      return step.endDialog();
    }
    const intake = await this.intakeState.get(step.context, freshIntake());
    intake.arrangementReference = arrangement.reference;
    intake.stage = 'closed';
    await step.context.sendActivity(speech(this.services, intake)('live.kept', { reference: arrangement.reference }));
    return step.endDialog();
  }
}
