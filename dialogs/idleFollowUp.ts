import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { recordDecision } from './recordDecision';
import { freshIntake, type IntakeState, type Stage } from '../models/intake/intakeState';
import { translate } from '../models/i18n/translate';
import { DEFAULT_LANGUAGE } from '../models/i18n/languages';

/** Stages in which the borrower is mid-intake, so silence means they may have been interrupted. */
const ACTIVE: Stage[] = ['welcome', 'verify', 'story', 'budget', 'offer'];

/**
 * What happens when a borrower goes quiet mid-intake: one gentle reminder,
 * then the intake is parked (resumable later). Run in proactive turns by the
 * bot's idle monitor; returns whether anything was done.
 */
export async function remindIfActive(context: TurnContext, intakeState: StatePropertyAccessor<IntakeState>): Promise<boolean> {
  const intake = await intakeState.get(context, freshIntake());
  if (!ACTIVE.includes(intake.stage) || intake.stage === 'welcome') return false;
  await context.sendActivity(translate(intake.language ?? DEFAULT_LANGUAGE, 'idle.reminder'));
  return true;
}

export async function parkIfActive(context: TurnContext, intakeState: StatePropertyAccessor<IntakeState>): Promise<boolean> {
  const intake = await intakeState.get(context, freshIntake());
  if (!ACTIVE.includes(intake.stage)) return false;
  intake.resumeStage = intake.stage;
  intake.stage = 'parked';
  await recordDecision(context, 'parked', { stage: intake.resumeStage, reason: 'idle' });
  return true;
}
