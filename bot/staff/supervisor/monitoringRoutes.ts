import type { Request, Response, Server } from 'restify';
import { intakeFacts } from '../../../models/intake/decideOffers';
import type { IntakeState } from '../../../models/intake/intakeState';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { monitorModel, type ScoredIntake } from '../../../models/monitoring/modelMonitoring';
import { PSI_THRESHOLDS } from '../../../models/monitoring/populationStability';
import type { Arrangement } from '../../../models/offers';
import { promiseFacts } from '../../../models/payments/arrangementPromise';
import { evaluatePromise, type PromiseSettings } from '../../../models/payments/promise';
import type { PaymentLedger } from '../../../models/ports/payments';
import { isoDate } from '../../../models/shared/calendar';
import type { RiskModel } from '../../../models/risk/riskModel';
import type { StaffAuth } from '../auth/staffAuth';
import { dayRangeQuery } from './dateRange';

export interface MonitoringRouteDeps {
  auth: StaffAuth;
  intakes: { all(): AsyncIterable<IntakeState> };
  loans: { get(loanId: string): LoanRecord | undefined };
  arrangements: { load(reference: string): Promise<Arrangement | undefined> };
  payments: Pick<PaymentLedger, 'forLoan'>;
  riskModel: RiskModel;
  settings: PromiseSettings;
  timeZone: string;
  now: () => Date;
}

/**
 * Model monitoring for the dashboard: GET /api/supervisor/monitoring?from&to takes the intakes verified in the range
 * that the current risk model scored, rebuilds the features it read from the loan book and the conversation, and
 * reports the PSI of the score and each feature against the artifact's training deciles (flagged at
 * PSI_THRESHOLDS), and calibration by band: predicted against the share of their arrangements whose promise broke.
 */
export function registerMonitoringRoutes(server: Server, deps: MonitoringRouteDeps): void {
  server.get(
    '/api/supervisor/monitoring',
    deps.auth.guard(['supervisor'], async (req: Request, res: Response) => {
      const { start, end } = dayRangeQuery(req.query, deps.timeZone);
      const model = deps.riskModel;
      const today = isoDate(deps.now());
      const scored: ScoredIntake[] = [];
      let otherModel = 0;
      for await (const intake of deps.intakes.all()) {
        const { risk, budget, verifiedLoanId, verifiedAt } = intake;
        if (!risk || !budget || !verifiedLoanId || !verifiedAt) continue;
        if (Date.parse(verifiedAt) < start || Date.parse(verifiedAt) > end) continue;
        if (risk.modelVersion !== model.version) {
          otherModel++;
          continue;
        }
        const loan = deps.loans.get(verifiedLoanId);
        if (!loan) continue;
        const arrangement = intake.arrangementReference ? await deps.arrangements.load(intake.arrangementReference) : undefined;
        const facts = arrangement && promiseFacts(arrangement, await deps.payments.forLoan(arrangement.loanId));
        const state = facts && facts.schedule.length > 0 ? evaluatePromise(facts.schedule, facts.payments, today, deps.settings).state : undefined;
        let features: number[];
        try {
          features = model.features(loan, intakeFacts({ ...intake, budget }));
        } catch {
          continue; // an intake the model could not read again (a loan record changed since) has no features to compare
        }
        scored.push({
          score: risk.probability,
          features,
          band: risk.band,
          ...(state === 'broken' ? { adverse: true } : state === 'kept' || state === 'cured' ? { adverse: false } : {}),
        });
      }
      res.send(200, { modelVersion: model.version, thresholds: PSI_THRESHOLDS, otherModel, ...monitorModel(model.trainingDistribution, scored) });
    }),
  );
}
