import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { freshIntake, type IntakeState } from '../../../models/intake/intakeState';
import type { CaseRecord } from './caseRecord';
import type { AgentMessenger } from '../../staff/agents/agentMessenger';

export interface ConversationIntakeDeps {
  messenger: AgentMessenger;
  conversationState: BotState;
  intakeState: StatePropertyAccessor<IntakeState>;
}

/**
 * Changes the bot's own record of a conversation (its intake state) from the
 * console, in a proactive turn on that conversation, so the change is saved
 * exactly where the next borrower turn will load it.
 */
export class ConversationIntake {
  constructor(private readonly deps: ConversationIntakeDeps) {}

  /** `change` may also talk to the borrower or run the bot on the same turn; the state is saved afterwards. */
  async update(record: CaseRecord, change: (intake: IntakeState, context: TurnContext) => Promise<void>): Promise<void> {
    await this.deps.messenger.continue(record, async (context) => {
      const intake = await this.deps.intakeState.get(context, freshIntake());
      await change(intake, context);
      await this.deps.conversationState.saveChanges(context, false);
    });
  }
}
