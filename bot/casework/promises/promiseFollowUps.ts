import { randomUUID } from 'node:crypto';
import type { BorrowerLanguage } from '../../../models/i18n/languages';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { borrowerOfLoans } from '../../../models/outreach/contactBudget';
import { followUpDue, type FollowUpDue } from '../../../models/payments/followUp';
import type { Documents } from '../../infra/storage/documents';
import type { DeliveryAttempt } from './deliveryAttempt';
import { liveEvaluations, type PromiseSweepDeps } from './liveEvaluations';
import { LEASE_MS, OnceDelivery, type DeliveryRecord, type Reach } from './onceDelivery';

/** The follow-up message of one lapse, keyed arrangement × the instalment that went wrong. */
export type FollowUpRecord = DeliveryRecord;

/** The "broken promise" case of one lapse, under the same key: `opening` while an instance holds the claim. */
export interface FollowUpCaseRecord {
  key: string;
  loanId: string;
  state: 'opening' | 'opened';
  claim: string;
  leaseUntil?: string;
  caseId?: string;
  updatedAt: string;
}

/** Delivers the follow-up on the borrower's channel, in their language; it must not say anything about the debt. */
export type FollowUpSender = (loan: LoanRecord, followUp: FollowUpDue, language: BorrowerLanguage) => Promise<DeliveryAttempt>;

/**
 * Opens the case for a lapse and gives its id. Asked again for the same lapse only when an instance died holding
 * the claim, so it must raise the case it may have opened then (one case per conversation) rather than open another.
 */
export type FollowUpCaseOpener = (loan: LoanRecord, followUp: FollowUpDue) => Promise<string>;

export interface PromiseFollowUpsDeps extends PromiseSweepDeps {
  cases: Documents<FollowUpCaseRecord>;
  /** Where the borrower last talked (WhatsApp or Web Chat), so each follow-up goes on one channel only. */
  reach: (loan: LoanRecord) => Promise<Reach<FollowUpSender>>;
  openCase: FollowUpCaseOpener;
  /** Days past grace a lapse may stay unresolved before a person takes it. */
  caseDays: number;
}

/**
 * The follow-up on a missed or part-paid instalment: one gentle message per lapse, within the contact rules
 * (OnceDelivery), and once it has stayed unresolved for `caseDays`, one "broken promise" case for a person. The
 * case is internal, so a STOP or a hold that silences the message does not keep it from the team.
 */
export class PromiseFollowUps {
  private readonly once: OnceDelivery;

  constructor(private readonly deps: PromiseFollowUpsDeps) {
    this.once = new OnceDelivery(deps, 'promise follow-up');
  }

  async tick(): Promise<void> {
    const now = this.deps.now();
    const budget = this.once.budget(borrowerOfLoans(this.deps.loans()));
    const settings = { ...this.deps.settings, caseDays: this.deps.caseDays };
    for await (const { loan, arrangement, evaluation, candidate, today } of liveEvaluations(this.deps, now)) {
      const due = followUpDue(arrangement, evaluation, today, settings);
      if (!due) continue;
      const { channel, sender } = await this.deps.reach(loan);
      const send = sender && (async () => sender(loan, due, await this.deps.language(loan.Loan_ID)));
      await this.once.deliver(candidate, due, now, { channel, send }, budget);
      if (due.caseDue) await this.openCase(loan, due, now);
    }
  }

  /** Claimed like a message (a read-modify-write of the lapse's own document), so instances open one case between them. */
  private async openCase(loan: LoanRecord, due: FollowUpDue, now: Date): Promise<void> {
    const { cases } = this.deps;
    const at = now.toISOString();
    const held = (r: FollowUpCaseRecord | undefined) => r !== undefined && (r.state === 'opened' || (r.leaseUntil ?? '') >= at);
    if (held((await cases.get(due.key))?.value)) return;
    const claim = randomUUID();
    const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
    const claimed = await cases.update(due.key, (r) =>
      held(r) ? undefined : { key: due.key, loanId: due.loanId, state: 'opening', claim, leaseUntil, updatedAt: at },
    );
    if (claimed?.claim !== claim) return;
    try {
      const caseId = await this.deps.openCase(loan, due);
      await cases.update(due.key, (r) => (r?.claim === claim ? { ...r, state: 'opened', caseId, leaseUntil: undefined, updatedAt: at } : undefined));
    } catch (err) {
      // The lease runs out and a later sweep tries again.
      this.deps.log.warn({ key: due.key, err }, 'promise follow-up: opening the case failed');
    }
  }
}
