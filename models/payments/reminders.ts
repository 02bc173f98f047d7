import type { Arrangement } from '../offers';
import type { PromiseEvaluation } from './promise';

/** One instalment a reminder is owed for: the key is the arrangement × instalment, so it is sent once whoever plans it. */
export interface ReminderDue {
  key: string;
  loanId: string;
  arrangement: string;
  dueDate: string;
  amount: number;
}

const DAY = 86_400_000;

/** The key of what is sent about one instalment (its reminder, the follow-up on its lapse, the lapse's case). */
export const reminderKey = (arrangementReference: string, dueDate: string) => `${arrangementReference}:${dueDate}`;

/** The arrangement and due date a `reminderKey` names (a due date holds no colon; a reference might). */
export function instalmentOfKey(key: string): { arrangement: string; dueDate: string } {
  const at = key.lastIndexOf(':');
  return { arrangement: key.slice(0, at), dueDate: key.slice(at + 1) };
}

/**
 * The instalments of a live arrangement that are due within `days` of `today` (YYYY-MM-DD) and not yet paid in
 * full. An instalment already covered gets no reminder, and one past its due date is the follow-up's, not a reminder's.
 */
export function remindersDue(arrangement: Arrangement, evaluation: PromiseEvaluation, today: string, days: number): ReminderDue[] {
  const now = Date.parse(`${today}T00:00:00Z`);
  return evaluation.instalments
    .filter((i) => !i.paidOn && i.state === 'pending')
    .filter((i) => {
      const ahead = (Date.parse(`${i.dueDate}T00:00:00Z`) - now) / DAY;
      return ahead >= 0 && ahead <= days;
    })
    .map((i) => ({
      key: reminderKey(arrangement.reference, i.dueDate),
      loanId: arrangement.loanId,
      arrangement: arrangement.reference,
      dueDate: i.dueDate,
      amount: Math.round((i.amount - i.paid) * 100) / 100,
    }));
}
