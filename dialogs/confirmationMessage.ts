import { ActionTypes, CardFactory, type Activity, type TurnContext } from 'botbuilder';
import type { IntakeState } from '../models/intake/intakeState';
import type { ConfirmationLink } from '../models/ports/confirmations';
import type { IntakeServices } from '../models/ports/intakeServices';
import { conversationOf } from './fraudReview';
import { dayIn, speech } from './speech';

export type ConfirmationServices = Pick<IntakeServices, 'confirmations' | 'settings' | 'messages'>;

type Key = 'confirmation.sent' | 'confirmation.faq';

/**
 * The message carrying `link` to the written confirmation of `reference`: the words in the borrower's language (the
 * expiry as they read dates, in the deployment's zone) with the link in them, and one button that opens it (WhatsApp
 * shows it as a call-to-action button, Web Chat as a card).
 */
export function confirmationActivity(
  services: Pick<IntakeServices, 'settings' | 'messages'>,
  intake: Pick<IntakeState, 'language'>,
  reference: string,
  link: ConfirmationLink,
  key: Key = 'confirmation.sent',
): Partial<Activity> {
  const expires = dayIn(services, intake)(link.expiresAt);
  const say = speech(services, intake);
  return {
    type: 'message',
    text: say(key, { link: link.url, expires, reference }),
    attachments: [CardFactory.heroCard('', undefined, [{ type: ActionTypes.OpenUrl, title: say('confirmation.open'), value: link.url }])],
  };
}

/** A new link issued to the borrower of `by.conversation`, in that message; undefined where no link can be issued. */
export async function confirmationMessage(
  services: ConfirmationServices,
  intake: Pick<IntakeState, 'language'>,
  reference: string,
  by: { conversation: string; actor: string },
  key: Key = 'confirmation.sent',
): Promise<Partial<Activity> | undefined> {
  const link = await services.confirmations?.issue(reference, by);
  return link && confirmationActivity(services, intake, reference, link, key);
}

/** The same, said by the bot in this turn. */
export async function sendConfirmation(
  context: TurnContext,
  services: ConfirmationServices,
  intake: Pick<IntakeState, 'language'>,
  reference: string,
  key?: Key,
): Promise<boolean> {
  const message = await confirmationMessage(services, intake, reference, { conversation: conversationOf(context), actor: 'bot' }, key);
  if (message) await context.sendActivity(message);
  return Boolean(message);
}
