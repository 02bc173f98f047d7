import type { Server } from 'restify';
import { loadFraudPolicy } from '../../models/fraud/fraudPolicy';
import type { OfferPolicy } from '../../models/offers';
import type { AuditTrail } from '../casework/audit/auditLog';
import type { FraudStore } from '../casework/fraud/fraudStore';
import { LiveFraudWatch } from '../casework/fraud/fraudWatch';
import { LoanAnomalies } from '../casework/fraud/loanAnomalies';
import type { LoanBook } from '../casework/loanBook/loanBook';
import type { Logger } from '../infra/logger';
import type { StaffAuth } from '../staff/auth/staffAuth';
import { registerFraudRoutes } from '../staff/supervisor/fraudRoutes';
import type { Config } from './config';

export interface FraudSignalParts {
  config: Config;
  store: FraudStore;
  loanBook: LoanBook;
  offerPolicy: OfferPolicy;
  /** The deployment's identity key (shared by every instance), so one borrower's signals meet under one key. */
  hashKey: Buffer;
  log: Logger;
  now: () => Date;
}

/**
 * The fraud watch the dialogs feed, the loan book's repayment scan (started
 * here, in the background: the server listens meanwhile) and the supervisor
 * routes over both.
 */
export async function openFraudSignals(parts: FraudSignalParts) {
  const { config, store, log, now } = parts;
  const policy = loadFraudPolicy(config.FRAUD_POLICY);
  const money = { currency: config.CURRENCY, locale: config.LOCALE };
  const anomalies = new LoanAnomalies(parts.loanBook, policy, money);
  const watch = new LiveFraudWatch({
    policy,
    offerPolicy: parts.offerPolicy,
    store,
    anomalies,
    hashKey: parts.hashKey,
    money,
    onError: (err) => log.error({ err }, 'fraud: recording signals failed'),
  });
  setImmediate(() =>
    anomalies.scan(now).then(
      (scan) => log.info({ ...scan, policy: policy.version }, 'fraud: loan book scanned for repayment anomalies'),
      (err) => log.error({ err }, 'fraud: loan book scan failed'),
    ),
  );
  const register = (server: Server, staff: { auth: StaffAuth; audit: AuditTrail }) =>
    registerFraudRoutes(server, { ...staff, store, anomalies, loans: parts.loanBook, maxBodyBytes: config.MAX_BODY_BYTES, now });
  return { watch, register };
}
