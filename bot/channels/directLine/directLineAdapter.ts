import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { InProcessAdapter } from '../inProcessAdapter';
import type { ConversationStreams } from './conversationStreams';
import { speakingAgent } from '../agentVoice';

export const DIRECTLINE_CHANNEL_ID = 'directline';

/**
 * The channel adapter behind our own Direct Line endpoint: inbound activities
 * run through the same middleware and bot as every other channel, and replies
 * land in the conversation's stream, where Web Chat polls for them.
 */
export class DirectLineAdapter extends InProcessAdapter {
  constructor(
    private readonly streams: ConversationStreams,
    private readonly botAccount: { id: string; name: string },
  ) {
    super('Direct Line');
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      // Traces are for the transcript and the Emulator, never for the borrower's screen.
      if (activity.type === 'trace') {
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, typeof activity.value === 'number' ? activity.value : 1000));
        responses.push({ id: '' });
        continue;
      }
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      const id = this.streams.append(conversationId, {
        ...activity,
        channelId: DIRECTLINE_CHANNEL_ID,
        conversation: { id: conversationId } as Activity['conversation'],
        // An agent's message carries their name, so Web Chat can show who is writing.
        from: { id: this.botAccount.id, name: speakingAgent(activity) ?? this.botAccount.name, role: 'bot' },
        timestamp: new Date(),
      });
      responses.push({ id });
    }
    return responses;
  }
}
