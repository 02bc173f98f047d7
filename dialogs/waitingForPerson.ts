import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { queueExit } from '../models/intake/queueExit';
import { resumeStage } from '../models/intake/resumeStage';
import type { IntakeServices } from '../models/ports/intakeServices';
import { formatSlot, NO_CALLBACK } from './escalate';
import { recordDecision } from './recordDecision';
import { withQuickReplies } from './replies';
import { analyzeTurn } from './turnAnalysis';
import { speech, type Say } from './speech';

export type WaitingServices = Pick<IntakeServices, 'escalations' | 'settings' | 'messages' | 'nlp' | 'now'>;

/** What happened to the borrower's message while a case was open: `resumed` means the intake carries on in this turn. */
export type WaitingOutcome = 'answered' | 'resumed' | 'case_closed';

/** A case is open for this intake (or was, until a person closed it). */
export function waitingForPerson(intake: IntakeState): boolean {
  return intake.escalation !== undefined && (intake.stage === 'escalated' || intake.stage === 'declined' || intake.stage === 'crisis');
}

/** Why the case stays with a person whatever the borrower says, in plain words. */
export function staysWithTeam(intake: IntakeState, say: Say): string {
  return say(intake.stage === 'crisis' ? 'waiting.staysCrisis' : 'waiting.staysTeam');
}

/**
 * A borrower whose case is with the team: they can ask where they are in the queue ("help"), go back
 * to the bot where they were when the case is only there because they asked for a person, or book a
 * callback; anything else is answered with where things stand.
 */
export async function answerWhileWaiting(
  context: TurnContext,
  services: WaitingServices,
  intakeState: StatePropertyAccessor<IntakeState>,
): Promise<WaitingOutcome> {
  const intake = await intakeState.get(context, freshIntake());
  const escalation = intake.escalation!;
  const text = (context.activity.text ?? '').trim();
  const { settings } = services;
  const say = speech(services, intake);
  if (intake.stage !== 'crisis' && !(await services.escalations.isOpen(escalation.caseId))) {
    // A person has finished with the case: the borrower is no longer waiting for anyone.
    intake.stage = intake.arrangementReference ? 'closed' : 'welcome';
    await context.sendActivity(say('waiting.caseFinished'));
    return 'case_closed';
  }
  const slot = escalation.callbackSlots?.find((s) => formatSlot(s, settings) === text);
  if (slot) {
    await services.escalations.bookCallback(escalation.caseId, slot);
    escalation.callbackAt = slot;
    escalation.callbackSlots = [];
    await context.sendActivity(say('waiting.callbackBooked', { slot: text }));
    return 'answered';
  }
  if (escalation.callbackSlots?.length && text === NO_CALLBACK) {
    escalation.callbackSlots = [];
    await context.sendActivity(say('waiting.noCallback'));
    return 'answered';
  }
  const intent = analyzeTurn(context, services.nlp, services.now()).intent;
  if (intent === 'leave_queue') return leaveQueue(context, services, intake, say);
  if (intent === 'help') {
    await context.sendActivity(await waitingHelp(services, intake, say));
    return 'answered';
  }
  await context.sendActivity(say(intake.stage === 'crisis' ? 'waiting.crisis' : 'waiting.inQueue'));
  return 'answered';
}

async function leaveQueue(context: TurnContext, services: WaitingServices, intake: IntakeState, say: Say): Promise<WaitingOutcome> {
  const exit = queueExit(intake);
  if (exit === 'stay') {
    await context.sendActivity(staysWithTeam(intake, say));
    return 'answered';
  }
  if (exit === 'restart_only') {
    await context.sendActivity(say('waiting.restartOnly'));
    return 'answered';
  }
  if (!(await services.escalations.withdraw(intake.escalation!.caseId))) {
    await context.sendActivity(say('waiting.pickedUp'));
    return 'answered';
  }
  intake.escalation = undefined;
  intake.stage = resumeStage(intake);
  await recordDecision(context, 'resumed', { stage: intake.stage, from: 'left_queue' });
  await context.sendActivity(say('waiting.leftQueue'));
  return 'resumed';
}

/** Where the borrower stands, what the queue knows about the wait, and what they can do meanwhile. */
async function waitingHelp(services: WaitingServices, intake: IntakeState, say: Say): Promise<Partial<Activity> | string> {
  const escalation = intake.escalation!;
  const place = await services.escalations.queuePlace(escalation.caseId);
  const where =
    escalation.callbackAt !== undefined
      ? say('waiting.whereCallback', { slot: formatSlot(escalation.callbackAt, services.settings) })
      : place?.status === 'assigned'
        ? say('waiting.whereAssigned')
        : place?.position
          ? place.estimatedWaitMinutes !== null
            ? say('waiting.wherePositionWait', { position: place.position, count: place.estimatedWaitMinutes })
            : say('waiting.wherePosition', { position: place.position })
          : say('waiting.whereSaved');
  const exit = queueExit(intake);
  if (exit === 'stay') return `${where} ${staysWithTeam(intake, say)}`;
  if (exit === 'restart_only') return say('waiting.helpRestartOnly', { where });
  return withQuickReplies(say('waiting.helpContinue', { where }), [say('button.continueWithBot')]);
}
