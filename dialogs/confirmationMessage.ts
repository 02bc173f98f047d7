import type { TurnContext } from 'botbuilder';
import type { IntakeState } from '../models/intake/intakeState';
import { borrowerLocale, DEFAULT_LANGUAGE } from '../models/i18n/languages';
import type { ConfirmationLink } from '../models/ports/confirmations';
import type { IntakeServices } from '../models/ports/intakeServices';
import { formatDayIn } from '../models/shared/calendar';
import { conversationOf } from './fraudReview';
import { speech } from './speech';

export type ConfirmationServices = Pick<IntakeServices, 'confirmations' | 'settings' | 'messages'>;

type Key = 'confirmation.sent' | 'confirmation.faq';

/** The words carrying `link` to the written confirmation of `reference`, in the borrower's language, its expiry as they read dates in the deployment's zone. */
export function confirmationText(
  services: Pick<IntakeServices, 'settings' | 'messages'>,
  intake: Pick<IntakeState, 'language'>,
  reference: string,
  link: ConfirmationLink,
  key: Key = 'confirmation.sent',
): string {
  const { locale, timeZone } = services.settings;
  const expires = formatDayIn(link.expiresAt, borrowerLocale(intake.language ?? DEFAULT_LANGUAGE, locale), timeZone);
  return speech(services, intake)(key, { link: link.url, expires, reference });
}

/** A new link issued to the borrower of `by.conversation`, in those words; undefined where no link can be issued. */
export async function confirmationMessage(
  services: ConfirmationServices,
  intake: Pick<IntakeState, 'language'>,
  reference: string,
  by: { conversation: string; actor: string },
  key: Key = 'confirmation.sent',
): Promise<string | undefined> {
  const link = await services.confirmations?.issue(reference, by);
  return link && confirmationText(services, intake, reference, link, key);
}

/** The same, said by the bot in this turn. */
export async function sendConfirmation(
  context: TurnContext,
  services: ConfirmationServices,
  intake: Pick<IntakeState, 'language'>,
  reference: string,
  key?: Key,
): Promise<boolean> {
  const text = await confirmationMessage(services, intake, reference, { conversation: conversationOf(context), actor: 'bot' }, key);
  if (text) await context.sendActivity(text);
  return Boolean(text);
}
