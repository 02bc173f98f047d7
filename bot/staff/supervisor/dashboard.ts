import { FUNNEL, type ConversationSummary, type FunnelStage } from '../../casework/transcripts/transcriptRecord';
import { localDay } from './dateRange';

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

export interface DurationStats {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Counts per bucket of DURATION_BUCKETS, for a histogram. */
  buckets: Count[];
}

export interface Dashboard {
  conversations: number;
  /** Conversations that went to a person (for any reason). */
  escalated: number;
  /** One point per day in the deployment's zone, across the asked range (else first to last conversation), zero days included. */
  volumeByDay: Count[];
  /** How many conversations reached at least each stage. */
  funnel: Count<FunnelStage>[];
  /** Hardship reasons as they stand: a corrected reason counts as corrected, never as the first reading. */
  reasons: Count[];
  /** How many conversations' reasons were corrected, by whom. */
  reasonCorrections: Count[];
  bands: Count[];
  outcomes: Count[];
  acceptedByPlan: Count[];
  /** Every reason a conversation went to a person for counts once (a complaint after "talk to someone" is a complaint too). */
  escalationsByReason: Count[];
  /** escalatedAt → agentJoinedAt */
  timeToAgent: DurationStats;
  /** agentJoinedAt → agentClosedAt */
  handlingTime: DurationStats;
}

/** Upper bounds in minutes; the last bucket is open-ended. */
export const DURATION_BUCKETS = [
  { key: '< 1 min', upTo: 1 },
  { key: '1–5 min', upTo: 5 },
  { key: '5–15 min', upTo: 15 },
  { key: '15–60 min', upTo: 60 },
  { key: '1–4 h', upTo: 240 },
  { key: '> 4 h', upTo: Infinity },
] as const;

const DAY_MS = 86_400_000;
/** A long range of empty days would make a useless chart (and a huge response): days beyond this are cut from the start. */
const MAX_DAYS = 366;

function tally(values: Iterable<string>, order: readonly string[] = []): Count[] {
  const counts = new Map<string, number>(order.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rest = [...counts].filter(([k]) => !order.includes(k)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [...order.map((k) => [k, counts.get(k)!] as const), ...rest].map(([key, count]) => ({ key, count }));
}

/** Nearest-rank percentile of an ascending list. */
function rank(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function durationStats(minutes: number[]): DurationStats {
  const sorted = minutes.filter((m) => Number.isFinite(m) && m >= 0).sort((a, b) => a - b);
  const round = (m: number) => Math.round(m * 10) / 10;
  const buckets = DURATION_BUCKETS.map((b, i) => ({
    key: b.key,
    count: sorted.filter((m) => m < b.upTo && (i === 0 || m >= DURATION_BUCKETS[i - 1].upTo)).length,
  }));
  if (sorted.length === 0) return { count: 0, medianMinutes: null, p90Minutes: null, buckets };
  return { count: sorted.length, medianMinutes: round(rank(sorted, 50)), p90Minutes: round(rank(sorted, 90)), buckets };
}

function minutesBetween(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined;
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}

/** The days the chart covers: the asked range when there is one, else the days with conversations. */
export interface DayRange {
  timeZone: string;
  /** YYYY-MM-DD days in `timeZone`, inclusive. */
  from?: string;
  to?: string;
}

function volumeByDay(summaries: readonly ConversationSummary[], range: DayRange): Count[] {
  const byDay = new Map<string, number>();
  for (const s of summaries) {
    const day = localDay(s.startedAt, range.timeZone);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  const days = [...byDay.keys(), ...[range.from, range.to].filter((d): d is string => Boolean(d))].sort();
  if (days.length === 0) return [];
  const last = Date.parse(range.to ?? days.at(-1)!);
  const first = Math.max(Date.parse(range.from ?? days[0]), last - (MAX_DAYS - 1) * DAY_MS);
  const out: Count[] = [];
  for (let t = first; t <= last; t += DAY_MS) {
    const key = new Date(t).toISOString().slice(0, 10);
    out.push({ key, count: byDay.get(key) ?? 0 });
  }
  return out;
}

/** The dashboard's figures, all derived from conversation summaries (pure, so the page and tests agree). */
export function buildDashboard(summaries: readonly ConversationSummary[], range: DayRange = { timeZone: 'UTC' }): Dashboard {
  const defined = <T>(v: T | undefined): v is T => v !== undefined;
  const escalated = summaries.filter((s) => s.escalated || (s.escalationReasons ?? []).length > 0);
  return {
    conversations: summaries.length,
    escalated: escalated.length,
    volumeByDay: volumeByDay(summaries, range),
    funnel: FUNNEL.map((stage, i) => ({ key: stage, count: summaries.filter((s) => FUNNEL.indexOf(s.funnel) >= i).length })),
    reasons: tally(summaries.flatMap((s) => s.reasons)),
    reasonCorrections: tally(summaries.flatMap((s) => (s.reasonCorrection ? [s.reasonCorrection.by] : []))),
    bands: tally(
      summaries.map((s) => s.band ?? 'not scored'),
      ['low', 'medium', 'high', 'not scored'],
    ),
    outcomes: tally(summaries.map((s) => s.outcome)),
    acceptedByPlan: tally(summaries.filter((s) => s.outcome === 'arrangement').map((s) => s.planType ?? 'unknown')),
    escalationsByReason: tally(escalated.flatMap((s) => s.escalationReasons ?? [s.escalationReason ?? 'unknown'])),
    timeToAgent: durationStats(summaries.map((s) => minutesBetween(s.escalatedAt, s.agentJoinedAt)).filter(defined)),
    handlingTime: durationStats(summaries.map((s) => minutesBetween(s.agentJoinedAt, s.agentClosedAt)).filter(defined)),
  };
}
