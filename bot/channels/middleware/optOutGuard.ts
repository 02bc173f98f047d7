import type { Middleware, TurnContext } from 'botbuilder';
import type { ContactPreferences } from '../../../models/ports/contactPreferences';

/**
 * After STOP, nothing more reaches that borrower on that channel: not the bot,
 * not an agent's proactive message (a proactive turn carries the borrower in
 * `from`, as botbuilder applies conversation references as incoming).
 * Registered on every adapter, so no outbound path can forget it. The turn
 * that records the STOP may still confirm it, once.
 */
export function optOutGuard(contacts: ContactPreferences): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { channelId, from } = context.activity;
      const userId = from?.id;
      if (!userId) return next();
      const optedOutAtStart = await contacts.isOptedOut(channelId, userId);
      context.onSendActivities(async (_ctx, activities, send) => {
        const blocked = (optedOutAtStart || context.activity.type !== 'message') && (await contacts.isOptedOut(channelId, userId));
        if (!blocked) return send();
        // Traces never reach the borrower; keep them for the transcript.
        const kept = activities.filter((a) => a.type === 'trace');
        activities.splice(0, activities.length, ...kept);
        return kept.length > 0 ? send() : [];
      });
      await next();
    },
  };
}
