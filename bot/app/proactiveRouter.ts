import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Proactive } from '../../models/ports/proactive';
import { isBotConnectorChannel } from '../channels/botFramework/channelNamespace';

interface ChannelAdapter {
  continueConversation: Proactive;
}

/**
 * Proactive turns (agents' messages, idle reminders) go to the adapter that
 * hosts the conversation: Direct Line and WhatsApp run in this process, and
 * conversations received on `/api/messages` (the `bf.` namespace) go through
 * the Bot Connector. The channel id of a reference is the one the receiving
 * adapter stamped, never one a client claimed; anything else is refused.
 */
export class ProactiveRouter {
  private readonly channels = new Map<string, ChannelAdapter>();

  constructor(private readonly connector: Proactive) {}

  add(channelId: string, adapter: ChannelAdapter): void {
    this.channels.set(channelId, adapter);
  }

  readonly send: Proactive = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => {
    const channelId = reference.channelId ?? '';
    const adapter = this.channels.get(channelId);
    if (adapter) return adapter.continueConversation(reference, logic);
    if (isBotConnectorChannel(channelId)) return this.connector(reference, logic);
    return Promise.reject(new Error(`No channel hosts conversations of "${channelId}"`));
  };
}
