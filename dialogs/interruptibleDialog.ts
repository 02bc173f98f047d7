import type { VulnerabilityDriver } from '../models/language/analysis';
import type { StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { recordDecision } from './recordDecision';
import { escalate } from './escalate';
import { freshIntake, type IntakeState, type SafetyCheckOutcome } from '../models/intake/intakeState';
import { withQuickReplies } from './replies';
import type { IntakeServices } from '../models/ports/intakeServices';
import { analyzeTurn } from './turnAnalysis';
import { faqAnswer } from './faq';
import { answerSafetyCheck, askIfSafe, awaitingSafetyAnswer } from './safetyCheck';
import { queueExit } from '../models/intake/queueExit';
import { staysWithTeam, waitingForPerson } from './waitingForPerson';

/** The services this dialog uses, and no others. */
export type InterruptionServices = Pick<IntakeServices, 'nlp' | 'contacts' | 'escalations' | 'progress' | 'settings' | 'now'>;

export const TALK_TO_SOMEONE = 'Talk to someone';

/**
 * The commands a borrower can give at any step, handled once here (as
 * core-bot's CancelAndHelpDialog does) rather than in every step: crisis
 * language, ambiguous distress (a safety check), STOP, asking for a person,
 * disputing the debt, complaining, restarting, asking for help, a question
 * from the FAQ, and messages the steps cannot read. After an aside the current question is asked again.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly services: InterruptionServices,
    protected readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc, 'step');
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  /**
   * A message that starts the dialog (a new conversation, or one whose intake
   * has ended, e.g. while a case waits for an agent) is checked too: every
   * command and question counts whatever the stage, so no state is a dead end.
   */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc, 'start');
    return interrupted ?? super.onBeginDialog(innerDc, options);
  }

  /** Returns a result when the message was an interruption, undefined to let the current step (or the flow) read it. */
  private async interrupt(dc: DialogContext, when: 'start' | 'step'): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    if (context.activity.type !== 'message') return undefined;
    const text = (context.activity.text ?? '').trim();
    if (!text) {
      if (when === 'start') return undefined;
      if (context.activity.value !== undefined) return undefined;
      const attachment = (context.activity.attachments ?? []).length > 0;
      await context.sendActivity(
        attachment ? "Thanks, but I can't open files or pictures here. Please type your answer instead." : 'Please type your answer in a message.',
      );
      return this.carryOn(dc, when);
    }
    const analysis = analyzeTurn(context, this.services.nlp, this.services.now());
    const intake = await this.intakeState.get(context, freshIntake());
    if (awaitingSafetyAnswer(intake)) {
      const outcome = await answerSafetyCheck(context, this.services, intake, analysis);
      if (outcome !== 'moved_on') return this.safetyAnswered(dc, when, outcome);
    }
    if (analysis.crisis) return this.crisis(dc);
    // After STOP nothing is said until START, which the main dialog reads.
    if (intake.stage === 'opted_out') return undefined;
    if (analysis.vulnerable)
      await this.noteVulnerability(
        dc,
        analysis.vulnerability.map((v) => v.driver),
      );
    // STOP is honoured before anything else is said; after STOP, or in a crisis, nothing more is asked.
    if (analysis.concern && analysis.intent !== 'opt_out' && intake.stage !== 'crisis') {
      await askIfSafe(context, this.services, intake);
      // At the start there is no step to hold: the next message begins the dialog again and answers the check.
      return when === 'step' ? Dialog.EndOfTurn : dc.cancelAllDialogs();
    }
    switch (analysis.intent) {
      case 'opt_out':
        return this.optOut(dc);
      case 'human':
        return this.handOver(dc, 'asked_for_human');
      case 'dispute':
        return this.dispute(dc);
      case 'complaint':
        return this.complaint(dc);
      case 'restart':
        // A conversation that has not begun has nothing to start again.
        if (when === 'start' && intake.stage === 'welcome' && !intake.consentAt) return undefined;
        return this.restart(dc, intake);
      case 'help':
        // While a case is open the main dialog says where it stands instead.
        if (waitingForPerson(intake)) return undefined;
        await context.sendActivity(
          withQuickReplies(
            `I'm here to help you find a payment arrangement you can afford. You can ask me a question, type "agent" at any time to talk to a person, "restart" to begin again, or "STOP" to stop messages from us. Let's carry on:`,
            [TALK_TO_SOMEONE],
          ),
        );
        return this.carryOn(dc, when);
      case 'leave_queue':
      case 'none':
        break;
    }
    if (analysis.question) {
      await context.sendActivity(
        intake.stage === 'crisis'
          ? "That's a fair question, and a member of our team will answer it when they contact you. There's nothing you need to do about payments now."
          : faqAnswer(analysis.question, this.services.settings),
      );
      return this.carryOn(dc, when);
    }
    if (when === 'step' && analysis.language === 'other') {
      await context.sendActivity(
        withQuickReplies(
          'Sorry, I can only chat in English for now. A member of our team may be able to help in your language: tap below, or reply in English if you can.',
          [TALK_TO_SOMEONE],
        ),
      );
      return this.carryOn(dc, when);
    }
    return undefined;
  }

  /**
   * After a safety check: not safe is a crisis, a person is a hand-over, safe resumes the step
   * the borrower was at with its question asked again (nothing is lost or counted against them).
   */
  private async safetyAnswered(
    dc: DialogContext,
    when: 'start' | 'step',
    outcome: Exclude<SafetyCheckOutcome, 'asked' | 'moved_on'>,
  ): Promise<DialogTurnResult | undefined> {
    switch (outcome) {
      case 'not_safe':
        return this.crisis(dc);
      case 'talk_to_person':
        return this.handOver(dc, 'asked_for_human');
      case 'safe':
        return this.carryOn(dc, when);
    }
  }

  /** After an aside the question in progress is asked again; at the start of a turn the flow goes on and asks its own. */
  private async carryOn(dc: DialogContext, when: 'start' | 'step'): Promise<DialogTurnResult | undefined> {
    if (when === 'start') return undefined;
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /**
   * Starts the intake again. A borrower waiting for a person leaves the queue first, unless the case
   * must stay with the team (models/intake/queueExit); their saved progress is cleared too, so
   * verifying again does not bring the old answers back.
   */
  private async restart(dc: DialogContext, intake: IntakeState): Promise<DialogTurnResult> {
    const { context } = dc;
    const caseId = waitingForPerson(intake) ? intake.escalation?.caseId : undefined;
    if (caseId && (await this.services.escalations.isOpen(caseId))) {
      if (queueExit(intake) === 'stay') {
        await context.sendActivity(staysWithTeam(intake, this.services.settings));
        return dc.cancelAllDialogs();
      }
      if (!(await this.services.escalations.withdraw(caseId))) {
        await context.sendActivity('A member of our team has just picked up your case and will be with you shortly.');
        return dc.cancelAllDialogs();
      }
    }
    if (intake.verifiedLoanId) await this.services.progress.save(intake.verifiedLoanId, freshIntake());
    await this.intakeState.set(context, freshIntake());
    await context.sendActivity("OK, let's start again.");
    await dc.cancelAllDialogs();
    return dc.beginDialog(this.initialDialogId);
  }

  /** Vulnerability can surface in any answer, not only the story; it changes what may be offered. */
  private async noteVulnerability(dc: DialogContext, drivers: VulnerabilityDriver[]): Promise<void> {
    const intake = await this.intakeState.get(dc.context, freshIntake());
    const known = new Set(intake.vulnerabilityDrivers ?? []);
    const fresh = drivers.filter((d) => !known.has(d));
    if (fresh.length === 0) return;
    intake.vulnerabilityDrivers = [...known, ...fresh];
    await recordDecision(dc.context, 'vulnerability', { drivers: fresh, stage: intake.stage });
  }

  private async crisis(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    const { helplineName, helplineNumber, emergencyNumber } = this.services.settings;
    await recordDecision(context, 'crisis', { stage: (await this.intakeState.get(context, freshIntake())).stage });
    await context.sendActivity(
      `I'm really sorry you're feeling like this, and I'm glad you told me. You don't have to deal with this on your own. ` +
        `If you are in danger right now, please call ${emergencyNumber}. You can talk to ${helplineName} any time on ${helplineNumber}: it's free and confidential. ` +
        `I've asked a member of our team to contact you as a priority. We won't talk about payments now.`,
    );
    const intake = await this.intakeState.get(context, freshIntake());
    intake.stage = 'crisis';
    await escalate(context, this.services, this.intakeState, 'crisis', { quiet: true });
    return dc.cancelAllDialogs();
  }

  private async optOut(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    const now = this.services.now();
    await context.sendActivity(
      "You won't get any more messages from us here. If you change your mind, send START. If you'd like to talk about your account, you can contact us at " +
        this.services.settings.contactDetails +
        '.',
    );
    await this.services.contacts.optOut(context.activity.channelId, context.activity.from.id, now);
    await recordDecision(context, 'opt_out', { channelId: context.activity.channelId });
    const intake = await this.intakeState.get(context, freshIntake());
    intake.resumeStage = intake.stage;
    intake.stage = 'opted_out';
    return dc.cancelAllDialogs();
  }

  protected async handOver(dc: DialogContext, reason: 'asked_for_human' | 'language' | 'identity_locked'): Promise<DialogTurnResult> {
    await escalate(dc.context, this.services, this.intakeState, reason);
    return dc.cancelAllDialogs();
  }

  private async dispute(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    await recordDecision(context, 'dispute', {});
    await context.sendActivity(
      "Thank you for telling me. I've recorded that you dispute this, and we'll stop asking about payments while a member of our team looks into it.",
    );
    await escalate(context, this.services, this.intakeState, 'dispute');
    return dc.cancelAllDialogs();
  }

  private async complaint(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    await recordDecision(context, 'complaint', {});
    await context.sendActivity(
      "I'm sorry you've had a bad experience. I've recorded your complaint, and a member of our team will look into it and get back to you.",
    );
    await escalate(context, this.services, this.intakeState, 'complaint');
    return dc.cancelAllDialogs();
  }
}
