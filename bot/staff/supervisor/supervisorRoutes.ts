import type { Request, Response, Server } from 'restify';
import type { AuditTrail } from '../../casework/audit/auditLog';
import type { Session } from '../auth/sessions';
import type { StaffAuth } from '../auth/staffAuth';
import { z } from 'zod';
import { decisionEvent } from '../../../models/decisions/decisionEvent';
import { HttpError, readJsonBody } from '../../infra/http/httpErrors';
import { HARDSHIP_REASONS } from '../../../models/loanBook/loanRecord';
import type { Redact } from '../../casework/transcripts/toEntries';
import type { TranscriptDocument } from '../../casework/transcripts/transcriptRecord';
import type { TranscriptStore } from '../../casework/transcripts/transcriptStore';
import { sendFile } from '../../infra/web/staticFiles';
import { staffPage } from '../pages/staffPages';
import { filterConversations, pageOf, parseFilterQuery, type ConversationFilter } from './conversationFilter';
import { buildDashboard } from './dashboard';
import { isCalendarDay, localDay } from './dateRange';
import { annotateEntries } from './decisionAnnotations';
import { exportFileName, toCsv, toJsonExport } from './exportFormats';
import { parseReviewInput, REVIEW_FLAGS, type ReviewStore } from '../../casework/reviews/reviewStore';

export interface SupervisorRouteDeps {
  auth: StaffAuth;
  transcripts: TranscriptStore;
  reviews: ReviewStore;
  audit: AuditTrail;
  /** Search queries are redacted before they reach the audit log (a query may be a card number). */
  redact: Redact;
  maxBodyBytes: number;
  /** The deployment's zone: a bare from/to date is that day there, and charts count its days. */
  timeZone?: string;
  now?: () => Date;
}

/** More than this in one export means the filter is too broad to be a deliberate review. */
export const MAX_EXPORT = 10_000;
const AUDIT_ACTIONS_LIMIT = 1000;

function query(req: Request): Record<string, unknown> {
  return (req.query ?? {}) as Record<string, unknown>;
}

const reasonsSchema = z.object({
  reasons: z.array(z.enum(HARDSHIP_REASONS)).min(1).max(HARDSHIP_REASONS.length),
  note: z.string().trim().max(1000).optional().default(''),
});

/** The filter as recorded in the audit log: what was asked, with the free text redacted. */
function auditedFilter(filter: ConversationFilter, redact: Redact): Record<string, unknown> {
  return { ...filter, ...(filter.q ? { q: redact(filter.q) } : {}) };
}

/**
 * The supervisor REST API under /api/supervisor/ (role supervisor; admins
 * pass too). Reading a transcript, searching and exporting are audited with
 * the conversation keys touched. The audit log is read-only here: there is
 * deliberately no route that edits or deletes an entry.
 */
