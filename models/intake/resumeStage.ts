import type { IntakeState, Stage } from './intakeState';

/**
 * Where the bot picks up after an agent hands a conversation back: the first
 * step whose answer is still missing, or the offers once there is enough to
 * make them (the offer dialog reuses a decision already made).
 */
export function resumeStage(intake: IntakeState): Stage {
  if (intake.arrangementReference) return 'closed';
  if (intake.decision || intake.budget) return 'offer';
  if (intake.story) return 'budget';
  if (intake.verifiedLoanId) return 'story';
  if (intake.consentAt) return 'verify';
  return 'welcome';
}
