import { TurnContext, type StatePropertyAccessor } from 'botbuilder';
import type { Plan } from '../models/offers';
import { recordDecision } from './recordDecision';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { withQuickReplies } from './replies';
import type { EscalationReason } from '../models/intake/escalationReason';
import type { IntakeServices } from '../models/ports/intakeServices';
import type { IntakeSettings } from '../models/ports/settings';
import { hasCurrentDecision } from '../models/intake/decideOffers';
import { firmerReason } from '../models/intake/queueExit';
import { en } from '../models/i18n/catalog/en';
import { speech } from './speech';

export const NO_CALLBACK = en.button.noCallback;

/** A callback time as the borrower reads it: their deployment's clock and format ("Thu, 3 Dec, 10:30 am"). */
export function formatSlot(iso: string, settings: Pick<IntakeSettings, 'locale' | 'timeZone'>): string {
  const { locale, timeZone } = settings;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

/**
 * Hands the conversation to a person: opens a case with everything learned
 * so far, tells the borrower what happens next and how long it may take, or
 * offers a callback when nobody is available.
 */
export async function escalate(
  context: TurnContext,
  services: Pick<IntakeServices, 'escalations' | 'now' | 'settings' | 'messages'>,
  intakeAccessor: StatePropertyAccessor<IntakeState>,
  reason: EscalationReason,
  options: { plans?: Plan[]; note?: string; quiet?: boolean } = {},
): Promise<void> {
  const intake = await intakeAccessor.get(context, freshIntake());
  // Plans already made go with the case however the borrower asked for a person, so the agent starts from them.
  const plans = options.plans ?? (hasCurrentDecision(intake) ? intake.decision?.plans : undefined);
  const outcome = await services.escalations.escalate({
    reason,
    conversation: TurnContext.getConversationReference(context.activity),
    intake,
    plans,
    note: options.note,
  });
  const held = intake.escalation?.caseId === outcome.caseId ? intake.escalation : undefined;
  intake.escalation = held ? { ...held, reason: firmerReason(held.reason, reason) } : { reason, caseId: outcome.caseId, at: services.now().toISOString() };
  if (intake.stage !== 'crisis') intake.stage = reason === 'crisis' ? 'crisis' : 'escalated';
  await recordDecision(context, 'escalation', {
    reason,
    caseId: outcome.caseId,
    agentsAvailable: outcome.agentsAvailable,
    estimatedWaitMinutes: outcome.estimatedWaitMinutes,
    plansAttached: plans?.length ?? 0,
  });
  if (options.quiet) return;

  const say = speech(services, intake);
  if (outcome.agentsAvailable) {
    const minutes = outcome.estimatedWaitMinutes;
    const wait = minutes === null ? say('escalate.waitShortly') : say('escalate.waitMinutes', { count: Math.max(1, minutes) });
    await context.sendActivity(say('escalate.passing', { wait }));
    return;
  }
  const slots = outcome.callbackSlots.slice(0, 3);
  intake.escalation.callbackSlots = slots;
  if (slots.length === 0) {
    await context.sendActivity(say('escalate.unavailable'));
    return;
  }
  await context.sendActivity(
    withQuickReplies(say('escalate.callbackOffer'), [...slots.map((slot) => formatSlot(slot, services.settings)), say('button.noCallback')]),
  );
}
