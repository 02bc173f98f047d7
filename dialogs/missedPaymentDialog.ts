import type { StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import type { IntakeServices } from '../models/ports/intakeServices';
import type { MissedPayment } from '../models/ports/promises';
import { formatMoney } from '../models/shared/money';
import { escalate } from './escalate';
import { recordDecision } from './recordDecision';
import { tapped, withQuickReplies } from './replies';
import { dayIn, speech, type Say } from './speech';
import { WaitForReply } from './waitForReply';

export type MissedPaymentServices = Pick<IntakeServices, 'promises' | 'escalations' | 'settings' | 'messages' | 'now'>;

export const MISSED_PAYMENT_DIALOG = 'missedPaymentDialog';
const SHOW = 'missedPayment.show';
const ANSWER = 'missedPayment.answer';
const WAIT = 'missedPayment.wait';

/** "Talk to someone" needs no branch here: asking for a person is an interruption the main dialog hands over. */
const choices = (say: Say) => [say('button.catchUp'), say('button.changePlan'), say('button.talkToSomeone')];

/**
 * A verified borrower whose live arrangement has an instalment missed or part-paid (and not caught up) hears of
 * it first, kindly, with what is owed and since when, and chooses: catch up (how and by when), change the plan
 * (for a person, as changing a live arrangement is), or talk to someone. Without a lapse, an instalment coming up
 * within the reminder days is told instead (its reminder, so one borrower hears one or the other, never both).
 * Before verification nothing is said.
 */
export class MissedPaymentDialog extends ComponentDialog {
  constructor(
    private readonly services: MissedPaymentServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(MISSED_PAYMENT_DIALOG);
    this.addDialog(
      new WaitForReply(WAIT, async (context) => {
        const say = speech(this.services, await this.intakeState.get(context, freshIntake()));
        await context.sendActivity(withQuickReplies(say('followUp.question'), choices(say)));
      }),
    );
    this.addDialog(new WaterfallDialog(SHOW, [this.showStep.bind(this)]));
    this.addDialog(new WaterfallDialog<MissedPayment>(ANSWER, [async (step) => step.beginDialog(WAIT), this.answerStep.bind(this)]));
    this.initialDialogId = SHOW;
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = await this.intakeState.get(step.context, freshIntake());
    if (!intake.verifiedLoanId) return step.endDialog();
    const missed = await this.services.promises.missedPayment(intake.verifiedLoanId, step.context.activity.conversation.id, this.services.now());
    if (!missed) return this.upcoming(step, intake.verifiedLoanId);
    const { lapse, arrangement } = missed;
    await recordDecision(step.context, 'missed_payment', {
      reference: arrangement.reference,
      dueDate: lapse.dueDate,
      arrears: lapse.arrears,
      daysPastDue: lapse.daysPastDue,
    });
    intake.missedPayment = { reference: arrangement.reference, dueDate: lapse.dueDate, arrears: lapse.arrears };
    const say = speech(this.services, intake);
    const shown = say('followUp.shown', {
      date: dayIn(this.services, intake)(lapse.dueDate),
      reference: arrangement.reference,
      amount: this.money(lapse.arrears),
    });
    await step.context.sendActivity(withQuickReplies(shown, choices(say)));
    return step.replaceDialog(ANSWER, missed);
  }

  private async answerStep(step: WaterfallStepContext<MissedPayment>): Promise<DialogTurnResult> {
    const { arrangement, lapse, next } = step.options;
    const text = (step.context.activity.text ?? '').trim().toLowerCase();
    const intake = await this.intakeState.get(step.context, freshIntake());
    delete intake.missedPayment;
    const say = speech(this.services, intake);
    // "I can't pay" is a change, not a promise to catch up, so it is read first.
    const button = (key: 'button.changePlan' | 'button.catchUp') => tapped(text, key, this.services.messages, intake.language);
    const change =
      button('button.changePlan') || /\b(change|alter|different|new plan|can'?t (afford|pay|keep)|cannot (afford|pay|keep)|no longer)\b/.test(text);
    if (change) {
      await step.context.sendActivity(say('followUp.change'));
      await escalate(step.context, this.services, this.intakeState, 'change_arrangement', {
        note: `Missed payment due ${lapse.dueDate} on live arrangement ${arrangement.reference} ("${arrangement.plan.title}"), ${lapse.arrears} in arrears: wants to change the plan`,
      });
      return step.endDialog();
    }
    const catchUp = button('button.catchUp') || /\b(catch up|pay (it|the rest|now|today|tomorrow|soon)|i('| wi)ll pay|will pay)\b/.test(text);
    if (!catchUp) {
      await step.context.sendActivity(withQuickReplies(say('followUp.question'), choices(say)));
      return step.replaceDialog(ANSWER, step.options);
    }
    await recordDecision(step.context, 'catch_up', {
      reference: arrangement.reference,
      dueDate: lapse.dueDate,
      arrears: lapse.arrears,
      by: next?.dueDate ?? null,
    });
    intake.arrangementReference = arrangement.reference;
    intake.stage = 'closed';
    const by = next ? say('followUp.catchUpBy', { date: dayIn(this.services, intake)(next.dueDate) }) : say('followUp.catchUpSoon');
    await step.context.sendActivity(say('followUp.catchUp', { amount: this.money(lapse.arrears), by }));
    return step.endDialog();
  }

  private async upcoming(step: WaterfallStepContext, loanId: string): Promise<DialogTurnResult> {
    const due = await this.services.promises.upcomingInstalment(loanId, step.context.activity.conversation.id, this.services.now());
    if (!due) return step.endDialog();
    const intake = await this.intakeState.get(step.context, freshIntake());
    const say = speech(this.services, intake);
    await step.context.sendActivity(
      say('promise.upcoming', { amount: this.money(due.amount), reference: due.arrangement, date: dayIn(this.services, intake)(due.dueDate) }),
    );
    return step.endDialog();
  }

  private money(amount: number): string {
    const { currency, locale } = this.services.settings;
    return formatMoney(amount, { currency, locale });
  }
}
