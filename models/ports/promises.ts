import type { Arrangement } from '../offers';
import type { FollowUpDue } from '../payments/followUp';
import type { ReminderDue } from '../payments/reminders';

/** A live arrangement with an instalment missed or part-paid and not yet caught up. */
export interface MissedPayment {
  arrangement: Arrangement;
  lapse: FollowUpDue;
  /** The next instalment still to come, before which catching up keeps the plan on course; none near the end of it. */
  next?: Arrangement['schedule'][number];
}

/** How a loan's promise stands, read from its arrangements and the payments received. */
export interface PromiseStanding {
  /**
   * The loan's lapse today, if its live arrangement has one, to tell the verified borrower in `conversationId`:
   * told there, its follow-up message is settled, so none follows on any channel.
   */
  missedPayment(loanId: string, conversationId: string, now: Date): Promise<MissedPayment | undefined>;
  /**
   * The instalment a reminder is due for today, to tell a verified borrower in `conversationId` (which settles the
   * reminder, so no message follows on any channel); nothing when there is none or the borrower stopped reminders.
   */
  upcomingInstalment(loanId: string, conversationId: string, now: Date): Promise<ReminderDue | undefined>;
}
