import { BotAdapter, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { proactiveActivity } from '../../models/ports/proactive';
import { setInboundRef, turnFailure } from './turnMarks';

/**
 * What the channels we host ourselves (Direct Line, WhatsApp) share: a turn is
 * run in this process through the adapter's middleware, proactive turns start
 * from the conversation reference, and sent messages cannot be edited or
 * recalled (neither Web Chat polling nor WhatsApp supports it for bots).
 */
export abstract class InProcessAdapter extends BotAdapter {
  constructor(private readonly channelName: string) {
    super();
  }

  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runTurn(activity, logic);
  }

  /**
   * Runs a turn; resolves with the error the turn failed with (after the error
   * handler ran), if any. `ref` is the inbox id it runs for (see turnMarks).
   */
  async runTurn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>, ref?: string): Promise<Error | undefined> {
    const context = new TurnContext(this, activity);
    if (ref) setInboundRef(context, ref);
    try {
      await this.runMiddleware(context, logic);
    } catch (err) {
      return err as Error;
    }
    return turnFailure(context);
  }

  async updateActivity(): Promise<void> {
    throw new Error(`${this.channelName} messages cannot be edited by the bot`);
  }

  async deleteActivity(): Promise<void> {
    throw new Error(`${this.channelName} messages cannot be deleted by the bot`);
  }

  /** Proactive turns (agents' replies, reminders) run through the middleware like any other: opt-out applies. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.processActivity(proactiveActivity(this.address(reference)), logic);
  }

  /** Lets a channel check or complete a reference before a proactive turn. */
  protected address(reference: Partial<ConversationReference>): Partial<ConversationReference> {
    return reference;
  }
}
