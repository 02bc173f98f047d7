import type { BorrowerLanguage } from '../../../models/i18n/languages';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { borrowerOfLoans } from '../../../models/outreach/contactBudget';
import { remindersDue, type ReminderDue } from '../../../models/payments/reminders';
import type { DeliveryAttempt } from './deliveryAttempt';
import { liveEvaluations, type PromiseSweepDeps } from './liveEvaluations';
import { OnceDelivery, type DeliveryRecord, type Reach } from './onceDelivery';

/** One reminder's ledger entry, keyed arrangement × instalment. */
export type ReminderRecord = DeliveryRecord;

/** Delivers one reminder on the borrower's channel, in their language; it must not say anything about the debt. */
export type ReminderSender = (loan: LoanRecord, reminder: ReminderDue, language: BorrowerLanguage) => Promise<DeliveryAttempt>;

export interface PromiseRemindersDeps extends PromiseSweepDeps {
  /** Where the borrower last talked (WhatsApp or Web Chat), so each reminder goes on one channel only. */
  reach: (loan: LoanRecord) => Promise<Reach<ReminderSender>>;
  /** Days before a due date the reminder goes. */
  days: number;
}

/** Reminders before each instalment's due date, each sent once within the borrower's contact rules (OnceDelivery). */
export class PromiseReminders {
  private readonly once: OnceDelivery;

  constructor(private readonly deps: PromiseRemindersDeps) {
    this.once = new OnceDelivery(deps, 'promise reminder');
  }

  async tick(): Promise<void> {
    const now = this.deps.now();
    const budget = this.once.budget(borrowerOfLoans(this.deps.loans()));
    for await (const { loan, arrangement, evaluation, candidate, today } of liveEvaluations(this.deps, now))
      for (const due of remindersDue(arrangement, evaluation, today, this.deps.days)) {
        const { channel, sender } = await this.deps.reach(loan);
        const send = sender && (async () => sender(loan, due, await this.deps.language(loan.Loan_ID)));
        await this.once.deliver(candidate, due, now, { channel, send }, budget);
      }
  }
}
