import type { IntakeState } from '../../../models/intake/intakeState';
import type { CaseSync } from '../intake/intakeRecord';
import { randomUUID } from 'node:crypto';
import type { EscalationOutcome, EscalationRequest, Escalations, QueuePlace } from '../../../models/ports/escalations';
import type { AgentAvailability } from './agentAvailability';
import { priorityFor, withIntake, type CaseRecord } from './caseRecord';
import type { CaseStore } from './caseStore';

export interface EscalationDeps {
  cases: CaseStore;
  availability: AgentAvailability;
  /** Agents signed in to the console right now. */
  agentsOnline: () => number;
  now: () => Date;
  /** Called after a case is opened, e.g. to emit a Bot Framework handoff event. */
  onEscalated?: (record: CaseRecord) => Promise<void>;
}

/** Opens (or raises) the case for a conversation and works out what to tell the borrower. */
export class EscalationService implements Escalations, CaseSync {
  constructor(private readonly deps: EscalationDeps) {}

  async escalate(request: EscalationRequest): Promise<EscalationOutcome> {
    const { cases, availability, now } = this.deps;
    const at = now();
    const channelId = request.conversation.channelId ?? 'unknown';
    const conversationId = request.conversation.conversation?.id ?? '';
    const priority = priorityFor(request.reason, request.intake);
    const existing = cases.openCaseFor(channelId, conversationId);
    const record = existing
      ? await cases.update(existing.id, (c) =>
          withIntake(
            { ...c, reason: priority > c.priority ? request.reason : c.reason, plans: request.plans ?? c.plans, note: request.note ?? c.note },
            request.intake,
          ),
        )
      : await cases.create({
          id: `C-${randomUUID().slice(0, 8).toUpperCase()}`,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
          status: 'queued',
          reason: request.reason,
          priority,
          channelId,
          conversation: request.conversation,
          loanId: request.intake.verifiedLoanId,
          intake: request.intake,
          plans: request.plans ?? [],
          note: request.note,
          notes: [],
        });
    await this.deps.onEscalated?.(record);

    const ahead = this.casesAhead(record);
    const online = this.deps.agentsOnline();
    const agentsAvailable = availability.canTakeNow(at, online, ahead);
    return {
      caseId: record.id,
      agentsAvailable,
      estimatedWaitMinutes: agentsAvailable ? availability.estimatedWaitMinutes(ahead + 1, online) : null,
      callbackSlots: agentsAvailable ? [] : availability.callbackSlots(at),
    };
  }

  /** Queued cases an agent takes before this one (queueView's order). */
  private casesAhead(record: CaseRecord): number {
    return this.deps.cases
      .openCases()
      .filter((c) => c.status === 'queued' && c.id !== record.id)
      .filter((c) => c.priority > record.priority || (c.priority === record.priority && c.createdAt < record.createdAt)).length;
  }

  async queuePlace(caseId: string): Promise<QueuePlace | undefined> {
    const record = await this.deps.cases.get(caseId);
    if (!record || record.status === 'closed') return undefined;
    if (record.status !== 'queued') return { status: record.status, position: null, estimatedWaitMinutes: null };
    const ahead = this.casesAhead(record);
    const online = this.deps.agentsOnline();
    const staffed = this.deps.availability.canTakeNow(this.deps.now(), online, ahead);
    return { status: 'queued', position: ahead + 1, estimatedWaitMinutes: staffed ? this.deps.availability.estimatedWaitMinutes(ahead + 1, online) : null };
  }

  async withdraw(caseId: string): Promise<boolean> {
    const record = await this.deps.cases.get(caseId);
    if (!record || record.status === 'closed' || record.status === 'assigned') return false;
    let withdrawn = false;
    await this.deps.cases.update(caseId, (c) => {
      // Taken meanwhile: the agent is already talking to the borrower, so the case stays theirs.
      if (c.status === 'closed' || c.status === 'assigned') return c;
      withdrawn = true;
      return { ...c, status: 'closed', disposition: 'left_queue', closedAt: this.deps.now().toISOString(), closedBy: 'borrower' };
    });
    return withdrawn;
  }

  async syncIntake(channelId: string, conversationId: string, intake: IntakeState): Promise<void> {
    const open = this.deps.cases.openCaseFor(channelId, conversationId);
    if (open) await this.deps.cases.update(open.id, (c) => withIntake(c, intake));
  }

  async isOpen(caseId: string): Promise<boolean> {
    const record = await this.deps.cases.get(caseId);
    return record !== undefined && record.status !== 'closed';
  }

  async bookCallback(caseId: string, slot: string): Promise<void> {
    await this.deps.cases.update(caseId, (c) => ({
      ...c,
      status: c.status === 'queued' ? 'callback' : c.status,
      callback: { slot, bookedAt: this.deps.now().toISOString() },
    }));
  }
}
