import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { IntakeState } from '../../../models/intake/intakeState';
import type { BorrowerProgress } from '../../../models/ports/progress';

/** Keeps a conversation's open case in step with its intake (see `withIntake`). */
export interface CaseSync {
  syncIntake(channelId: string, conversationId: string, intake: IntakeState): Promise<void>;
}

export interface IntakeRecordDeps {
  conversationState: BotState;
  intakeState: StatePropertyAccessor<IntakeState>;
  progress: BorrowerProgress;
  cases: CaseSync;
  now: () => Date;
}

const LOADED = Symbol('forbear.intakeAtStart');

/**
 * The one record of an intake is the conversation's state. Every path that
 * changes it (a borrower turn, an agent's action, the idle monitor) saves it
 * here; the borrower's saved progress and the open case's copy are derived
 * from it, only when it changed, so they can never drift apart.
 */
export class IntakeRecord {
  constructor(private readonly deps: IntakeRecordDeps) {}

  /** Notes the intake as the turn found it, so `save` derives copies only after a change. Nested turns keep the outer start. */
  async begin(context: TurnContext): Promise<void> {
    if (!context.turnState.has(LOADED)) context.turnState.set(LOADED, JSON.stringify((await this.deps.intakeState.get(context)) ?? null));
  }

  async save(context: TurnContext): Promise<void> {
    const intake = await this.deps.intakeState.get(context);
    await this.deps.conversationState.saveChanges(context, false);
    const now = JSON.stringify(intake ?? null);
    if (!intake || context.turnState.get(LOADED) === now) return;
    context.turnState.set(LOADED, now);
    const { channelId, conversation } = context.activity;
    await this.deps.cases.syncIntake(channelId, conversation.id, intake);
    if (intake.verifiedLoanId) await this.deps.progress.save(intake.verifiedLoanId, { ...intake, updatedAt: this.deps.now().toISOString() });
  }
}
