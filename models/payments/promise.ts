import { addDays, isoDate } from '../shared/calendar';
import { OfferInputError } from '../offers/inputError';

/**
 * Whether a promise (an arrangement's schedule) is being kept, from the payments received.
 * Pure: the same schedule, payments and day always give the same answer, so the store, the
 * dashboard and the follow-up agree without keeping a status of their own in sync.
 */

export interface PromiseSettings {
  /** Days after a due date a payment still counts as on time. */
  graceDays: number;
  /** On-time payments in a row after a break that make the arrangement cured. */
  curePayments: number;
}

/**
 * pending: not yet due (or within grace) and not fully paid; paid: in full by the due date plus grace;
 * late: in full, but after grace; partial: past grace with some but not all of it paid; missed: past grace, nothing paid.
 */
export type InstalmentState = 'pending' | 'paid' | 'late' | 'partial' | 'missed';

export interface InstalmentStatus {
  dueDate: string;
  amount: number;
  /** What the payments cover of this instalment, oldest instalment first. */
  paid: number;
  /** The day the instalment was covered in full, if it was. */
  paidOn?: string;
  state: InstalmentState;
}

/**
 * on_track: no instalment has gone wrong and some are still to come; kept: every instalment paid on time;
 * broken: an instalment went wrong and not enough on-time payments have followed; cured: `curePayments`
 * on-time payments in a row since the last one that went wrong.
 */
export type PromiseState = 'on_track' | 'kept' | 'broken' | 'cured';

export interface PromiseEvaluation {
  state: PromiseState;
  instalments: InstalmentStatus[];
  /** On-time payments in a row, counted back from the latest instalment past its grace. */
  streak: number;
  /** Owed on instalments past their due date and not yet covered. */
  arrears: number;
  /** Days since the oldest instalment past its due date that is not covered (0 when none). */
  daysPastDue: number;
  /** Total received against the schedule, surplus included. */
  received: number;
}

interface Dated {
  date: string;
  amount: number;
}

const CENT = 0.005;
const DAY = 86_400_000;

function checkSettings({ graceDays, curePayments }: PromiseSettings): void {
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > 60)
    throw new OfferInputError(`graceDays must be a whole number of days from 0 to 60, got ${graceDays}`);
  if (!Number.isInteger(curePayments) || curePayments < 1 || curePayments > 24)
    throw new OfferInputError(`curePayments must be a whole number from 1 to 24, got ${curePayments}`);
}

/** Money pays the oldest instalment first (the usual servicing waterfall), in the order it arrived. */
function allocate(schedule: readonly Dated[], payments: readonly Dated[]): { paid: number; paidOn?: string }[] {
  const out = schedule.map(() => ({ paid: 0 }) as { paid: number; paidOn?: string });
  let next = 0;
  for (const payment of [...payments].sort((a, b) => a.date.localeCompare(b.date))) {
    let left = payment.amount;
    while (left > CENT && next < schedule.length) {
      const take = Math.min(left, schedule[next].amount - out[next].paid);
      out[next].paid = Math.round((out[next].paid + take) * 100) / 100;
      left -= take;
      if (out[next].paid >= schedule[next].amount - CENT) out[next++].paidOn = payment.date;
    }
  }
  return out;
}

function stateOf(due: Dated, cover: { paid: number; paidOn?: string }, today: string, graceDays: number): InstalmentState {
  const graceEnd = isoDate(addDays(new Date(`${due.date}T00:00:00Z`), graceDays));
  if (cover.paidOn) return cover.paidOn <= graceEnd ? 'paid' : 'late';
  if (today <= graceEnd) return 'pending';
  return cover.paid > CENT ? 'partial' : 'missed';
}

/** Evaluates `schedule` (due dates and amounts, any order) against `payments` on the day `today` (YYYY-MM-DD). */
export function evaluatePromise(
  schedule: readonly { dueDate: string; amount: number }[],
  payments: readonly Dated[],
  today: string,
  settings: PromiseSettings,
): PromiseEvaluation {
  checkSettings(settings);
  if (schedule.length === 0) throw new OfferInputError('an arrangement needs at least one instalment to evaluate');
  const dues = schedule.map((s) => ({ date: s.dueDate, amount: s.amount })).sort((a, b) => a.date.localeCompare(b.date));
  const covers = allocate(
    dues,
    payments.filter((p) => p.date <= today),
  );
  const instalments = dues.map((d, i) => ({ dueDate: d.date, amount: d.amount, ...covers[i], state: stateOf(d, covers[i], today, settings.graceDays) }));
  const settled = instalments.filter((i) => i.state !== 'pending');
  let streak = 0;
  while (streak < settled.length && settled[settled.length - 1 - streak].state === 'paid') streak++;
  const wentWrong = settled.some((i) => i.state !== 'paid');
  const state: PromiseState = !wentWrong ? (settled.length === instalments.length ? 'kept' : 'on_track') : streak >= settings.curePayments ? 'cured' : 'broken';
  const overdue = instalments.filter((i) => i.dueDate < today && !i.paidOn);
  return {
    state,
    instalments,
    streak,
    arrears: Math.round(overdue.reduce((sum, i) => sum + i.amount - i.paid, 0) * 100) / 100,
    daysPastDue: overdue.length > 0 ? Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${overdue[0].dueDate}T00:00:00Z`)) / DAY) : 0,
    received: Math.round(payments.filter((p) => p.date <= today).reduce((sum, p) => sum + p.amount, 0) * 100) / 100,
  };
}
