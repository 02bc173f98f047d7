import type { ConversationReference } from 'botbuilder';

/** A conversation whose follow-up is due, claimed by this instance until it settles it (or the lease runs out). */
export interface DueFollowUp {
  key: string;
  reference: Partial<ConversationReference>;
  action: 'remind' | 'park';
  /** When the borrower last wrote, as claimed: settling is a no-op if they have written since. */
  lastAt: number;
}

/**
 * When each borrower last wrote and whether they were reminded: the clock the
 * idle follow-up runs on. In memory for the embedded store (one process); rows
 * claimed with `FOR UPDATE SKIP LOCKED` on PostgreSQL, so the follow-ups
 * survive a restart and run once across instances.
 */
export interface IdleSchedule {
  touch(key: string, reference: Partial<ConversationReference>, at: number): Promise<void>;
  /** Claims what is due: parked when quiet since `parkBefore`, reminded (once) when quiet since `remindBefore`. */
  claimDue(now: number, remindBefore: number, parkBefore: number): Promise<DueFollowUp[]>;
  settle(due: DueFollowUp): Promise<void>;
}

/** One process's schedule: a restart forgets the timers, never the borrower's answers. */
export class MemoryIdleSchedule implements IdleSchedule {
  private readonly watched = new Map<string, { reference: Partial<ConversationReference>; lastAt: number; reminded: boolean }>();

  async touch(key: string, reference: Partial<ConversationReference>, at: number): Promise<void> {
    this.watched.set(key, { reference, lastAt: at, reminded: false });
  }

  async claimDue(_now: number, remindBefore: number, parkBefore: number): Promise<DueFollowUp[]> {
    const due: DueFollowUp[] = [];
    for (const [key, { reference, lastAt, reminded }] of this.watched) {
      if (lastAt <= parkBefore) due.push({ key, reference, action: 'park', lastAt });
      else if (lastAt <= remindBefore && !reminded) due.push({ key, reference, action: 'remind', lastAt });
    }
    return due;
  }

  async settle(due: DueFollowUp): Promise<void> {
    const entry = this.watched.get(due.key);
    if (!entry || entry.lastAt !== due.lastAt) return;
    if (due.action === 'park') this.watched.delete(due.key);
    else entry.reminded = true;
  }
}
