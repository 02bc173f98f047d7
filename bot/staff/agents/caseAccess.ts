import type { LoanLookup } from '../../../models/ports/loans';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import type { Session } from '../auth/sessions';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import { CaseNotFoundError, type CaseStore } from '../../casework/cases/caseStore';
import { CaseAccessError, CaseConflictError } from './agentErrors';
import { canSee } from '../../casework/cases/queueView';
import type { AgentVoice } from '../../channels/agentVoice';

export type Actor = Pick<Session, 'user' | 'role' | 'displayName'>;

/** How the borrower sees this person's messages. */
export const voiceOf = (actor: Actor): AgentVoice => ({ user: actor.user, name: actor.displayName });

/**
 * The case, if this person may see it: agents only the queue and their own. A
 * case they may not see answers exactly like one that does not exist, so ids
 * cannot be probed.
 */
export async function visibleCase(cases: Pick<CaseStore, 'get'>, id: string, actor: Actor): Promise<CaseRecord> {
  const record = await cases.get(id);
  if (!record || !canSee(actor, record)) throw new CaseNotFoundError(id);
  return record;
}

/** Talking to the borrower, offering and closing are for the one person holding the case. */
export function assertHolds(record: CaseRecord, actor: Actor): void {
  if (record.status === 'closed') throw new CaseConflictError(`Case ${record.id} is closed`);
  if (record.status !== 'assigned') throw new CaseConflictError(`Claim case ${record.id} first`);
  if (record.assignedTo !== actor.user) throw new CaseAccessError(`Case ${record.id} is held by ${record.assignedTo}`);
}

/** Offers and arrangements need the loan, which exists for the case only once the borrower was verified. */
export function verifiedLoan(record: CaseRecord, loans: LoanLookup): LoanRecord {
  const loan = record.loanId ? loans.get(record.loanId) : undefined;
  if (!loan) throw new CaseConflictError('The borrower has not verified their identity, so no offer can be made in this chat');
  return loan;
}
