import type { Middleware, TurnContext } from 'botbuilder';
import type { TranscriptEntry } from '../../casework/transcripts/transcriptRecord';
import type { TranscriptStore } from '../../casework/transcripts/transcriptStore';
import { refDigest, toEntry, type Redact } from '../../casework/transcripts/toEntries';
import { inboundRef } from '../turnMarks';

/**
 * Records every inbound and outbound activity of a turn (messages, agents'
 * messages, the bot's decision events), redacted before anything is written.
 * The write is awaited before the turn completes, so an acknowledged turn is
 * in the transcript.
 */
export function transcriptLogger(store: TranscriptStore, redact: Redact): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const entries: TranscriptEntry[] = [];
      const inbound = toEntry(context.activity, 'borrower', redact);
      // Only a proactive turn (an event the adapters create; the HTTP edges refuse the name) is left out.
      const proactive = context.activity.type === 'event' && context.activity.name === 'continueConversation';
      const ref = inboundRef(context);
      if (inbound && !proactive) entries.push(ref ? { ...inbound, ref: refDigest(ref) } : inbound);
      context.onSendActivities(async (_ctx, activities, send) => {
        const responses = await send();
        for (const activity of activities) {
          const entry = toEntry({ timestamp: new Date(), ...activity }, 'bot', redact);
          if (entry) entries.push(entry);
        }
        return responses;
      });
      try {
        await next();
      } finally {
        const { channelId, conversation } = context.activity;
        await store.append(channelId, conversation.id, entries);
      }
    },
  };
}
