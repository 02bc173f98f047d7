import type { Activity, TurnContext } from 'botbuilder';

/** A member of staff writing to the borrower: `user` attributes the message in the transcript, `name` is what the borrower sees. */
export interface AgentVoice {
  user: string;
  name: string;
}

/**
 * Makes what `context` sends speak as the agent: `channelData.agent` for the
 * transcript and `from.name` for the channel (Web Chat, the Bot Connector).
 * The name is set as the activity leaves, because the turn stamps `from` with
 * the bot's account when it applies the conversation reference.
 */
export function speakAs(context: TurnContext, agent: AgentVoice): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) {
      activity.channelData = { ...(activity.channelData as Record<string, unknown> | undefined), agent: agent.user };
      activity.from = { ...activity.from, id: activity.from?.id ?? '', name: agent.name };
    }
    return next();
  });
}

/** The name of the agent an outgoing activity speaks for, or undefined when the service itself is speaking. */
export function speakingAgent(activity: Partial<Activity>): string | undefined {
  const agent = (activity.channelData as { agent?: unknown } | undefined)?.agent;
  const name = activity.from?.name?.trim();
  return typeof agent === 'string' && name ? name : undefined;
}
