import type { TurnContext } from 'botbuilder';
import { DISPOSITIONS, type CaseRecord, type Disposition } from '../../casework/cases/caseRecord';
import type { CaseStore } from '../../casework/cases/caseStore';
import { BorrowerOptedOutError, CaseConflictError } from './agentErrors';
import type { AgentMessenger } from './agentMessenger';
import { assertHolds, visibleCase, voiceOf, type Actor } from './caseAccess';
import type { CaseJournal } from './caseJournal';
import type { ConversationIntake } from '../../casework/intake/conversationIntake';
import { resumeStage } from '../../../models/intake/resumeStage';
import type { IntakeSettings } from '../../../models/ports/settings';
import { closingNotice } from './closingNotice';
import { translate } from '../../../models/i18n/translate';
import { DEFAULT_LANGUAGE } from '../../../models/i18n/languages';
import { priorityLabel } from '../../casework/cases/queueView';

/** What an agent may close a case with; handing back to the bot has its own action, and only the borrower leaves the queue. */
export const CLOSING_DISPOSITIONS = DISPOSITIONS.filter(
  (d): d is Exclude<Disposition, 'handed_back_to_bot' | 'left_queue'> => d !== 'handed_back_to_bot' && d !== 'left_queue',
);
export type ClosingDisposition = (typeof CLOSING_DISPOSITIONS)[number];

export interface CaseActionsDeps {
  cases: CaseStore;
  journal: CaseJournal;
  messenger: AgentMessenger;
  conversations: ConversationIntake;
  now: () => Date;
  settings: Pick<IntakeSettings, 'contactDetails' | 'emergencyNumber' | 'helplineName' | 'helplineNumber'>;
  /** The bot's turn logic, run after a handback so it carries on at once rather than at the borrower's next message. */
  resumeBot?: (context: TurnContext) => Promise<void>;
}

/** Taking, working and finishing a case: every step audited, the conversation-changing ones also in the transcript. */
export class CaseActions {
  constructor(private readonly deps: CaseActionsDeps) {}

  /** One agent at a time: the check and the assignment happen under the case's lock, so a second claim is refused. */
  async claim(id: string, actor: Actor): Promise<{ record: CaseRecord; borrowerNotified: boolean }> {
    const at = this.deps.now().toISOString();
    const record = await this.deps.cases.update(id, (c) => {
      if (c.status === 'closed') throw new CaseConflictError(`Case ${id} is closed`);
      if (c.status === 'assigned') throw new CaseConflictError(`Case ${id} has already been taken by ${c.assignedTo}`);
      return { ...c, status: 'assigned', assignedTo: actor.user, assignedAt: at };
    });
    await this.deps.journal.audited(actor, 'case.claim', record);
    await this.deps.journal.decision(record, actor, 'agent_joined', { agent: actor.user });
    const borrowerNotified = await this.tell(record, `You're now chatting with ${actor.displayName} from our team.`);
    return { record, borrowerNotified };
  }

  async message(id: string, actor: Actor, text: string): Promise<void> {
    const record = await visibleCase(this.deps.cases, id, actor);
    assertHolds(record, actor);
    try {
      await this.deps.messenger.send(record, { text }, voiceOf(actor));
    } catch (err) {
      if (err instanceof BorrowerOptedOutError) await this.deps.journal.audited(actor, 'case.message_refused', record, { reason: 'opted_out' });
      throw err;
    }
    // The text itself is in the (redacted) transcript; the audit trail keeps no borrower conversation.
    await this.deps.journal.audited(actor, 'case.message', record, { chars: text.length });
  }

  /** Private: seen by staff on the case, never by the borrower, and not in the transcript. */
  async note(id: string, actor: Actor, text: string): Promise<CaseRecord> {
    await visibleCase(this.deps.cases, id, actor);
    const record = await this.deps.cases.update(id, (c) => ({ ...c, notes: [...c.notes, { at: this.deps.now().toISOString(), by: actor.user, text }] }));
    await this.deps.journal.audited(actor, 'case.note', record, { chars: text.length });
    return record;
  }

  /** Closes with the outcome the agent chose, and tells the borrower (unless they opted out) that it is closed and how to come back. */
  async close(id: string, actor: Actor, disposition: ClosingDisposition): Promise<{ record: CaseRecord; borrowerNotified: boolean }> {
    const record = await this.finish(id, actor, disposition);
    const borrowerNotified = await this.tell(
      record,
      closingNotice(actor.displayName, priorityLabel(record) === 'crisis', this.deps.settings, record.intake.language),
    );
    return { record, borrowerNotified };
  }

  /** The bot takes over again where the intake stopped, and says so. */
  async handBack(id: string, actor: Actor): Promise<CaseRecord> {
    const record = await this.finish(id, actor, 'handed_back_to_bot');
    await this.deps.conversations.update(record.conversation, async (intake, context) => {
      intake.stage = resumeStage(intake);
      await context.sendActivity(translate(intake.language ?? DEFAULT_LANGUAGE, 'staff.backWithBot'));
      await this.deps.resumeBot?.(context);
    });
    return record;
  }

  private async finish(id: string, actor: Actor, disposition: Disposition): Promise<CaseRecord> {
    await visibleCase(this.deps.cases, id, actor);
    const at = this.deps.now().toISOString();
    const record = await this.deps.cases.update(id, (c) => {
      assertHolds(c, actor);
      if (disposition === 'arrangement_made' && !c.intake.arrangementReference) {
        throw new CaseConflictError(
          `No arrangement is recorded on case ${id}: record the borrower's acceptance first, or choose another outcome. The case is still open.`,
        );
      }
      return { ...c, status: 'closed', disposition, closedAt: at, closedBy: actor.user };
    });
    await this.deps.journal.audited(actor, disposition === 'handed_back_to_bot' ? 'case.handback' : 'case.close', record, { disposition });
    await this.deps.journal.decision(record, actor, 'agent_closed', { agent: actor.user, disposition });
    return record;
  }

  /** A notice from the service (not the agent); false when the borrower opted out and so was not told. */
  private async tell(record: CaseRecord, text: string): Promise<boolean> {
    try {
      await this.deps.messenger.send(record, { text });
      return true;
    } catch (err) {
      if (err instanceof BorrowerOptedOutError) return false;
      throw err;
    }
  }
}
