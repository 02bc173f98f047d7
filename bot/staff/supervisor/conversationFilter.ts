import { DomainError } from '../../../models/shared/domainError';
import { firstIssue } from '../../../models/shared/firstIssue';
import { z } from 'zod';
import type { ConversationSummary, Outcome } from '../../casework/transcripts/transcriptRecord';
import { isCalendarDay, rangeEnd, rangeStart } from './dateRange';

const OUTCOMES = ['in_progress', 'arrangement', 'escalated', 'closed', 'parked', 'opted_out', 'crisis', 'declined'] as const satisfies readonly Outcome[];
const BANDS = ['low', 'medium', 'high'] as const;
export const MAX_PAGE_SIZE = 500;

/** The list filters a supervisor can combine; every field is optional and they all must hold. */
export interface ConversationFilter {
  /** Started on or after (a date means that day's start in the deployment's time zone). */
  from?: string;
  /** Started on or before (a date means that whole day in the deployment's time zone). */
  to?: string;
  /** A loan reference however it was typed ("ln-90001", " LN 90001 "); part of one matches too. */
  loan?: string;
  channel?: string;
  band?: (typeof BANDS)[number];
  /** A hardship reason code, e.g. "unemployment". */
  reason?: string;
  outcome?: Outcome;
  escalated?: boolean;
  agent?: string;
  vulnerable?: boolean;
  /** Full-text: every word must appear in the (redacted) transcript. */
  q?: string;
}

export interface Paging {
  offset: number;
  limit: number;
}

/** A filter or paging parameter the caller got wrong; the message says how to fix it. */
export class FilterError extends DomainError {
  readonly kind = 'invalid';
  override name = 'FilterError';
}

const instant = z
  .string()
  .refine(
    (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? isCalendarDay(v) : /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))),
    'must be a date like 2026-11-23 or an ISO date-time',
  );
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const text = z.string().trim().min(1).max(200);

const querySchema = z
  .object({
    from: instant,
    to: instant,
    channel: text,
    loan: text.max(40),
    band: z.enum(BANDS),
    reason: text,
    outcome: z.enum(OUTCOMES),
    escalated: flag,
    agent: text,
    vulnerable: flag,
    q: z.string().trim().max(200),
    offset: z.coerce.number().int().min(0),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE),
  })
  .partial();

/**
 * Reads filters and paging from URL query parameters. Empty values mean "not
 * set" (an HTML form sends every field), anything else must be valid.
 */
export function parseFilterQuery(query: Record<string, unknown>, timeZone = 'UTC'): { filter: ConversationFilter; paging: Paging } {
  const present = Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
  const parsed = querySchema.safeParse(present);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error, 'query');
    throw new FilterError(`Query parameter "${issue.field ?? issue.where}" ${issue.message}`);
  }
  const { offset = 0, limit = 50, q, loan, ...rest } = parsed.data;
  const filter: ConversationFilter = { ...rest, ...(q ? { q } : {}) };
  if (loan !== undefined) {
    if (!loanForm(loan)) throw new FilterError(`Query parameter "loan" must contain letters or digits of a loan reference, e.g. LN_90001`);
    filter.loan = loan;
  }
  if (filter.from && filter.to && rangeStart(filter.from, timeZone) > rangeEnd(filter.to, timeZone))
    throw new FilterError(`"from" (${filter.from}) is after "to" (${filter.to})`);
  return { filter, paging: { offset, limit } };
}

/** A loan reference with case, separators and spaces gone: "ln-90001", "LN_90001" and " LN 90001 " all read LN90001. */
export function loanForm(reference: string): string {
  return reference.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The summaries matching `filter`, newest first. Full-text search is delegated
 * to `matching` (the transcript store's in-memory index) so this stays pure;
 * it only scans the conversations the other filters kept.
 */
export function filterConversations(
  summaries: Iterable<ConversationSummary>,
  filter: ConversationFilter,
  matching: (query: string, among: Iterable<string>) => Set<string> = () => new Set(),
  timeZone = 'UTC',
): ConversationSummary[] {
  const from = filter.from ? rangeStart(filter.from, timeZone) : -Infinity;
  const to = filter.to ? rangeEnd(filter.to, timeZone) : Infinity;
  const loan = filter.loan ? loanForm(filter.loan) : '';
  let out: ConversationSummary[] = [];
  for (const s of summaries) {
    const started = Date.parse(s.startedAt);
    if (started < from || started > to) continue;
    if (filter.channel && s.channelId !== filter.channel) continue;
    if (loan && !(s.loanId && loanForm(s.loanId).includes(loan))) continue;
    if (filter.band && s.band !== filter.band) continue;
    if (filter.reason && !s.reasons.includes(filter.reason)) continue;
    if (filter.outcome && s.outcome !== filter.outcome) continue;
    if (filter.escalated !== undefined && s.escalated !== filter.escalated) continue;
    if (filter.agent && s.agent !== filter.agent) continue;
    if (filter.vulnerable !== undefined && s.vulnerable !== filter.vulnerable) continue;
    out.push(s);
  }
  if (filter.q) {
    const hits = matching(
      filter.q,
      out.map((s) => s.key),
    );
    out = out.filter((s) => hits.has(s.key));
  }
  return out.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.key.localeCompare(b.key));
}

export interface Page<T> extends Paging {
  total: number;
  items: T[];
}

export function pageOf<T>(items: T[], paging: Paging): Page<T> {
  return { total: items.length, ...paging, items: items.slice(paging.offset, paging.offset + paging.limit) };
}
