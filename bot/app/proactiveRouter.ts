import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Proactive } from '../../models/ports/proactive';

interface ChannelAdapter {
  continueConversation: Proactive;
}

/**
 * Proactive turns (agents' messages, idle reminders) go to the adapter that
 * hosts the conversation: Direct Line and WhatsApp run in this process, any
 * other channel goes through the Bot Connector.
 */
export class ProactiveRouter {
  private readonly channels = new Map<string, ChannelAdapter>();

  constructor(private readonly connector: Proactive) {}

  add(channelId: string, adapter: ChannelAdapter): void {
    this.channels.set(channelId, adapter);
  }

  readonly send: Proactive = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => {
    const adapter = this.channels.get(reference.channelId ?? '');
    return adapter ? adapter.continueConversation(reference, logic) : this.connector(reference, logic);
  };
}
