import type { TurnContext } from 'botbuilder';
import type { IntakeState } from '../models/intake/intakeState';
import type { IntakeServices } from '../models/ports/intakeServices';
import { conversationOf } from './fraudReview';
import { speech } from './speech';

export type ConfirmationServices = Pick<IntakeServices, 'confirmations' | 'settings' | 'messages'>;

/**
 * The borrower's message carrying the signed link to their written confirmation of `reference`, in their
 * language with the expiry date in the deployment's zone; undefined where no link can be issued.
 */
export async function confirmationMessage(
  services: ConfirmationServices,
  intake: Pick<IntakeState, 'language'>,
  reference: string,
  by: { conversation: string; actor: string },
  key: 'confirmation.sent' | 'confirmation.faq' = 'confirmation.sent',
): Promise<string | undefined> {
  const link = await services.confirmations?.issue(reference, by);
  if (!link) return undefined;
  const { locale, timeZone } = services.settings;
  const expires = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(link.expiresAt);
  return speech(services, intake)(key, { link: link.url, expires, reference });
}

/** The same, said by the bot in this turn. */
export async function sendConfirmation(
  context: TurnContext,
  services: ConfirmationServices,
  intake: Pick<IntakeState, 'language'>,
  reference: string,
  key?: 'confirmation.sent' | 'confirmation.faq',
): Promise<boolean> {
  const text = await confirmationMessage(services, intake, reference, { conversation: conversationOf(context), actor: 'bot' }, key);
  if (text) await context.sendActivity(text);
  return Boolean(text);
}
