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

export const NO_CALLBACK = 'No thanks';

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
  services: Pick<IntakeServices, 'escalations' | 'now' | 'settings'>,
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

  if (outcome.agentsAvailable) {
    const wait =
      outcome.estimatedWaitMinutes === null
        ? 'shortly'
        : outcome.estimatedWaitMinutes <= 1
          ? 'in about a minute'
          : `in about ${outcome.estimatedWaitMinutes} minutes`;
    await context.sendActivity(
      `I'm passing you to a member of our team. Someone should be with you ${wait}. Please keep this chat open: they will see everything you've told me, so you won't have to repeat yourself.`,
    );
    return;
  }
  const slots = outcome.callbackSlots.slice(0, 3);
  intake.escalation.callbackSlots = slots;
  if (slots.length === 0) {
    await context.sendActivity(
      `Our team isn't available right now. Your case is saved and someone will contact you. You can also reach us at ${services.settings.contactDetails}.`,
    );
    return;
  }
  await context.sendActivity(
    withQuickReplies(
      `Our team isn't available right now, but your case is saved. Would you like us to call you back? Pick a time (${services.settings.zoneLabel}):`,
      [...slots.map((slot) => formatSlot(slot, services.settings)), NO_CALLBACK],
    ),
  );
}
