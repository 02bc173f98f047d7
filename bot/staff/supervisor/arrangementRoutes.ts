import type { Request, Response, Server } from 'restify';
import { type Arrangement, isLive } from '../../../models/offers';
import type { AuditTrail } from '../../casework/audit/auditLog';
import type { StaffAuth } from '../auth/staffAuth';
import { HttpError } from '../../infra/http/httpErrors';
import { csvTable, exportFileName } from './exportFormats';

export interface ArrangementRouteDeps {
  auth: StaffAuth;
  arrangements: { all(): AsyncIterable<Arrangement> };
  audit: AuditTrail;
  now?: () => Date;
}

/** One flat row per arrangement, in the shape a loan servicing system imports. */
export interface ArrangementRow {
  reference: string;
  createdAt: string;
  channel: string;
  loanId: string;
  borrowerId: string;
  planId: string;
  planType: string;
  title: string;
  monthlyPayment: number;
  termMonths: number;
  totalPaid: number;
  borrowerSaving: number;
  firstPaymentDate: string;
  /** "YYYY-MM-DD amount; …" for the first payments. */
  schedule: string;
  /** live: the loan's one arrangement in force; replaced: changed by an agent (see replacedBy); ended: its last payment date has passed. */
  status: 'live' | 'replaced' | 'ended';
  replacedBy: string;
  /** SHA-256 of the terms recorded at acceptance (empty for arrangements recorded before terms were). */
  termsDigest: string;
  termsLanguage: string;
  policyVersion: string;
}

const COLUMNS: (keyof ArrangementRow)[] = [
  'reference',
  'createdAt',
  'channel',
  'loanId',
  'borrowerId',
  'planId',
  'planType',
  'title',
  'monthlyPayment',
  'termMonths',
  'totalPaid',
  'borrowerSaving',
  'firstPaymentDate',
  'schedule',
  'status',
  'replacedBy',
  'termsDigest',
  'termsLanguage',
  'policyVersion',
];

export function arrangementRow(a: Arrangement, today: Date): ArrangementRow {
  return {
    reference: a.reference,
    createdAt: a.createdAt,
    channel: a.channel,
    loanId: a.loanId,
    borrowerId: a.borrowerId,
    planId: a.plan.id,
    planType: a.plan.type,
    title: a.plan.title,
    monthlyPayment: a.plan.monthlyPayment,
    termMonths: a.plan.termMonths,
    totalPaid: a.plan.totalPaid,
    borrowerSaving: a.plan.borrowerSaving,
    firstPaymentDate: a.plan.firstPaymentDate,
    schedule: a.schedule.map((p) => `${p.dueDate} ${p.amount.toFixed(2)}`).join('; '),
    status: a.replacedBy ? 'replaced' : isLive(a, today) ? 'live' : 'ended',
    replacedBy: a.replacedBy?.reference ?? '',
    termsDigest: a.termsDigest ?? '',
    termsLanguage: a.terms?.language ?? '',
    policyVersion: a.terms?.policyVersion ?? '',
  };
}

function day(req: Request, name: 'from' | 'to'): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new HttpError(400, `Query parameter "${name}" must be a date like 2026-11-23`);
  }
  return value;
}

/**
 * Agreed arrangements for the lender's servicing system: GET
 * /api/supervisor/arrangements?from&to&format=json|csv (dates inclusive, by
 * the day they were agreed). Every read is audited with the references.
 */
export function registerArrangementRoutes(server: Server, deps: ArrangementRouteDeps): void {
  const now = deps.now ?? (() => new Date());
  server.get(
    '/api/supervisor/arrangements',
    deps.auth.guard(['supervisor'], async (req: Request, res: Response, session) => {
      const format = (req.query as Record<string, unknown> | undefined)?.format ?? 'json';
      if (format !== 'csv' && format !== 'json') throw new HttpError(400, `Query parameter "format" must be csv or json, got "${String(format)}"`);
      const [from, to] = [day(req, 'from'), day(req, 'to')];
      const rows: ArrangementRow[] = [];
      for await (const a of deps.arrangements.all()) {
        const agreed = a.createdAt.slice(0, 10);
        if ((from && agreed < from) || (to && agreed > to)) continue;
        rows.push(arrangementRow(a, now()));
      }
      rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      await deps.audit.append({
        actor: session.user,
        role: session.role,
        action: 'arrangement.export',
        targets: rows.map((r) => r.reference),
        detail: { format, from: from ?? null, to: to ?? null, count: rows.length },
      });
      if (format === 'json') {
        res.send(200, { count: rows.length, items: rows });
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportFileName('csv', now(), 'arrangements')}"`,
        'Cache-Control': 'no-store',
      });
      res.end(csvTable(COLUMNS, rows));
    }),
  );
}
