import { TurnContext, type Middleware } from 'botbuilder';
import type { IdleMonitor } from '../../casework/idle/idleMonitor';

/** Tells the idle monitor each time a borrower writes, so it knows who has gone quiet. */
export function idleWatch(monitor: IdleMonitor): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (context.activity.type === 'message') await monitor.touch(TurnContext.getConversationReference(context.activity));
      await next();
    },
  };
}
