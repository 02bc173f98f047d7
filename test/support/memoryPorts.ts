import { type Arrangement, liveArrangement, refuseSecondArrangement } from '../../models/offers';
import type { ArrangementLedger } from '../../models/ports/arrangements';
import type { BorrowerProgress } from '../../models/ports/progress';
import type { ContactPreferences } from '../../models/ports/contactPreferences';
import type { EscalationOutcome, EscalationRequest, Escalations, QueuePlace } from '../../models/ports/escalations';
import type { IdentityLocks, IdentityLockStatus } from '../../models/ports/identityLocks';
import type { IntakeState } from '../../models/intake/intakeState';
import type { Payment } from '../../models/payments/payment';
import type { PaymentLedger, PaymentOutcome } from '../../models/ports/payments';

/** In-memory stand-ins for the stores behind the dialog ports, recording what they were asked. */
export class MemoryIdentityLocks implements IdentityLocks {
  readonly records = new Map<string, IdentityLockStatus>();
  async status(key: string, now: Date): Promise<IdentityLockStatus> {
    const r = this.records.get(key);
    if (!r || (r.lockedUntil && Date.parse(r.lockedUntil) <= now.getTime())) return { failures: 0, lockedUntil: null };
    return r;
  }
  async recordFailure(key: string, now: Date): Promise<IdentityLockStatus> {
    const failures = (await this.status(key, now)).failures + 1;
    const next = { failures, lockedUntil: failures >= 3 ? new Date(now.getTime() + 30 * 60_000).toISOString() : null };
    this.records.set(key, next);
    return next;
  }
  async reset(key: string): Promise<void> {
    this.records.delete(key);
  }
  async lock(key: string, now: Date): Promise<void> {
    this.records.set(key, { failures: 3, lockedUntil: new Date(now.getTime() + 30 * 60_000).toISOString() });
  }
}

/** The same one-live-arrangement-per-loan rule as the real store (the rule itself lives in models/offers). */
export class MemoryArrangements implements ArrangementLedger {
  readonly saved: Arrangement[] = [];
  async liveForLoan(loanId: string, today: Date): Promise<Arrangement | undefined> {
    return liveArrangement(this.saved, loanId, today);
  }
  async save(arrangement: Arrangement): Promise<void> {
    refuseSecondArrangement(await this.liveForLoan(arrangement.loanId, new Date(arrangement.createdAt)), arrangement);
    this.saved.push(arrangement);
  }
  async replace(reference: string, next: Arrangement): Promise<void> {
    const live = await this.liveForLoan(next.loanId, new Date(next.createdAt));
    refuseSecondArrangement(live, next, reference);
    live!.replacedBy = { reference: next.reference, at: next.createdAt };
    this.saved.push(next);
  }
}

export class MemoryContacts implements ContactPreferences {
  readonly optedOut = new Set<string>();
  async isOptedOut(channelId: string, userId: string): Promise<boolean> {
    return this.optedOut.has(`${channelId}:${userId}`);
  }
  async optOut(channelId: string, userId: string): Promise<void> {
    this.optedOut.add(`${channelId}:${userId}`);
  }
  async optIn(channelId: string, userId: string): Promise<void> {
    this.optedOut.delete(`${channelId}:${userId}`);
  }
}

export class MemoryEscalations implements Escalations {
  readonly requests: EscalationRequest[] = [];
  readonly callbacks: { caseId: string; slot: string }[] = [];
  constructor(private readonly outcome: Omit<EscalationOutcome, 'caseId'> = { agentsAvailable: true, estimatedWaitMinutes: 4, callbackSlots: [] }) {}
  /** As the real service does, a conversation's open case is raised again rather than a second one opened. */
  private readonly openCase = new Map<string, string>();
  async escalate(request: EscalationRequest): Promise<EscalationOutcome> {
    this.requests.push(structuredClone(request));
    const conversation = request.conversation.conversation?.id ?? '';
    const open = this.openCase.get(conversation);
    const caseId = open && !this.closed.has(open) ? open : `C-${this.requests.length}`;
    this.openCase.set(conversation, caseId);
    return { caseId, ...this.outcome };
  }
  readonly closed = new Set<string>();
  async bookCallback(caseId: string, slot: string): Promise<void> {
    this.callbacks.push({ caseId, slot });
  }
  async isOpen(caseId: string): Promise<boolean> {
    return !this.closed.has(caseId);
  }
  /** Cases an agent has taken: the borrower can no longer withdraw them. */
  readonly assigned = new Set<string>();
  readonly withdrawn: string[] = [];
  async queuePlace(caseId: string): Promise<QueuePlace | undefined> {
    if (this.closed.has(caseId)) return undefined;
    if (this.assigned.has(caseId)) return { status: 'assigned', position: null, estimatedWaitMinutes: null };
    return { status: 'queued', position: 2, estimatedWaitMinutes: this.outcome.estimatedWaitMinutes };
  }
  async withdraw(caseId: string): Promise<boolean> {
    if (this.closed.has(caseId) || this.assigned.has(caseId)) return false;
    this.closed.add(caseId);
    this.withdrawn.push(caseId);
    return true;
  }
  /** What each open case was last told about its conversation's intake. */
  readonly synced: IntakeState[] = [];
  async syncIntake(_channelId: string, _conversationId: string, intake: IntakeState): Promise<void> {
    this.synced.push(structuredClone(intake));
  }
}

export class MemoryProgress implements BorrowerProgress {
  readonly saved = new Map<string, IntakeState>();
  async load(loanId: string): Promise<IntakeState | undefined> {
    const s = this.saved.get(loanId);
    return s && structuredClone(s);
  }
  async save(loanId: string, intake: IntakeState): Promise<void> {
    this.saved.set(loanId, structuredClone(intake));
  }
}

/** Payments received, by reference, as the servicing system's file or webhook would record them. */
export class MemoryPayments implements PaymentLedger {
  readonly recorded: Payment[] = [];
  async record(payment: Payment): Promise<PaymentOutcome> {
    if (this.recorded.some((p) => p.reference === payment.reference)) return 'duplicate';
    this.recorded.push(payment);
    return 'recorded';
  }
  async forLoan(loanId: string): Promise<Payment[]> {
    return this.recorded.filter((p) => p.loanId === loanId).sort((a, b) => a.date.localeCompare(b.date));
  }
}
