import { DEFAULT_LANGUAGE, STAFF_NAMES } from '../../../models/i18n/languages';
import type { StaffViewer } from '../../../models/staff/roles';
import type { CaseRecord, CaseStatus } from './caseRecord';
import type { EscalationReason } from '../../../models/intake/escalationReason';
import { showsVulnerability } from '../../../models/intake/intakeState';

/** The badge an agent sees: crisis (red) > vulnerable (amber) > dispute/complaint > high risk > the rest. */
export type PriorityLabel = 'crisis' | 'vulnerable' | 'dispute' | 'complaint' | 'high_risk' | 'standard';

export function priorityLabel(record: CaseRecord): PriorityLabel {
  if (record.reason === 'crisis' || record.intake.stage === 'crisis') return 'crisis';
  if (record.reason === 'vulnerable' || showsVulnerability(record.intake)) return 'vulnerable';
  if (record.reason === 'dispute' || record.reason === 'complaint') return record.reason;
  if (record.reason === 'high_risk' || record.intake.risk?.band === 'high') return 'high_risk';
  return 'standard';
}

/** One line of the live queue: enough to choose what to take next, nothing about the loan. */
export interface QueueItem {
  id: string;
  status: CaseStatus;
  reason: EscalationReason;
  priority: number;
  label: PriorityLabel;
  channelId: string;
  createdAt: string;
  verified: boolean;
  assignedTo: string | null;
  assignedAt: string | null;
  callbackSlot: string | null;
  /** The language the bot speaks with the borrower, as staff name it ("Hindi"), so the agent answers in it. */
  language: string;
}

export function queueItem(record: CaseRecord): QueueItem {
  return {
    id: record.id,
    status: record.status,
    reason: record.reason,
    priority: record.priority,
    label: priorityLabel(record),
    channelId: record.channelId,
    createdAt: record.createdAt,
    verified: Boolean(record.loanId),
    assignedTo: record.assignedTo ?? null,
    assignedAt: record.assignedAt ?? null,
    callbackSlot: record.callback?.slot ?? null,
    language: STAFF_NAMES[record.intake.language ?? DEFAULT_LANGUAGE],
  };
}

type Viewer = StaffViewer;

/** Agents see the open queue and their own cases; supervisors and admins see every open case. */
export function canSee(viewer: Viewer, record: CaseRecord): boolean {
  if (viewer.role !== 'agent') return true;
  return record.status === 'queued' || record.status === 'callback' || record.assignedTo === viewer.user;
}

/** Highest priority first, then longest waiting. */
export function byPriorityThenWait(a: CaseRecord, b: CaseRecord): number {
  return b.priority - a.priority || a.createdAt.localeCompare(b.createdAt);
}

export function queueFor(viewer: Viewer, open: CaseRecord[]): QueueItem[] {
  return open
    .filter((c) => c.status !== 'closed' && canSee(viewer, c))
    .sort(byPriorityThenWait)
    .map(queueItem);
}
