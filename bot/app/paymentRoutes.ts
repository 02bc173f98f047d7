import type { Server } from 'restify';
import { PaymentIntake } from '../casework/payments/paymentIntake';
import { registerPaymentWebhook } from '../channels/servicing/paymentWebhook';
import type { Logger } from '../infra/logger';
import type { StaffAuth } from '../staff/auth/staffAuth';
import { registerMonitoringRoutes } from '../staff/supervisor/monitoringRoutes';
import { registerPromiseKpiRoutes } from '../staff/supervisor/promiseKpiRoutes';
import { registerPromiseRoutes } from '../staff/supervisor/promiseRoutes';
import { registerRecoveryRoutes } from '../staff/supervisor/recoveryRoutes';
import type { RiskModel } from '../../models/risk/riskModel';
import { promiseSettings, type Config } from './config';
import type { Stores } from './stores';

/** The routes of promises and payments: the servicing webhook (only with a secret) the staff promise history, the dashboard's promise KPIs, the model monitoring and the recovery patterns. */
export function paymentRoutes(
  config: Config,
  stores: Stores,
  auth: StaffAuth,
  log: Logger,
  now: () => Date,
  riskModel: RiskModel,
): ((server: Server) => void)[] {
  const { payments, paymentDeliveries, loanBook, arrangements, audit, transcripts, intakes } = stores;
  const settings = promiseSettings(config);
  const secret = config.SERVICING_WEBHOOK_SECRET;
  return [
    ...(secret
      ? [
          (server: Server) =>
            registerPaymentWebhook(server, {
              intake: new PaymentIntake({ ledger: payments, knownLoan: (id) => loanBook.get(id) !== undefined, now }),
              deliveries: paymentDeliveries,
              secret,
              ...{ toleranceSeconds: config.SERVICING_WEBHOOK_TOLERANCE_SECONDS, maxBodyBytes: config.MAX_BODY_BYTES, log, now },
            }),
        ]
      : []),
    (server: Server) => registerPromiseRoutes(server, { auth, arrangements, payments, audit, settings, now }),
    (server: Server) => registerPromiseKpiRoutes(server, { auth, arrangements, payments, transcripts, settings, timeZone: config.TIME_ZONE, now }),
    (server: Server) =>
      registerMonitoringRoutes(server, { auth, intakes, loans: loanBook, arrangements, payments, riskModel, settings, timeZone: config.TIME_ZONE, now }),
    (server: Server) => registerRecoveryRoutes(server, { auth, arrangements, payments, loans: loanBook, audit, log, timeZone: config.TIME_ZONE, now }),
  ];
}
