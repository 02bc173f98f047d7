import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { IntakeState } from '../../../models/intake/intakeState';
import type { BorrowerProgress } from '../../../models/ports/progress';
import { KeyedMutex } from '../../infra/storage/keyedMutex';

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
  /** Excludes turns on the same conversation in other instances (PostgreSQL); in process only when absent. */
  lock?: <T>(key: string, work: () => Promise<T>) => Promise<T>;
}

const LOADED = Symbol('forbear.intakeAtStart');
const HELD = Symbol('forbear.turnHeld');

/**
 * The one record of an intake is the conversation's state. Every path that
 * changes it (a borrower turn, an agent's action, the idle monitor) saves it
 * here; the borrower's saved progress and the open case's copy are derived
 * from it, only when it changed, so they can never drift apart.
 */
export class IntakeRecord {
  private readonly turns = new KeyedMutex();

  constructor(private readonly deps: IntakeRecordDeps) {}

  /**
   * Runs one turn on a conversation with no other turn on it in between (a
   * borrower's message, an agent's action, a reminder), so none loads the
   * state before another has saved it. Re-entrant for work nested in a turn
   * (an agent's hand-back runs the bot in the same turn).
   */
  async turn<T>(context: TurnContext, work: () => Promise<T>): Promise<T> {
    if (context.turnState.get(HELD)) return work();
    const { channelId, conversation } = context.activity;
    const key = `${channelId}:${conversation.id}`;
    const across = this.deps.lock;
    return this.turns.run(key, () => {
      context.turnState.set(HELD, true);
      return across ? across(key, work) : work();
    });
  }

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
