import { type Arrangement, instalmentSchedule } from '../offers';
import type { Payment } from './payment';
import { evaluatePromise, type PromiseEvaluation, type PromiseSettings } from './promise';
import type { PromiseFacts } from './promiseKpis';

/** An arrangement with how its promise stands: what agents, supervisors and the dashboard read. */
export interface PromiseRecord {
  arrangement: Arrangement;
  evaluation: PromiseEvaluation;
}

/**
 * The payments that count towards an arrangement: the loan's, from the day it was agreed until the day it
 * was replaced (money after a replacement belongs to the new arrangement).
 */
function paymentsFor(arrangement: Arrangement, payments: readonly Payment[]): Payment[] {
  const from = arrangement.createdAt.slice(0, 10);
  const until = arrangement.replacedBy?.at.slice(0, 10);
  return payments.filter((p) => p.loanId === arrangement.loanId && p.date >= from && (!until || p.date < until));
}

/**
 * How one arrangement's promise stands on `today`, from the loan's payments. Undefined for an arrangement
 * replaced before its first due date: it promised nothing that could be kept or broken.
 */
export function evaluateArrangement(
  arrangement: Arrangement,
  payments: readonly Payment[],
  today: string,
  settings: PromiseSettings,
): PromiseEvaluation | undefined {
  const schedule = instalmentSchedule(arrangement);
  return schedule.length === 0 ? undefined : evaluatePromise(schedule, paymentsFor(arrangement, payments), today, settings);
}

/** The promise history of one loan: each of its arrangements evaluated on `today`, newest first. */
export function promiseHistory(arrangements: readonly Arrangement[], payments: readonly Payment[], today: string, settings: PromiseSettings): PromiseRecord[] {
  return [...arrangements]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .flatMap((arrangement) => {
      const evaluation = evaluateArrangement(arrangement, payments, today, settings);
      return evaluation ? [{ arrangement, evaluation }] : [];
    });
}

/** What the dashboard groups an arrangement by, from the conversation that agreed it (an agent's has none). */
export interface PromiseContext {
  band?: string;
  reason?: string;
}

/** An arrangement as the promise KPIs and time-to-cure read it: its whole schedule and the payments that count towards it. */
export function promiseFacts(arrangement: Arrangement, loanPayments: readonly Payment[], context: PromiseContext = {}): PromiseFacts {
  return {
    reference: arrangement.reference,
    planType: arrangement.plan.type,
    band: context.band ?? 'not scored',
    reason: context.reason ?? 'unknown',
    channel: arrangement.channel,
    agreedOn: arrangement.createdAt.slice(0, 10),
    schedule: instalmentSchedule(arrangement),
    payments: paymentsFor(arrangement, loanPayments),
  };
}
