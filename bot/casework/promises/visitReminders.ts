import type { PromiseSettings } from '../../../models/payments/promise';
import { remindersDue, type ReminderDue } from '../../../models/payments/reminders';
import type { ArrangementLedger } from '../../../models/ports/arrangements';
import type { PaymentLedger } from '../../../models/ports/payments';
import { liveEvaluationOf } from './liveEvaluations';
import { OnceDelivery, type OnceDeliveryDeps } from './onceDelivery';

export interface VisitRemindersDeps extends OnceDeliveryDeps {
  arrangements: Pick<ArrangementLedger, 'liveForLoan'>;
  payments: PaymentLedger;
  settings: PromiseSettings;
  /** Days before a due date a reminder is due: the sweep's `PROMISE_REMINDER_DAYS`. */
  days: number;
  timeZone: string;
}

/**
 * The reminder a verified borrower is told in the conversation they opened, on the reminders' own ledger: told
 * there, it is settled, so the sweep sends nothing after it on any channel (one reminder, one ledger).
 */
export function visitReminders(deps: VisitRemindersDeps) {
  const once = new OnceDelivery(deps, 'promise reminder');
  return async (loanId: string, conversationId: string, now: Date): Promise<ReminderDue | undefined> => {
    const live = await liveEvaluationOf(deps, loanId, now, deps.timeZone, deps.settings);
    const [due] = live ? remindersDue(live.arrangement, live.evaluation, live.today, deps.days) : [];
    return due && (await once.shown(due, conversationId, now)) ? due : undefined;
  };
}
