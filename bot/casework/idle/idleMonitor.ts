import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from '../../infra/logger';
import type { Proactive } from '../../../models/ports/proactive';

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
  log: Logger;
  now?: () => Date;
}

interface Watched {
  reference: Partial<ConversationReference>;
  lastAt: number;
  reminded: boolean;
}

/**
 * Notices borrowers who go quiet mid-intake: one reminder after
 * `reminderMinutes`, then the intake is parked after `parkMinutes`. It watches
 * only conversations active since this process started (a restart forgets the
 * timers, never the borrower's answers).
 */
export class IdleMonitor {
  private readonly watched = new Map<string, Watched>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: IdleMonitorOptions) {}

  private now(): number {
    return (this.options.now?.() ?? new Date()).getTime();
  }

  /** Call for each inbound borrower message. */
  touch(reference: Partial<ConversationReference>): void {
    const key = `${reference.channelId}:${reference.conversation?.id}`;
    this.watched.set(key, { reference, lastAt: this.now(), reminded: false });
  }

  start(intervalMs = 60_000): void {
    this.timer = setInterval(() => void this.sweep(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One pass over the watched conversations; exposed for tests. */
  async sweep(): Promise<void> {
    const now = this.now();
    for (const [key, entry] of this.watched) {
      const idleMinutes = (now - entry.lastAt) / 60_000;
      try {
        if (idleMinutes >= this.options.parkMinutes) {
          this.watched.delete(key);
          await this.options.proactive(entry.reference, async (context) => {
            if (await this.options.park(context)) await this.options.save(context);
          });
        } else if (idleMinutes >= this.options.reminderMinutes && !entry.reminded) {
          entry.reminded = true;
          await this.options.proactive(entry.reference, async (context) => {
            await this.options.remind(context);
          });
        }
      } catch (err) {
        this.options.log.warn({ err, conversation: key }, 'idle follow-up failed');
      }
    }
  }
}
