import type { TurnContext } from 'botbuilder';
import type { Analysis } from '../models/language/analysis';
import type { IntakeState, SafetyCheckOutcome } from '../models/intake/intakeState';
import type { IntakeServices } from '../models/ports/intakeServices';
import { recordDecision } from './recordDecision';
import { withQuickReplies } from './replies';
import { speech } from './speech';

type SafetyServices = Pick<IntakeServices, 'nlp' | 'settings' | 'messages' | 'now'>;

/** While the borrower has been asked and has not answered yet, their next message is the answer. */
export function awaitingSafetyAnswer(intake: IntakeState): boolean {
  return intake.safetyCheck !== undefined && intake.safetyCheck.answer === undefined;
}

/**
 * Ambiguous distress ("i cant do this anymore"): ask whether the borrower is safe, with the
 * helpline and a person, and not a word about the debt. The step they were at waits meanwhile.
 */
export async function askIfSafe(context: TurnContext, services: SafetyServices, intake: IntakeState): Promise<void> {
  intake.safetyCheck = { stage: intake.stage, askedAt: services.now().toISOString() };
  await recordDecision(context, 'safety_check', { stage: intake.stage, outcome: 'asked' });
  const say = speech(services, intake);
  await context.sendActivity(withQuickReplies(say('safety.ask'), [say('button.imSafe'), say('button.notSafe'), say('button.talkToAPerson')]));
}

/**
 * Reads the message after a safety check, and records it. Crisis language, "not safe", "no",
 * doubt, or distress again without an answer is not safe (the crisis response follows); asking
 * for a person is that; any other message (the step's answer, STOP, a question) moves on and is
 * read as usual.
 */
export async function answerSafetyCheck(
  context: TurnContext,
  services: SafetyServices,
  intake: IntakeState,
  analysis: Analysis,
): Promise<Exclude<SafetyCheckOutcome, 'asked'>> {
  const said = services.nlp.parseSafetyAnswer(context.activity.text ?? '');
  // An explicit "I'm safe" is taken at its word, even beside more strain; distress with no answer is not.
  const outcome =
    analysis.crisis || said === 'not_safe'
      ? 'not_safe'
      : analysis.intent === 'human'
        ? 'talk_to_person'
        : said === 'safe'
          ? 'safe'
          : analysis.concern
            ? 'not_safe'
            : 'moved_on';
  intake.safetyCheck = { ...intake.safetyCheck!, answer: outcome };
  await recordDecision(context, 'safety_check', { stage: intake.stage, outcome });
  if (outcome === 'safe') await context.sendActivity(speech(services, intake)('safety.safe'));
  return outcome;
}
