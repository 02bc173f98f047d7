import type { AuditTrail } from './audit/auditLog';
import type { Logger } from '../infra/logger';
import type { PeriodicRuns } from './periodicRuns';
import type { TranscriptStore } from './transcripts/transcriptStore';

/** A store of conversation data that retention empties of what is older than its cutoff. */
export interface Purgeable {
  purgeOlderThan(cutoff: Date): Promise<string[]>;
}

export interface RetentionOptions {
  /** Transcripts whose last activity is older than this many days are purged. */
  days: number;
  transcripts: TranscriptStore;
  /** Other stores of conversation data (bot state, saved progress…), purged by the same rule, by name. */
  conversationData?: Record<string, Purgeable>;
  audit: AuditTrail;
  log: Logger;
  now?: () => Date;
  /** How often the purge runs after the first one. */
  intervalMs?: number;
  /** Instances sharing a store purge once per period between them: the one that claims the run does it. */
  runs?: PeriodicRuns;
}

const DAY_MS = 86_400_000;

/**
 * Purges expired transcripts (and the other conversation data: bot state,
 * saved progress, identity-check counters, the WhatsApp channel's phone
 * numbers and held messages, the promise sweeps' settled ledgers) once, and records it in the audit
 * log as the 'system' actor, so the trail shows when and which conversations
 * went. Arrangements, cases and the audit log are kept.
 */
export async function purgeExpiredTranscripts(options: RetentionOptions): Promise<string[]> {
  if (!Number.isInteger(options.days) || options.days < 1) throw new RangeError(`retention days must be a whole number of at least 1, got ${options.days}`);
  const cutoff = new Date((options.now ?? (() => new Date()))().getTime() - options.days * DAY_MS);
  const purged = await options.transcripts.purgeOlderThan(cutoff);
  const alsoPurged: Record<string, number> = {};
  for (const [name, store] of Object.entries(options.conversationData ?? {})) alsoPurged[name] = (await store.purgeOlderThan(cutoff)).length;
  await options.audit.append({
    actor: 'system',
    action: 'retention.purge',
    targets: purged,
    detail: { retentionDays: options.days, cutoff: cutoff.toISOString(), purged: purged.length, ...(Object.keys(alsoPurged).length ? { alsoPurged } : {}) },
  });
  options.log.info({ purged: purged.length, retentionDays: options.days }, 'retention: transcripts purged');
  return purged;
}

export interface RetentionSchedule {
  /** The purge run at start; resolves when it is done (errors are logged, not thrown). */
  firstRun: Promise<void>;
  /** Clears the timer and waits for a purge in progress, so close() never races a delete. */
  stop(): Promise<void>;
}

/** Runs the purge now and then every day; the timer never keeps the process alive. */
export function scheduleRetention(options: RetentionOptions): RetentionSchedule {
  let running: Promise<void> = Promise.resolve();
  const intervalMs = options.intervalMs ?? DAY_MS;
  const purgeIfOurs = async () => {
    if (options.runs && !(await options.runs.claim('retention', intervalMs))) return;
    await purgeExpiredTranscripts(options);
  };
  const run = () => {
    running = running.then(() =>
      purgeIfOurs().then(
        () => undefined,
        (err: unknown) => options.log.error({ err }, 'retention: purge failed'),
      ),
    );
    return running;
  };
  const firstRun = run();
  const timer = setInterval(run, intervalMs).unref();
  return {
    firstRun,
    stop: () => {
      clearInterval(timer);
      return running;
    },
  };
}
