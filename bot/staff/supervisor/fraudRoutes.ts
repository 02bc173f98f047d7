import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { fraudDashboard } from '../../../models/fraud/dashboard';
import { FRAUD_VERDICTS } from '../../../models/fraud/decision';
import { type FairnessCase, flagRates } from '../../../models/fraud/fairness';
import { currentVerdict } from '../../../models/fraud/review';
import { SIGNAL_LABEL } from '../../../models/fraud/signal';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import type { AuditTrail } from '../../casework/audit/auditLog';
import type { FraudStore } from '../../casework/fraud/fraudStore';
import type { LoanAnomalies } from '../../casework/fraud/loanAnomalies';
import { HttpError, readJsonBody } from '../../infra/http/httpErrors';
import type { Session } from '../auth/sessions';
import type { StaffAuth } from '../auth/staffAuth';

export interface FraudRouteDeps {
  auth: StaffAuth;
  audit: AuditTrail;
  store: FraudStore;
  anomalies: LoanAnomalies;
  loans: { get(loanId: string): LoanRecord | undefined };
  maxBodyBytes: number;
  now: () => Date;
}

const verdictBody = z.strictObject({ outcome: z.enum(FRAUD_VERDICTS) });

/** A loan reference as the fraud view shows it: enough to tell two cases apart, not enough to verify as the borrower. */
export function maskLoanId(loanId: string): string {
  const shown = loanId.length > 4 ? 2 : 1;
  const prefix = /^[A-Za-z]+[_-]?/.exec(loanId.slice(0, -shown))?.[0] ?? '';
  return `${prefix}•••${loanId.slice(-shown)}`;
}

/**
 * Fraud and anomaly signals for supervisors under /api/supervisor/fraud: the
 * flagged cases with their reasons, a verdict on each (confirmed or false,
 * audited), the counters and the flag rate by gender and by language, and the
 * loan book's repayment anomalies with an on-demand rescan.
 */
export function registerFraudRoutes(server: Server, deps: FraudRouteDeps): void {
  const { store, anomalies } = deps;
  const guard = (handler: (req: Request, res: Response, session: Session) => Promise<void>) => deps.auth.guard(['supervisor'], handler);
  const record = (session: Session, action: string, targets: string[], detail: Record<string, unknown>) =>
    deps.audit.append({ actor: session.user, role: session.role, action, targets, detail });

  server.get(
    '/api/supervisor/fraud',
    guard(async (_req, res, session) => {
      const entries = store.entries();
      const flagged = entries.flatMap((e) => (e.record ? [{ loan: e.loanId ? maskLoanId(e.loanId) : null, record: e.record }] : []));
      flagged.sort((a, b) => b.record.flaggedAt.localeCompare(a.record.flaggedAt));
      // Fairness over borrowers who were verified: Gender comes from the loan book and is read here only, never by a signal.
      const verified: FairnessCase[] = entries.flatMap((e) => {
        const loan = e.loanId ? deps.loans.get(e.loanId) : undefined;
        return loan ? [{ signals: e.flagged, loan, language: e.language ?? 'unknown' }] : [];
      });
      await record(
        session,
        'fraud.view',
        flagged.map((f) => f.record.caseId),
        { count: flagged.length },
      );
      res.send(200, {
        labels: SIGNAL_LABEL,
        cases: flagged.map((f) => ({ ...f, verdict: currentVerdict(f.record) ?? null })),
        dashboard: fraudDashboard(flagged.map((f) => f.record)),
        fairness: flagRates(verified),
        loanBook: { scan: anomalies.lastScan() ?? null, flagged: anomalies.flagged().length },
      });
    }),
  );

  server.put(
    '/api/supervisor/fraud/:caseId/verdict',
    guard(async (req, res, session) => {
      const parsed = verdictBody.safeParse(await readJsonBody(req, deps.maxBodyBytes));
      if (!parsed.success) throw new HttpError(400, `Send {"outcome": ${FRAUD_VERDICTS.map((v) => `"${v}"`).join(' or ')}}`);
      const caseId = String(req.params.caseId ?? '');
      const saved = await store.markVerdict(caseId, parsed.data.outcome, session.user, deps.now());
      await record(session, 'fraud.verdict', [caseId], { outcome: parsed.data.outcome });
      res.send(200, { record: saved, verdict: currentVerdict(saved) });
    }),
  );

  server.get(
    '/api/supervisor/fraud/loans',
    guard(async (_req, res, session) => {
      const flagged = anomalies.flagged();
      await record(
        session,
        'fraud.loans.view',
        flagged.map((f) => f.loanId),
        { count: flagged.length },
      );
      res.send(200, { scan: anomalies.lastScan() ?? null, items: flagged });
    }),
  );

  server.post(
    '/api/supervisor/fraud/loans/scan',
    guard(async (_req, res, session) => {
      const scan = await anomalies.scan(deps.now);
      await record(session, 'fraud.loans.scan', [], { ...scan });
      res.send(200, { scan });
    }),
  );
}