export function registerSupervisorRoutes(server: Server, deps: SupervisorRouteDeps): void {
  const { auth, transcripts, reviews, audit, redact } = deps;
  const now = deps.now ?? (() => new Date());
  const timeZone = deps.timeZone ?? 'UTC';
  const filtersOf = (req: Request) => parseFilterQuery(query(req), timeZone);
  const filtered = (filter: ConversationFilter) => filterConversations(transcripts.allSummaries(), filter, matching, timeZone);
  const dayOf = (v: string | undefined) => (v === undefined ? undefined : isCalendarDay(v) ? v : localDay(Date.parse(v), timeZone));
  const guard = (handler: (req: Request, res: Response, session: Session) => Promise<void>) => auth.guard(['supervisor'], handler);
  const record = (session: Session, action: string, targets: string[], detail?: Record<string, unknown>) =>
    audit.append({ actor: session.user, role: session.role, action, targets, ...(detail ? { detail } : {}) });
  const matching = (q: string, among: Iterable<string>) => transcripts.matching(q, among);
  const keyOf = (req: Request): string => {
    const key = String(req.params.key ?? '');
    if (!transcripts.summary(key)) throw new HttpError(404, `No conversation "${key}" (it may have been purged by retention)`);
    return key;
  };

  server.get('/supervisor', async (_req, res) => sendFile(res, staffPage('supervisor.html'), 'text/html; charset=utf-8'));

  // The page's filter and review choices, so the fixed lists live in one place.
  server.get(
    '/api/supervisor/options',
    guard(async (_req, res) => {
      const summaries = transcripts.allSummaries();
      const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
      res.send(200, {
        reasons: HARDSHIP_REASONS,
        flags: REVIEW_FLAGS,
        channels: distinct(summaries.map((s) => s.channelId)),
        agents: distinct(summaries.map((s) => s.agent)),
      });
    }),
  );

  server.get(
    '/api/supervisor/conversations',
    guard(async (req, res, session) => {
      const { filter, paging } = filtersOf(req);
      const page = pageOf(filtered(filter), paging);
      const items = page.items.map((s) => ({ ...s, review: reviews.latest(s.key) ?? null }));
      if (filter.q)
        await record(
          session,
          'conversation.search',
          page.items.map((s) => s.key),
          { query: redact(filter.q), filter: auditedFilter(filter, redact), total: page.total },
        );
      res.send(200, { ...page, items });
    }),
  );

  server.get(
    '/api/supervisor/conversations/:key',
    guard(async (req, res, session) => {
      const key = keyOf(req);
      const doc = await transcripts.get(key);
      if (!doc) throw new HttpError(404, `No conversation "${key}"`);
      await record(session, 'conversation.view', [key]);
      res.send(200, { summary: doc.summary, entries: annotateEntries(doc.entries), review: (await reviews.get(key)) ?? null });
    }),
  );

  server.get(
    '/api/supervisor/conversations/:key/review',
    guard(async (req, res) => {
      const key = keyOf(req);
      res.send(200, { review: (await reviews.get(key)) ?? null });
    }),
  );

  server.put(
    '/api/supervisor/conversations/:key/review',
    guard(async (req, res, session) => {
      const key = keyOf(req);
      const input = parseReviewInput(await readJsonBody(req, deps.maxBodyBytes));
      const saved = await reviews.save(key, input, session.user);
      await record(session, 'conversation.review', [key], { score: input.score, flags: input.flags });
      res.send(200, { review: saved });
    }),
  );

  // A supervisor sets the hardship reasons right; the correction is a transcript entry, so list, charts and exports follow it.
  server.put(
    '/api/supervisor/conversations/:key/reasons',
    guard(async (req, res, session) => {
      const key = keyOf(req);
      const parsed = reasonsSchema.safeParse(await readJsonBody(req, deps.maxBodyBytes));
      if (!parsed.success) throw new HttpError(400, `Send {"reasons": [one or more of ${HARDSHIP_REASONS.join(', ')}], "note": "why (optional)"}`);
      const { channelId, conversationId } = transcripts.summary(key)!;
      const { reasons, note } = parsed.data;
      const summary = await transcripts.append(channelId, conversationId, [
        {
          at: now().toISOString(),
          speaker: 'system',
          kind: 'decision',
          decision: decisionEvent('reasons_corrected', { reasons: [...new Set(reasons)], supervisor: session.user, note: redact(note) }),
        },
      ]);
      await record(session, 'conversation.reasons_corrected', [key], { reasons, from: summary?.reasonCorrection?.from ?? [] });
      res.send(200, { summary });
    }),
  );

  server.get(
    '/api/supervisor/export',
    guard(async (req, res, session) => {
      const format = query(req).format ?? 'csv';
      if (format !== 'csv' && format !== 'json') throw new HttpError(400, `Query parameter "format" must be csv or json, got "${String(format)}"`);
      const { filter } = filtersOf(req);
      const summaries = filtered(filter);
      if (summaries.length > MAX_EXPORT)
        throw new HttpError(413, `${summaries.length} conversations match; narrow the filter to at most ${MAX_EXPORT} per export`);
      const at = now();
      let body: string;
      if (format === 'csv') {
        body = toCsv(summaries);
      } else {
        const docs: TranscriptDocument[] = [];
        for (const s of summaries) {
          const doc = await transcripts.get(s.key);
          if (doc) docs.push(doc);
        }
        body = JSON.stringify(toJsonExport(docs, { filter, exportedBy: session.user, at }));
      }
      const keys = summaries.map((s) => s.key);
      await record(session, 'conversation.export', keys, { format, count: keys.length, filter: auditedFilter(filter, redact) });
      res.writeHead(200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportFileName(format, at)}"`,
        'Cache-Control': 'no-store',
      });
      res.end(body);
    }),
  );

  server.get(
    '/api/supervisor/dashboard',
    guard(async (req, res) => {
      const { filter } = filtersOf(req);
      res.send(200, { ...buildDashboard(filtered(filter), { timeZone, from: dayOf(filter.from), to: dayOf(filter.to) }), timeZone });
    }),
  );

  server.get(
    '/api/supervisor/audit',
    guard(async (req, res) => {
      const q = query(req);
      const text = (name: string) => (typeof q[name] === 'string' && (q[name] as string).trim() ? (q[name] as string).trim() : undefined);
      const limit = text('limit') === undefined ? 200 : Number(text('limit'));
      if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_ACTIONS_LIMIT)
        throw new HttpError(400, `Query parameter "limit" must be a whole number from 1 to ${AUDIT_ACTIONS_LIMIT}`);
      const entries = await audit.read({ actor: text('actor'), action: text('action'), target: text('target'), limit });
      res.send(200, { entries });
    }),
  );
}
