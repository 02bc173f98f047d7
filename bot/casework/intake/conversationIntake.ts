import type { ConversationReference, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { freshIntake, type IntakeState } from '../../../models/intake/intakeState';
import type { Proactive } from '../../../models/ports/proactive';
import type { IntakeRecord } from './intakeRecord';

export interface ConversationIntakeDeps {
  proactive: Proactive;
  intakeState: StatePropertyAccessor<IntakeState>;
  record: IntakeRecord;
}

/**
 * Changes the bot's own record of a conversation (its intake state) from the
 * console, in a proactive turn on that conversation, so the change is saved
 * exactly where the next borrower turn will load it.
 */
export class ConversationIntake {
  constructor(private readonly deps: ConversationIntakeDeps) {}

  /** `change` may also talk to the borrower or run the bot on the same turn; the state is saved afterwards. */
  async update(conversation: Partial<ConversationReference>, change: (intake: IntakeState, context: TurnContext) => Promise<void>): Promise<void> {
    await this.deps.proactive(conversation, async (context) => {
      await this.deps.record.begin(context);
      const intake = await this.deps.intakeState.get(context, freshIntake());
      await change(intake, context);
      await this.deps.record.save(context);
    });
  }
}
