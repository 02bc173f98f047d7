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
    await context.sendActivity(
      'Sorry, something went wrong on our side. What you\'ve told us so far is saved; please send your last message again, or type "agent" to reach a person.',
    );
  };
}
