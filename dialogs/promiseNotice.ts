import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { freshIntake, type IntakeState, type Stage } from '../models/intake/intakeState';

/** Stages in which nobody is mid-intake or with the team: a notice may be put in the conversation. */
const AT_REST: Stage[] = ['welcome', 'closed', 'parked'];

/**
 * Readies a Web Chat conversation for a reminder or follow-up in a proactive turn, and says whether it may go.
 * Whoever is at the screen now may not be the borrower who verified there, so the conversation starts again
 * (in the same language) and a reply verifies first; saved progress lets the borrower carry on after that.
 * A borrower mid-intake, with the team, or opted out is left alone.
 */
export async function readyForNotice(context: TurnContext, intakeState: StatePropertyAccessor<IntakeState>): Promise<boolean> {
  const intake = await intakeState.get(context, freshIntake());
  if (!AT_REST.includes(intake.stage)) return false;
  const { language } = intake;
  for (const key of Object.keys(intake)) delete intake[key as keyof IntakeState];
  Object.assign(intake, freshIntake(), language && { language });
  return true;
}
