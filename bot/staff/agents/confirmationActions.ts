import { confirmationActivity } from '../../../dialogs/confirmationMessage';
import { fraudConversationKey } from '../../../dialogs/fraudReview';
import type { Arrangement } from '../../../models/offers';
import type { IntakeServices } from '../../../models/ports/intakeServices';
import { CaseNotFoundError, type CaseStore } from '../../casework/cases/caseStore';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import { CaseConflictError } from './agentErrors';
import type { AgentMessenger } from './agentMessenger';
import { assertHolds, visibleCase, voiceOf, type Actor } from './caseAccess';
import type { CaseJournal } from './caseJournal';

export interface ConfirmationActionsDeps {
  cases: CaseStore;
  arrangements: {
    load(reference: string): Promise<Arrangement | undefined>;
    withdrawLinks(reference: string, at: Date): Promise<Arrangement | undefined>;
  };
  services: Pick<IntakeServices, 'confirmations' | 'settings' | 'messages' | 'now'>;
  journal: CaseJournal;
  messenger: AgentMessenger;
}

/**
 * Staff care of a borrower's written confirmation: a fresh link sent in the conversation (lost or expired), and
 * withdrawing the links already sent (a shared or lost phone), which can be done with or without sending a new one.
 * Only arrangements of the case's own verified loan, and only for the agent holding the case or a supervisor.
 */
export class ConfirmationActions {
  constructor(private readonly deps: ConfirmationActionsDeps) {}

  private async arrangementOf(record: CaseRecord, reference: string): Promise<Arrangement> {
    const arrangement = await this.deps.arrangements.load(reference);
    // Another loan's arrangement answers like one that does not exist, so references cannot be probed through a case.
    if (!arrangement || !record.loanId || arrangement.loanId !== record.loanId) throw new CaseNotFoundError(reference);
    if (!arrangement.terms) throw new CaseConflictError(`Arrangement ${reference} was agreed before written confirmations, so it has no page to link to`);
    return arrangement;
  }

  /** Sends the borrower a new link in this conversation; with `withdrawEarlier`, every link sent before stops opening first. */
  async resend(id: string, reference: string, actor: Actor, options: { withdrawEarlier: boolean }): Promise<{ expiresAt: string; withdrawn: boolean }> {
    const record = await visibleCase(this.deps.cases, id, actor);
    assertHolds(record, actor);
    await this.arrangementOf(record, reference);
    if (options.withdrawEarlier) await this.withdrawn(record, reference, actor);
    const links = this.deps.services.confirmations;
    if (!links) throw new CaseConflictError('Written confirmations are not configured on this deployment');
    const conversation = fraudConversationKey(record.channelId, record.conversation.conversation?.id ?? '');
    const link = await links.issue(reference, { conversation, actor: actor.user });
    if (!link) throw new CaseConflictError(`Arrangement ${reference} has no recorded terms to confirm`);
    await this.deps.messenger.send(record, confirmationActivity(this.deps.services, record.intake, reference, link), voiceOf(actor));
    await this.deps.journal.audited(actor, 'case.confirmation_resent', record, { reference, withdrawEarlier: options.withdrawEarlier });
    return { expiresAt: link.expiresAt.toISOString(), withdrawn: options.withdrawEarlier };
  }

  /** Links sent so far stop opening (the page says so, in the borrower's language); nothing is sent to the borrower. */
  async withdraw(id: string, reference: string, actor: Actor): Promise<{ withdrawnAt: string }> {
    const record = await visibleCase(this.deps.cases, id, actor);
    if (actor.role !== 'supervisor') assertHolds(record, actor);
    await this.arrangementOf(record, reference);
    return { withdrawnAt: await this.withdrawn(record, reference, actor) };
  }

  private async withdrawn(record: CaseRecord, reference: string, actor: Actor): Promise<string> {
    const at = this.deps.services.now();
    await this.deps.arrangements.withdrawLinks(reference, at);
    await this.deps.journal.audited(actor, 'arrangement.confirmation_withdrawn', record, { reference, at: at.toISOString() });
    return at.toISOString();
  }
}
