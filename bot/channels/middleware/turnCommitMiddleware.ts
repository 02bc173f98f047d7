import { DeliveryModes, type Middleware, type TurnContext } from 'botbuilder';
import type { TurnCommit } from '../../../models/ports/turnCommit';

/**
 * Outermost middleware: the whole turn (transcript entries, decisions, the
 * conversation state and what is derived from it) is one commit, made before
 * the turn is acknowledged. Turns of one conversation run one at a time.
 *
 * A reply that leaves the process during the turn (Direct Line, WhatsApp,
 * a connector) first commits what the turn has written so far, so the
 * borrower is never told something ("your reference is FB-…") that a crash
 * could still lose. With expectReplies the replies travel in the response,
 * after the commit, so nothing needs committing early.
 */
export function turnCommitMiddleware(commit: TurnCommit): Middleware {
  return {
    onTurn: (context: TurnContext, next: () => Promise<void>) =>
      commit.run(
        async () => {
          context.onSendActivities(async (_context, activities, send) => {
            const visible = activities.some((a) => a.type !== 'trace');
            if (visible && context.activity.deliveryMode !== DeliveryModes.ExpectReplies) await commit.checkpoint();
            return send();
          });
          await next();
        },
        { serializeOn: `${context.activity.channelId}:${context.activity.conversation?.id}` },
      ),
  };
}
