import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { proactiveActivity } from '../proactiveActivity';
import type { ConversationStreams } from './conversationStreams';

export const DIRECTLINE_CHANNEL_ID = 'directline';

/**
 * The channel adapter behind our own Direct Line endpoint: inbound activities
 * run through the same middleware and bot as every other channel, and replies
 * land in the conversation's stream, where Web Chat polls for them.
 */
export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly streams: ConversationStreams, private readonly botAccount: { id: string; name: string }) {
    super();
  }

  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
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
        from: { ...this.botAccount, role: 'bot' },
        timestamp: new Date(),
      });
      responses.push({ id });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('Direct Line activities cannot be updated');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('Direct Line activities cannot be deleted');
  }

  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    await this.processActivity(proactiveActivity(reference), logic);
  }
}
