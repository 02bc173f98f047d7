import type { Request, Response, Server } from 'restify';
import type { Arrangement } from '../../../models/offers';
import { promiseFacts } from '../../../models/payments/arrangementPromise';
import type { PromiseSettings } from '../../../models/payments/promise';
import { promiseKpis, timeToCure } from '../../../models/payments/promiseKpis';
import type { PaymentLedger } from '../../../models/ports/payments';
import { isoDate } from '../../../models/shared/calendar';
import { kaplanMeier, kaplanMeierBy, medianTime } from '../../../models/survival/kaplanMeier';
import type { ConversationSummary } from '../../casework/transcripts/transcriptRecord';
import type { StaffAuth } from '../auth/staffAuth';
import { dayRangeQuery } from './dateRange';

export interface PromiseKpiRouteDeps {
  auth: StaffAuth;
  arrangements: { all(): AsyncIterable<Arrangement> };
  payments: Pick<PaymentLedger, 'forLoan'>;
  transcripts: { allSummaries(): ConversationSummary[] };
  settings: PromiseSettings;
  timeZone: string;
  now: () => Date;
}

/**
 * The promise KPIs of the dashboard: GET /api/supervisor/promises?from&to (the dashboard's range, by the day an
 * arrangement was agreed, in the deployment's zone) gives kept and cure rates, roll rates, recovery and arrears, in
 * total and by plan type, band, hardship reason and channel, and time to cure (Kaplan–Meier) per plan type.
 * Band and reason come from the conversation that agreed the arrangement, as the supervisor last corrected them.
 */
export function registerPromiseKpiRoutes(server: Server, deps: PromiseKpiRouteDeps): void {
  server.get(
    '/api/supervisor/promises',
    deps.auth.guard(['supervisor'], async (req: Request, res: Response) => {
      const { from, to, start, end } = dayRangeQuery(req.query, deps.timeZone);
      const byReference = new Map(deps.transcripts.allSummaries().flatMap((s) => (s.arrangementReference ? [[s.arrangementReference, s] as const] : [])));
      const facts = [];
      for await (const a of deps.arrangements.all()) {
        const agreed = Date.parse(a.createdAt);
        if (agreed < start || agreed > end) continue;
        const summary = byReference.get(a.reference);
        facts.push(promiseFacts(a, await deps.payments.forLoan(a.loanId), { band: summary?.band, reason: summary?.reasons[0] }));
      }
      const today = isoDate(deps.now());
      const observed = facts.filter((f) => f.schedule.length > 0).map((f) => ({ planType: f.planType, outcome: timeToCure(f, today, deps.settings) }));
      const curve = (steps: ReturnType<typeof kaplanMeier>, n: number) => ({ n, median: medianTime(steps), steps });
      const groups = kaplanMeierBy(
        observed,
        (o) => o.planType,
        (o) => o.outcome,
      );
      res.send(200, {
        settings: deps.settings,
        from: from ?? null,
        to: to ?? null,
        ...promiseKpis(facts, today, deps.settings),
        timeToCure: {
          all: curve(kaplanMeier(observed.map((o) => o.outcome)), observed.length),
          byPlanType: [...groups].map(([key, steps]) => ({ key, ...curve(steps, observed.filter((o) => o.planType === key).length) })),
        },
      });
    }),
  );
}
