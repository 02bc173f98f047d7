import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from '../../infra/logger';
import type { Proactive } from '../../../models/ports/proactive';
import type { IdleSchedule } from './idleSchedule';

export interface IdleMonitorOptions {
  reminderMinutes: number;
  parkMinutes: number;
  /** Sends the reminder in a proactive turn; resolves true if one was sent. */
  remind: (context: TurnContext) => Promise<boolean>;
  /** Parks the intake in a proactive turn. */
  park: (context: TurnContext) => Promise<boolean>;
  /** Persists conversation state at the end of a proactive turn. */
  save: (context: TurnContext) => Promise<void>;
  proactive: Proactive;
  schedule: IdleSchedule;
  log: Logger;
  now?: () => Date;
}

/**
 * Notices borrowers who go quiet mid-intake: one reminder after
 * `reminderMinutes`, then the intake is parked after `parkMinutes`. The clock
 * lives in the schedule (see IdleSchedule): in memory for one process, or in
 * PostgreSQL, where it survives restarts and each follow-up runs on one
 * instance.
 */
export class IdleMonitor {
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: IdleMonitorOptions) {}

  private now(): number {
    return (this.options.now?.() ?? new Date()).getTime();
  }

  /** Call for each inbound borrower message. */
  touch(reference: Partial<ConversationReference>): Promise<void> {
    return this.options.schedule.touch(`${reference.channelId}:${reference.conversation?.id}`, reference, this.now());
  }

  start(intervalMs = 60_000): void {
    this.timer = setInterval(() => void this.sweep().catch((err) => this.options.log.warn({ err }, 'idle sweep failed')), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One pass over what is due; exposed for tests. */
  async sweep(): Promise<void> {
    const now = this.now();
    const due = await this.options.schedule.claimDue(now, now - this.options.reminderMinutes * 60_000, now - this.options.parkMinutes * 60_000);
    for (const entry of due) {
      try {
        // Settled first: a follow-up that fails is not retried every sweep (the borrower's answers are kept either way).
        await this.options.schedule.settle(entry);
        await this.options.proactive(entry.reference, async (context) => {
          if (entry.action === 'remind') await this.options.remind(context);
          else if (await this.options.park(context)) await this.options.save(context);
        });
      } catch (err) {
        this.options.log.warn({ err, conversation: entry.key }, 'idle follow-up failed');
      }
    }
  }
}
