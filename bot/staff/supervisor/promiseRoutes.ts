import type { Request, Response, Server } from 'restify';
import type { Arrangement } from '../../../models/offers';
import { promiseHistory } from '../../../models/payments/arrangementPromise';
import type { PromiseSettings } from '../../../models/payments/promise';
import type { PaymentLedger } from '../../../models/ports/payments';
import { isoDate } from '../../../models/shared/calendar';
import type { AuditTrail } from '../../casework/audit/auditLog';
import { HttpError } from '../../infra/http/httpErrors';
import type { StaffAuth } from '../auth/staffAuth';

export interface PromiseRouteDeps {
  auth: StaffAuth;
  arrangements: { forLoan(loanId: string): Promise<Arrangement[]> };
  payments: Pick<PaymentLedger, 'forLoan'>;
  audit: AuditTrail;
  settings: PromiseSettings;
  now: () => Date;
}

/**
 * A loan's promise history for agents and supervisors: GET /api/staff/loans/:loanId/promises gives each
 * arrangement (newest first) with its instalments' states, the promise's state, arrears and days past due,
 * and the payments received. Every read is audited.
 */
export function registerPromiseRoutes(server: Server, deps: PromiseRouteDeps): void {
  server.get(
    '/api/staff/loans/:loanId/promises',
    deps.auth.guard(['agent', 'supervisor'], async (req: Request, res: Response, session) => {
      const loanId = String(req.params?.loanId ?? '');
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(loanId)) throw new HttpError(400, 'loanId must be a loan reference such as LN_90001');
      const [arrangements, payments] = await Promise.all([deps.arrangements.forLoan(loanId), deps.payments.forLoan(loanId)]);
      const history = promiseHistory(arrangements, payments, isoDate(deps.now()), deps.settings);
      await deps.audit.append({ actor: session.user, role: session.role, action: 'promise.view', targets: [loanId], detail: { arrangements: history.length } });
      res.send(200, {
        loanId,
        settings: deps.settings,
        promises: history.map(({ arrangement: a, evaluation }) => ({
          reference: a.reference,
          planType: a.plan.type,
          title: a.plan.title,
          agreedAt: a.createdAt,
          channel: a.channel,
          replacedBy: a.replacedBy?.reference ?? null,
          ...evaluation,
        })),
        payments: payments.map(({ reference, date, amount, source }) => ({ reference, date, amount, source })),
      });
    }),
  );
}
