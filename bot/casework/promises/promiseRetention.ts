import type { Arrangement } from '../../../models/offers';
import { instalmentOfKey } from '../../../models/payments/reminders';
import { isoDate } from '../../../models/shared/calendar';
import type { Documents } from '../../infra/storage/documents';
import type { Purgeable } from '../retention';
import { PROMISE_COLLECTIONS, type PromiseLedgers } from './promiseLedgers';

export interface PromiseRetentionDeps {
  ledgers: PromiseLedgers;
  liveArrangement: (loanId: string, today: Date) => Promise<Arrangement | undefined>;
  now: () => Date;
}

/** What every promise ledger record has: its `reminderKey`, the loan, and where its claim stands. */
type LedgerRecord = { key: string; loanId: string; state: string };

const IN_FLIGHT = new Set(['sending', 'opening']);
const OPEN = new Set(['waiting', ...IN_FLIGHT]);

/**
 * Purges a promise ledger's records about instalments due before the cutoff, and only those no sweep can select
 * again: a purged key that came up again would be a fresh record, and the borrower would get the message twice.
 * Never one in flight. A reminder is only selected before its due date, so a settled one goes; one still waiting
 * goes once its arrangement is no longer live. A follow-up (and its case) is selected for as long as its
 * arrangement is live and the lapse unresolved, whatever its age, so it goes only once the arrangement is not live.
 */
function purger(ledger: Documents<LedgerRecord>, deps: PromiseRetentionDeps, selectedAfterDue: boolean): Purgeable {
  return {
    purgeOlderThan: async (cutoff) => {
      const before = isoDate(cutoff);
      const now = deps.now();
      const purged: string[] = [];
      for await (const { key, value } of ledger.all()) {
        const { arrangement, dueDate } = instalmentOfKey(value.key);
        if (dueDate >= before || IN_FLIGHT.has(value.state)) continue;
        const live = (await deps.liveArrangement(value.loanId, now))?.reference === arrangement;
        if (live && (selectedAfterDue || OPEN.has(value.state))) continue;
        // A record past these checks is final (or its arrangement is over): no sweep writes it again.
        await ledger.delete(key);
        purged.push(key);
      }
      return purged;
    },
  };
}

/** The promise ledgers under retention, by collection name (as the audit's purge record lists them). */
export function promiseRetention(deps: PromiseRetentionDeps): Record<string, Purgeable> {
  const { reminders, followUps, followUpCases } = deps.ledgers;
  return {
    [PROMISE_COLLECTIONS.reminders]: purger(reminders, deps, false),
    [PROMISE_COLLECTIONS.followUps]: purger(followUps, deps, true),
    [PROMISE_COLLECTIONS.followUpCases]: purger(followUpCases, deps, true),
  };
}
