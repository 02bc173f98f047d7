import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { queueExit } from '../models/intake/queueExit';
import { resumeStage } from '../models/intake/resumeStage';
import type { IntakeServices } from '../models/ports/intakeServices';
import { formatSlot, NO_CALLBACK } from './escalate';
import { recordDecision } from './recordDecision';
import { withQuickReplies } from './replies';
import { analyzeTurn } from './turnAnalysis';

export type WaitingServices = Pick<IntakeServices, 'escalations' | 'settings' | 'nlp' | 'now'>;

export const CONTINUE_WITH_BOT = 'Continue with the bot';

/** What happened to the borrower's message while a case was open: `resumed` means the intake carries on in this turn. */
export type WaitingOutcome = 'answered' | 'resumed' | 'case_closed';

/** A case is open for this intake (or was, until a person closed it). */
export function waitingForPerson(intake: IntakeState): boolean {
  return intake.escalation !== undefined && (intake.stage === 'escalated' || intake.stage === 'declined' || intake.stage === 'crisis');
}

/** Why the case stays with a person whatever the borrower says, in plain words. */
export function staysWithTeam(intake: IntakeState, settings: WaitingServices['settings']): string {
  if (intake.stage === 'crisis')
    return (
      `A member of our team has been asked to contact you as a priority, so I won't go back to questions about payments. ` +
      `If you are in danger, please call ${settings.emergencyNumber}, or talk to ${settings.helplineName} on ${settings.helplineNumber}. ` +
      'You can type "agent" at any time.'
    );
  return (
    "What you've told me needs a member of our team to look at it, so your case stays with them and they will be in touch. " +
    `You can also reach us at ${settings.contactDetails}, or type "STOP" to stop messages.`
  );
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
  if (intake.stage !== 'crisis' && !(await services.escalations.isOpen(escalation.caseId))) {
    // A person has finished with the case: the borrower is no longer waiting for anyone.
    intake.stage = intake.arrangementReference ? 'closed' : 'welcome';
    await context.sendActivity(
      `Our team has finished looking at your case. If there's anything else we can help with, just tell me, or contact us at ${settings.contactDetails}.`,
    );
    return 'case_closed';
  }
  const slot = escalation.callbackSlots?.find((s) => formatSlot(s, settings) === text);
  if (slot) {
    await services.escalations.bookCallback(escalation.caseId, slot);
    escalation.callbackAt = slot;
    escalation.callbackSlots = [];
    await context.sendActivity(`Thank you. We'll call you on the number we have for you at ${text} (${settings.zoneLabel}).`);
    return 'answered';
  }
  if (escalation.callbackSlots?.length && text === NO_CALLBACK) {
    escalation.callbackSlots = [];
    await context.sendActivity(`OK. Your case is saved, and you can reach us at ${settings.contactDetails}.`);
    return 'answered';
  }
  const intent = analyzeTurn(context, services.nlp, services.now()).intent;
  if (intent === 'leave_queue') return leaveQueue(context, services, intake);
  if (intent === 'help') {
    await context.sendActivity(await waitingHelp(services, intake));
    return 'answered';
  }
  if (intake.stage === 'crisis') {
    await context.sendActivity(
      `A member of our team has been asked to contact you as a priority. If you are in danger, please call ${settings.emergencyNumber}, or talk to ${settings.helplineName} on ${settings.helplineNumber}.`,
    );
    return 'answered';
  }
  await context.sendActivity(
    `You're in the queue for a member of our team, and they'll see everything you've told me. Thank you for waiting. (Type "help" to see your place in the queue and your options.)`,
  );
  return 'answered';
}

async function leaveQueue(context: TurnContext, services: WaitingServices, intake: IntakeState): Promise<WaitingOutcome> {
  const exit = queueExit(intake);
  if (exit === 'stay') {
    await context.sendActivity(staysWithTeam(intake, services.settings));
    return 'answered';
  }
  if (exit === 'restart_only') {
    await context.sendActivity(
      'The options I could give you on my own need a member of our team to look at them, so I have kept your place in the queue. ' +
        'If something you told me has changed, type "restart" to go through it again.',
    );
    return 'answered';
  }
  if (!(await services.escalations.withdraw(intake.escalation!.caseId))) {
    await context.sendActivity('A member of our team has just picked up your case and will be with you shortly.');
    return 'answered';
  }
  intake.escalation = undefined;
  intake.stage = resumeStage(intake);
  await recordDecision(context, 'resumed', { stage: intake.stage, from: 'left_queue' });
  await context.sendActivity("OK, I've taken you out of the queue. Let's carry on where we were.");
  return 'resumed';
}

/** Where the borrower stands, what the queue knows about the wait, and what they can do meanwhile. */
async function waitingHelp(services: WaitingServices, intake: IntakeState): Promise<Partial<Activity> | string> {
  const { settings } = services;
  const escalation = intake.escalation!;
  const place = await services.escalations.queuePlace(escalation.caseId);
  const where =
    escalation.callbackAt !== undefined
      ? `We'll call you at ${formatSlot(escalation.callbackAt, settings)} (${settings.zoneLabel}).`
      : place?.status === 'assigned'
        ? 'A member of our team has your case and will be with you shortly.'
        : place?.position
          ? `You're number ${place.position} in the queue${place.estimatedWaitMinutes !== null ? `, and someone should be with you in about ${place.estimatedWaitMinutes} minute${place.estimatedWaitMinutes === 1 ? '' : 's'}` : ', and our team will be with you as soon as they can'}.`
          : 'Your case is saved and a member of our team will contact you.';
  const exit = queueExit(intake);
  if (exit === 'stay') return `${where} ${staysWithTeam(intake, settings)}`;
  const options = `type "restart" to start again, or "STOP" to stop messages. You can also reach us at ${settings.contactDetails}.`;
  if (exit === 'restart_only') return `${where} While you wait you can ask me a question, ${options}`;
  return withQuickReplies(
    `${where} While you wait you can ask me a question, type "continue with the bot" to carry on with me from where we were, ${options}`,
    [CONTINUE_WITH_BOT],
  );
}
