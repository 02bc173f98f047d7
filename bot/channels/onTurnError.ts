import { translate } from '../../models/i18n/translate';
import { DEFAULT_LANGUAGE } from '../../models/i18n/languages';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../infra/logger';

/**
 * One place for errors no dialog handled: log them without the borrower's
 * words, tell the borrower plainly, and keep their saved progress (core-bot
 * clears conversation state here; for a stressed borrower losing every answer
 * is worse than retrying one step).
 */
export function createOnTurnError(log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    log.error(
      {
        err: { name: error.name, message: error.message, stack: error.stack },
        conversationId: context.activity.conversation?.id,
        channelId: context.activity.channelId,
      },
      'unhandled error in turn',
    );
    await context.sendTraceActivity('OnTurnError Trace', error.name, 'https://www.botframework.com/schemas/error', 'TurnError');
    // The turn's state cannot be trusted here, so the borrower's language is not read from it.
    await context.sendActivity(translate(DEFAULT_LANGUAGE, 'staff.turnError'));
  };
}
