import { addDays, isoDate } from '../shared/calendar';
import type { SurvivalObservation } from '../survival/kaplanMeier';
import { evaluatePromise, type PromiseEvaluation, type PromiseSettings } from './promise';

/**
 * The promise KPIs of the supervisor dashboard, worked out from arrangements and payments with evaluatePromise,
 * so the dashboard, the promise history and the follow-up never disagree about a promise.
 */

/** One arrangement with what the dashboard groups it by and the money that counts towards it. */
export interface PromiseFacts {
  reference: string;
  planType: string;
  /** The risk band of the conversation that agreed it ("not scored" when none). */
  band: string;
  /** The (corrected) first hardship reason ("unknown" when none). */
  reason: string;
  channel: string;
  /** YYYY-MM-DD, the day it was agreed. */
  agreedOn: string;
  schedule: readonly { dueDate: string; amount: number }[];
  payments: readonly { date: string; amount: number }[];
}

/** Days past due buckets, as a lender's roll-rate report has them. */
export const DPD_BUCKETS = ['current', '1-29', '30-59', '60-89', '90+'] as const;
export type DpdBucket = (typeof DPD_BUCKETS)[number];

export function dpdBucket(daysPastDue: number): DpdBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue < 30) return '1-29';
  if (daysPastDue < 60) return '30-59';
  return daysPastDue < 90 ? '60-89' : '90+';
}

/** The share moving from one bucket a month ago to the next one today. */
export interface RollRate {
  from: DpdBucket;
  to: DpdBucket;
  /** Arrangements in `from` a month (ROLL_WINDOW_DAYS) ago. */
  base: number;
  /** Of those, how many are in `to` (or worse) today. */
  rolled: number;
  /** rolled / base, null when nothing was in `from`. */
  rate: number | null;
}

export interface PromiseKpis {
  arrangements: number;
  /** Arrangements with at least one instalment past its grace: the ones a promise could have been kept or broken on. */
  due: number;
  /** Of `due`, those never broken (kept or still on track). */
  kept: number;
  keptRate: number | null;
  /** Arrangements that went wrong at least once (broken or cured). */
  brokenEver: number;
  cured: number;
  /** cured / brokenEver. */
  cureRate: number | null;
  /** Total received against the schedules. */
  recovered: number;
  /** Owed on overdue instalments today. */
  arrears: number;
  buckets: Record<DpdBucket, number>;
  rollRates: RollRate[];
}

export interface PromiseKpiReport extends PromiseKpis {
  byPlanType: ({ key: string } & PromiseKpis)[];
  byBand: ({ key: string } & PromiseKpis)[];
  byReason: ({ key: string } & PromiseKpis)[];
  byChannel: ({ key: string } & PromiseKpis)[];
}

/** A roll is measured over one month: where an arrangement stood this many days ago against where it stands today. */
export const ROLL_WINDOW_DAYS = 30;
const ROLLS: [DpdBucket, DpdBucket][] = [
  ['1-29', '30-59'],
  ['30-59', '60-89'],
  ['60-89', '90+'],
];

interface Evaluated {
  facts: PromiseFacts;
  now: PromiseEvaluation;
  /** A month ago, or undefined when the arrangement did not exist yet. */
  before?: PromiseEvaluation;
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);
const cents = (v: number): number => Math.round(v * 100) / 100;

function kpisOf(rows: readonly Evaluated[]): PromiseKpis {
  const due = rows.filter((r) => r.now.instalments.some((i) => i.state !== 'pending'));
  const kept = due.filter((r) => r.now.state === 'kept' || r.now.state === 'on_track').length;
  const brokenEver = rows.filter((r) => r.now.state === 'broken' || r.now.state === 'cured').length;
  const cured = rows.filter((r) => r.now.state === 'cured').length;
  const buckets = Object.fromEntries(DPD_BUCKETS.map((b) => [b, 0])) as Record<DpdBucket, number>;
  for (const r of rows) buckets[dpdBucket(r.now.daysPastDue)]++;
  const rollRates = ROLLS.map(([from, to]) => {
    const base = rows.filter((r) => r.before && dpdBucket(r.before.daysPastDue) === from);
    const rolled = base.filter((r) => DPD_BUCKETS.indexOf(dpdBucket(r.now.daysPastDue)) >= DPD_BUCKETS.indexOf(to)).length;
    return { from, to, base: base.length, rolled, rate: rate(rolled, base.length) };
  });
  return {
    arrangements: rows.length,
    due: due.length,
    kept,
    keptRate: rate(kept, due.length),
    brokenEver,
    cured,
    cureRate: rate(cured, brokenEver),
    recovered: cents(rows.reduce((s, r) => s + r.now.received, 0)),
    arrears: cents(rows.reduce((s, r) => s + r.now.arrears, 0)),
    buckets,
    rollRates,
  };
}

function grouped(rows: readonly Evaluated[], key: (f: PromiseFacts) => string): ({ key: string } & PromiseKpis)[] {
  const groups = new Map<string, Evaluated[]>();
  for (const r of rows) groups.set(key(r.facts), [...(groups.get(key(r.facts)) ?? []), r]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => ({ key: k, ...kpisOf(g) }));
}

function evaluated(facts: readonly PromiseFacts[], today: string, settings: PromiseSettings): Evaluated[] {
  const monthAgo = isoDate(addDays(new Date(`${today}T00:00:00Z`), -ROLL_WINDOW_DAYS));
  return facts
    .filter((f) => f.schedule.length > 0)
    .map((f) => ({
      facts: f,
      now: evaluatePromise(f.schedule, f.payments, today, settings),
      ...(f.agreedOn <= monthAgo ? { before: evaluatePromise(f.schedule, f.payments, monthAgo, settings) } : {}),
    }));
}

/** The KPIs over every arrangement given, and the same by plan type, band, hardship reason and channel. */
export function promiseKpis(facts: readonly PromiseFacts[], today: string, settings: PromiseSettings): PromiseKpiReport {
  const rows = evaluated(facts, today, settings);
  return {
    ...kpisOf(rows),
    byPlanType: grouped(rows, (f) => f.planType),
    byBand: grouped(rows, (f) => f.band),
    byReason: grouped(rows, (f) => f.reason),
    byChannel: grouped(rows, (f) => f.channel),
  };
}

const MONTH_DAYS = 30.4375;

/**
 * Time to cure of one arrangement, for Kaplan–Meier: months from the day it was agreed to the day its promise was
 * kept in full or cured (the payment that completed the run of on-time payments); open ones are censored at their age.
 */
export function timeToCure(facts: PromiseFacts, today: string, settings: PromiseSettings): SurvivalObservation {
  const ev = evaluatePromise(facts.schedule, facts.payments, today, settings);
  const months = (day: string) =>
    Math.max(0, Math.round(((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${facts.agreedOn}T00:00:00Z`)) / 86_400_000 / MONTH_DAYS) * 10) / 10);
  const settled = ev.instalments.filter((i) => i.state !== 'pending');
  const completing =
    ev.state === 'kept' ? settled[settled.length - 1] : ev.state === 'cured' ? settled[settled.length - ev.streak + settings.curePayments - 1] : undefined;
  return completing?.paidOn ? { time: months(completing.paidOn), event: true } : { time: months(today), event: false };
}
