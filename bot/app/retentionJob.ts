import { promiseRetention } from '../casework/promises/promiseRetention';
import { scheduleRetention, type Purgeable, type RetentionSchedule } from '../casework/retention';
import type { Logger } from '../infra/logger';
import type { Config } from './config';
import type { Stores } from './stores';

/**
 * Retention as the server runs it: every conversation store (the WhatsApp channel's too, when it is on) and the
 * promise sweeps' ledgers purged by RETENTION_DAYS, once per period between the instances sharing the store.
 */
export function startRetention(config: Config, stores: Stores, channelData: Record<string, Purgeable>, log: Logger, now: () => Date): RetentionSchedule {
  const retention = scheduleRetention({
    days: config.RETENTION_DAYS,
    transcripts: stores.transcripts,
    conversationData: {
      ...stores.conversationData,
      ...channelData,
      ...promiseRetention({ ledgers: stores.promiseLedgers, liveArrangement: (loanId, today) => stores.arrangements.liveForLoan(loanId, today), now }),
    },
    audit: stores.audit,
    log,
    now,
    runs: stores.periodicRuns,
  });
  // The first purge scans every stored conversation's files: it runs behind the listening server, not before it
  // (close waits for it), so start-up does not grow with the store.
  void retention.firstRun;
  return retention;
}
