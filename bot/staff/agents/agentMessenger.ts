import type { Activity, TurnContext } from 'botbuilder';
import type { ContactPreferences } from '../../../models/ports/contactPreferences';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import type { Proactive } from '../../../models/ports/proactive';
import { BorrowerOptedOutError } from './agentErrors';
import { speakAs, type AgentVoice } from '../../channels/agentVoice';

export interface AgentMessengerDeps {
  /** The app's proactive router: Direct Line and WhatsApp in process, any other channel through the Bot Connector. */
  proactive: Proactive;
  contacts: Pick<ContactPreferences, 'isOptedOut'>;
}

/**
 * Speaks to the borrower on their own channel, outside their turns: each send
 * is a proactive turn through the channel's adapter, so the opt-out guard and
 * the transcript see it like any other message.
 */
export class AgentMessenger {
  constructor(private readonly deps: AgentMessengerDeps) {}

  /** Runs `logic` in a proactive turn on the case's conversation (its middleware included). */
  async continue(record: CaseRecord, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.deps.proactive(record.conversation, logic);
  }

  /**
   * Sends one message. `agent` makes it the agent speaking (their name on the
   * borrower's channel, their user name in the transcript); leave it out for
   * notices from the service itself. Refused up front after STOP, and refused
   * again if the guard dropped it in flight.
   */
  async send(record: CaseRecord, message: Partial<Activity>, agent?: AgentVoice): Promise<void> {
    const userId = record.conversation.user?.id;
    if (userId && (await this.deps.contacts.isOptedOut(record.channelId, userId))) throw new BorrowerOptedOutError(record.channelId);
    // A card or buttons get their channel's own words ("Choose", "Options") in the borrower's language, as the bot's do.
    const language = record.intake.language;
    const chrome = language && (message.attachments?.length || message.suggestedActions) ? { channelData: { ...message.channelData, language } } : {};
    let delivered = false;
    await this.continue(record, async (context) => {
      if (agent) speakAs(context, agent);
      delivered = (await context.sendActivity({ type: 'message', ...message, ...chrome })) !== undefined;
    });
    if (!delivered) throw new BorrowerOptedOutError(record.channelId);
  }
}
