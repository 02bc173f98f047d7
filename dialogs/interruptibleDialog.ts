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
import { sendConfirmation } from './confirmationMessage';
import { answerSafetyCheck, askIfSafe, awaitingSafetyAnswer } from './safetyCheck';
import { queueExit } from '../models/intake/queueExit';
import { staysWithTeam, waitingForPerson } from './waitingForPerson';
import { speech } from './speech';
import { readLanguage, readTappedLabel, stampLanguage } from './languageTurn';
import { writtenIn } from '../models/i18n/languageChoice';

/** The services this dialog uses, and no others. */
export type InterruptionServices = Pick<IntakeServices, 'nlp' | 'contacts' | 'escalations' | 'progress' | 'settings' | 'messages' | 'now' | 'confirmations'>;

/**
 * The commands a borrower can give at any step, handled once here (as
 * core-bot's CancelAndHelpDialog does) rather than in every step: crisis
 * language, ambiguous distress (a safety check), STOP, asking for a person,
 * disputing the debt, complaining, restarting, asking for help, choosing a language, a question
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
    const intake = await this.intakeState.get(context, freshIntake());
    stampLanguage(context, () => this.intakeState.get(context, freshIntake()), this.services.settings.locale);
    const text = (context.activity.text ?? '').trim();
    if (!text) {
      if (when === 'start') return undefined;
      if (context.activity.value !== undefined) return undefined;
      const attachment = (context.activity.attachments ?? []).length > 0;
      await context.sendActivity(speech(this.services, intake)(attachment ? 'interrupt.noFiles' : 'interrupt.typeAnswer'));
      return this.carryOn(dc, when);
    }
    readTappedLabel(context);
    const analysis = analyzeTurn(context, this.services.nlp, this.services.now());
    if (awaitingSafetyAnswer(intake)) {
      const outcome = await answerSafetyCheck(context, this.services, intake, analysis);
      if (outcome !== 'moved_on') return this.safetyAnswered(dc, when, outcome);
    }
    if (analysis.crisis) return this.crisis(dc);
    // After STOP nothing is said until START, which the main dialog reads.
    if (intake.stage === 'opted_out') return undefined;
    const before = intake.language;
    const language = await readLanguage(context, this.services, intake);
    if (language === 'picker') return when === 'step' ? Dialog.EndOfTurn : dc.cancelAllDialogs();
    // The question in progress is asked again from its start, in the new language.
    if (language === 'chosen') return when === 'step' ? this.beginAgain(dc) : undefined;
    // After the language is read, so a question written in Hindi or Malay is answered in it and the step asked in it.
    const say = speech(this.services, intake);
    const switched = intake.language !== before;
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
        await context.sendActivity(withQuickReplies(say('interrupt.help'), [say('button.talkToSomeone'), say('language.button')]));
        return this.carryOn(dc, when, switched);
      case 'leave_queue':
      case 'none':
        break;
    }
    if (analysis.question) {
      // After an acceptance "in writing" is answered with the written confirmation itself.
      const reference = analysis.question === 'in_writing' && intake.stage !== 'crisis' ? intake.arrangementReference : undefined;
      if (reference && (await sendConfirmation(context, this.services, intake, reference, 'confirmation.faq'))) return this.carryOn(dc, when, switched);
      await context.sendActivity(intake.stage === 'crisis' ? say('interrupt.crisisQuestion') : faqAnswer(analysis.question, say, this.services.settings));
      return this.carryOn(dc, when, switched);
    }
    // Hindi or Malay the NLP cannot read yet is for the step; so is anything once the borrower chats in Hindi or Malay.
    if (when === 'step' && analysis.language === 'other' && !writtenIn(text) && (intake.language ?? 'en') === 'en') {
      await context.sendActivity(withQuickReplies(say('language.unsupported'), [say('button.talkToSomeone'), say('language.button')]));
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

  /** After an aside the question in progress is asked again (afresh in a language the message switched to); at the start the flow asks its own. */
  private async carryOn(dc: DialogContext, when: 'start' | 'step', switched = false): Promise<DialogTurnResult | undefined> {
    if (when === 'start') return undefined;
    if (switched) return this.beginAgain(dc);
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** The flow from where the intake is, its question asked afresh (after a change of language). */
  private async beginAgain(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    return dc.beginDialog(this.initialDialogId);
  }

  /**
   * Starts the intake again. A borrower waiting for a person leaves the queue first, unless the case
   * must stay with the team (models/intake/queueExit); their saved progress is cleared too, so
   * verifying again does not bring the old answers back.
   */
  private async restart(dc: DialogContext, intake: IntakeState): Promise<DialogTurnResult> {
    const { context } = dc;
    const say = speech(this.services, intake);
    const caseId = waitingForPerson(intake) ? intake.escalation?.caseId : undefined;
    if (caseId && (await this.services.escalations.isOpen(caseId))) {
      if (queueExit(intake) === 'stay') {
        await context.sendActivity(staysWithTeam(intake, say));
        return dc.cancelAllDialogs();
      }
      if (!(await this.services.escalations.withdraw(caseId))) {
        await context.sendActivity(say('waiting.pickedUp'));
        return dc.cancelAllDialogs();
      }
    }
    // Starting again keeps the language the borrower chose.
    const fresh = { ...freshIntake(), language: intake.language };
    if (intake.verifiedLoanId) await this.services.progress.save(intake.verifiedLoanId, fresh);
    await this.intakeState.set(context, fresh);
    await context.sendActivity(say('interrupt.restarted'));
    return this.beginAgain(dc);
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
    const intake = await this.intakeState.get(context, freshIntake());
    await recordDecision(context, 'crisis', { stage: intake.stage });
    await context.sendActivity(speech(this.services, intake)('interrupt.crisis'));
    intake.stage = 'crisis';
    await escalate(context, this.services, this.intakeState, 'crisis', { quiet: true });
    return dc.cancelAllDialogs();
  }

  private async optOut(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    const now = this.services.now();
    const intake = await this.intakeState.get(context, freshIntake());
    await context.sendActivity(speech(this.services, intake)('interrupt.optOut'));
    await this.services.contacts.optOut(context.activity.channelId, context.activity.from.id, now);
    await recordDecision(context, 'opt_out', { channelId: context.activity.channelId });
    intake.resumeStage = intake.stage;
    intake.stage = 'opted_out';
    return dc.cancelAllDialogs();
  }

  protected async handOver(dc: DialogContext, reason: 'asked_for_human' | 'language' | 'identity_locked'): Promise<DialogTurnResult> {
    const { missedPayment: lapse } = await this.intakeState.get(dc.context, freshIntake());
    // Asked for a person on hearing of a missed payment: the team sees a broken promise, not a general request.
    if (lapse && reason === 'asked_for_human')
      await escalate(dc.context, this.services, this.intakeState, 'broken_promise', {
        note: `Asked for a person when told of the missed payment due ${lapse.dueDate} on arrangement ${lapse.reference} (${lapse.arrears} in arrears)`,
      });
    else await escalate(dc.context, this.services, this.intakeState, reason);
    return dc.cancelAllDialogs();
  }

  private async dispute(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    await recordDecision(context, 'dispute', {});
    await context.sendActivity(speech(this.services, await this.intakeState.get(context, freshIntake()))('interrupt.dispute'));
    await escalate(context, this.services, this.intakeState, 'dispute');
    return dc.cancelAllDialogs();
  }

  private async complaint(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    await recordDecision(context, 'complaint', {});
    await context.sendActivity(speech(this.services, await this.intakeState.get(context, freshIntake()))('interrupt.complaint'));
    await escalate(context, this.services, this.intakeState, 'complaint');
    return dc.cancelAllDialogs();
  }
}
