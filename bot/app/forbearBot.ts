import { ActivityHandler, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { IntakeRecord } from '../casework/intake/intakeRecord';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/**
 * Where botbuilder-dialogs keeps the memory scopes it builds for a turn's first DialogContext (a component registry
 * and a zod check each time); the key is the library's own, not exported. Should it change, the library builds them per turn again.
 */
const STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * Thin on purpose: every activity goes to the main dialog, which owns the
 * conversation; state is saved once at the end of each turn, with the
 * copies derived from it (progress, the open case).
 */
export class ForbearBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  private readonly record: Pick<IntakeRecord, 'begin' | 'save'>;
  /** The memory scopes are the same on every turn (we register none of our own), so they are built on the first turn only. */
  private stateConfiguration?: DialogStateManagerConfiguration;

  /** Without an intake record (test dialogs), the conversation state alone is saved. */
  constructor(
    conversationState: BotState,
    private readonly dialog: Dialog,
    record?: Pick<IntakeRecord, 'begin' | 'save'>,
  ) {
    super();
    this.record = record ?? {
      begin: async () => undefined,
      save: (context) => conversationState.saveChanges(context, false),
    };
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(dialog);

    this.onMessage(async (context, next) => {
      await this.runDialog(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient.id);
      if (newcomers.length > 0) await this.runDialog(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      await this.runDialog(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await this.record.begin(context);
    await super.run(context);
    await this.record.save(context);
  }

  /** Forgets the question in progress (e.g. when an idle intake is parked), so the next message starts from the saved stage. */
  async clearDialogStack(context: TurnContext): Promise<void> {
    await this.dialogState.delete(context);
  }

  private async runDialog(context: TurnContext): Promise<void> {
    if (this.stateConfiguration && !context.turnState.has(STATE_CONFIGURATION)) context.turnState.set(STATE_CONFIGURATION, this.stateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }
}
