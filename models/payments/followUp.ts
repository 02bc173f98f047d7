import type { Arrangement } from '../offers';
import { addDays, isoDate } from '../shared/calendar';
import type { PromiseEvaluation, PromiseSettings } from './promise';
import { reminderKey } from './reminders';

/** A missed or part-paid instalment on a live arrangement that is still not caught up: what the follow-up is about. */
export interface FollowUpDue {
  /** Arrangement × the oldest instalment that went wrong: one follow-up (and at most one case) per lapse. */
  key: string;
  loanId: string;
  arrangement: string;
  dueDate: string;
  arrears: number;
  daysPastDue: number;
  /** The lapse has stayed unresolved for `caseDays` past its grace: a person should take it (reason "broken promise"). */
  caseDue: boolean;
}

const DAY = 86_400_000;

/**
 * The follow-up a live arrangement needs on `today`, if any. Resolved means nothing is left missed or partial: the
 * arrears were paid (the instalments become `late`, covered) or the plan was changed (the old arrangement is no
 * longer live, so it is not asked about). Pure, like evaluatePromise: every instance and restart agrees.
 */
export function followUpDue(
  arrangement: Arrangement,
  evaluation: PromiseEvaluation,
  today: string,
  settings: PromiseSettings & { caseDays: number },
): FollowUpDue | undefined {
  const lapsed = evaluation.instalments.find((i) => i.state === 'missed' || i.state === 'partial');
  if (!lapsed) return undefined;
  const graceEnd = Date.parse(`${isoDate(addDays(new Date(`${lapsed.dueDate}T00:00:00Z`), settings.graceDays))}T00:00:00Z`);
  return {
    key: reminderKey(arrangement.reference, lapsed.dueDate),
    loanId: arrangement.loanId,
    arrangement: arrangement.reference,
    dueDate: lapsed.dueDate,
    arrears: evaluation.arrears,
    daysPastDue: evaluation.daysPastDue,
    caseDue: (Date.parse(`${today}T00:00:00Z`) - graceEnd) / DAY >= settings.caseDays,
  };
}
